#include "core/store/TeamSettings.h"

#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>

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

Result<QList<std::pair<QString, QString>>> TeamSettings::all(const Database& db)
{
    auto q = sql::run(db.connection(), QStringLiteral("SELECT key, value FROM team_settings ORDER BY key"),
                      Tr::tr("reading the team settings"));
    if (!q)
        return std::unexpected(q.error());
    QList<std::pair<QString, QString>> out;
    while (q->next())
        out.append({q->value(0).toString(), q->value(1).toString()});
    return out;
}

QString TeamSettings::check(const QString& key, const QString& value)
{
    // Days: the follow-up's timing and the second-failure window.
    static const QStringList days{QStringLiteral("survey_delay_days"), QStringLiteral("survey_gap_days"),
                                  QStringLiteral("survey_wait_days"), QStringLiteral("second_failure_days")};
    // Texts per language: "survey_body.de".
    static const QStringList texts{QStringLiteral("survey_subject"), QStringLiteral("survey_body"),
                                   QStringLiteral("survey_reminder")};
    if (days.contains(key)) {
        bool ok = false;
        const int n = value.trimmed().toInt(&ok);
        if (!value.isEmpty() && (!ok || n < 0 || n > 3650))
            return Tr::tr("%1 takes a number of days from 0 to 3650, not '%2'.").arg(key, value);
        return {};
    }
    const QString base = key.section(QLatin1Char('.'), 0, 0);
    const QString language = key.section(QLatin1Char('.'), 1);
    static const QRegularExpression code(QStringLiteral("^[a-z]{2}$"));
    if (texts.contains(base) && code.match(language).hasMatch())
        return {};
    return Tr::tr("%1 is not a team setting; they are %2, and %3 followed by a language such as .en or .de.")
        .arg(key, days.join(QStringLiteral(", ")), texts.join(QStringLiteral(", ")));
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
