#include "core/store/TeamSettings.h"

#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::TeamSettings)
};

} // namespace

Result<QString> TeamSettings::textIn(const QSqlDatabase& db, const QString& key, const QString& fallback)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT value FROM team_settings WHERE key = ?"), {key},
                         Tr::tr("reading the team setting %1").arg(key));
    if (!v)
        return std::unexpected(v.error());
    return v->isValid() && !v->isNull() ? v->toString() : fallback;
}

Result<int> TeamSettings::numberIn(const QSqlDatabase& db, const QString& key, int fallback)
{
    auto text = textIn(db, key, QString());
    if (!text)
        return std::unexpected(text.error());
    if (text->isEmpty())
        return fallback;
    bool ok = false;
    const int n = text->trimmed().toInt(&ok);
    // A value another program wrote badly is the default, not a failure of
    // every pass that reads it.
    return ok ? n : fallback;
}

Status TeamSettings::setIn(const QSqlDatabase& db, const QString& key, const QString& value)
{
    const QString what = Tr::tr("saving the team setting %1").arg(key);
    if (value.isEmpty()) {
        auto q = sql::run(db, QStringLiteral("DELETE FROM team_settings WHERE key = ?"), {key}, what);
        return q ? Status{} : std::unexpected(q.error());
    }
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO team_settings (key, value) VALUES (?, ?) "
                                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                      {key, value}, what);
    return q ? Status{} : std::unexpected(q.error());
}

Status TeamSettings::set(const Database& db, const QString& key, const QString& value)
{
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    if (auto ok = tx.begun(); !ok)
        return ok;
    if (auto ok = setIn(c, key, value); !ok)
        return ok;
    return tx.commit();
}

} // namespace redress::core
