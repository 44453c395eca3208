#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QSqlDatabase>
#include <QList>
#include <QString>

#include <utility>

namespace redress::core {

/// Settings the whole team shares (schema v17's team_settings): the
/// follow-up's timing and texts, the second-failure window. A key that was
/// never set takes the caller's default. On a team's server only a lead,
/// an executive or an admin may change them (row-level security).
class TeamSettings
{
public:
    static Result<QString> textIn(const QSqlDatabase& db, const QString& key, const QString& fallback);
    static Result<int> numberIn(const QSqlDatabase& db, const QString& key, int fallback);
    /// Every key set, in order, with its value.
    static Result<QList<std::pair<QString, QString>>> all(const Database& db);
    /// Whether `key` is one Redress reads, and for a number whether `value`
    /// fits: a message naming what is wrong, or empty.
    static QString check(const QString& key, const QString& value);
    /// Sets `key` in one transaction; an empty value removes it (the default again).
    static Status set(const Database& db, const QString& key, const QString& value);
    static Status setIn(const QSqlDatabase& db, const QString& key, const QString& value);
};

} // namespace redress::core
