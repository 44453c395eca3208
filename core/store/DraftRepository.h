#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace redress::core {

/// Unsaved work a rep is typing, kept in the store so that it survives a
/// crash of the program: one draft per user and kind (e.g. "intake").
struct Draft
{
    QJsonObject payload;
    QDateTime savedAt;
};

/// What a draft is about, so that erasing a customer finds their drafts by
/// id rather than by the words in them (Erasure). 0: not known.
struct DraftSubject
{
    qint64 caseId = 0;
    qint64 customerId = 0;
};

class DraftRepository
{
public:
    explicit DraftRepository(Database db) : m_db(std::move(db)) {}

    Status save(const QString& userLogin, const QString& kind, const QJsonObject& payload,
                const DraftSubject& subject = {});
    Result<std::optional<Draft>> load(const QString& userLogin, const QString& kind);
    Status remove(const QString& userLogin, const QString& kind);

private:
    Database m_db;
};

} // namespace redress::core
