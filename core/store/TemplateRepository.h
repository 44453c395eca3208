#pragma once

#include "core/Error.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QList>

namespace redress::core {

class ApologyTemplateSet;

/// One version of an apology template as the store keeps it. Editing makes
/// a new version; a sent apology points at the version it came from.
struct StoredTemplate
{
    qint64 id = 0;
    QString key;
    int version = 1;
    QString title;
    QString body;
    QDateTime createdAt;
};

class TemplateRepository
{
public:
    TemplateRepository(Database db, User actor) : m_db(std::move(db)), m_actor(std::move(actor)) {}

    /// Adds version 1 of every shipped template the store does not have yet.
    Status ensureDefaults(const ApologyTemplateSet& defaults);
    /// The newest version of each template, by title.
    Result<QList<StoredTemplate>> latest();
    /// Saves `body` as the next version of `key`, after checking it parses;
    /// only a lead or above edits templates.
    Result<StoredTemplate> saveVersion(const QString& key, const QString& title, const QString& body);

private:
    Database m_db;
    User m_actor;
};

} // namespace redress::core
