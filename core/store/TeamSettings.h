#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QSqlDatabase>
#include <QString>

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
    /// Sets `key` in one transaction; an empty value removes it (the default again).
    static Status set(const Database& db, const QString& key, const QString& value);
    static Status setIn(const QSqlDatabase& db, const QString& key, const QString& value);
};

} // namespace redress::core
