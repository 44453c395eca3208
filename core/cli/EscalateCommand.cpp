#include "core/cli/CliCommands.h"

#include "core/Clock.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/User.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/EscalationRepository.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>

#include <cstdlib>

#include <pwd.h>
#include <unistd.h>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Escalate)
};

} // namespace

QDateTime nowFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("now")))
        return Clock::now();
    return QDateTime::fromString(parser.value(QStringLiteral("now")).trimmed(), Qt::ISODate);
}

// How far --now may stray from the real clock outside a demo store: a few
// minutes of skew between machines. A time far ahead escalates every case
// and sets due times after it, freezing the ladder until that time comes.
constexpr qint64 kNowToleranceSecs = 5 * 60;

// Who runs the pass: the operating-system account on a desk's file, the
// server login on a team's server. (Issue 19's identity work gives every
// command one answer to this; this is the same answer, read locally.)
static QString actingLogin(const Database& db)
{
    if (db.backend() == Database::Backend::PostgreSQL) {
        const QString login = db.connection().userName();
        if (!login.isEmpty())
            return login;
        if (const QString fromEnv = qEnvironmentVariable("PGUSER"); !fromEnv.isEmpty())
            return fromEnv;
    }
    if (const passwd* account = getpwuid(geteuid()))
        return QString::fromLocal8Bit(account->pw_name);
    return {};
}

// Why --now is refused for this store and user, or empty when it is not.
Result<QString> nowRefusal(const Database& db, const QDateTime& now)
{
    const QString login = actingLogin(db);
    auto user = UserRepository(db).byLogin(login);
    if (!user && user.error().code != Error::Code::NotFound)
        return std::unexpected(user.error());
    // A service login for the team's scheduler would belong here too; Redress
    // has none yet, so it is a lead's or an administrator's.
    if (!user || (user->role != Role::Lead && user->role != Role::Admin))
        return Tr::tr("--now is for a team lead or an administrator, and %1 is not one (%2).")
            .arg(login.isEmpty() ? Tr::tr("this account") : login,
                 user ? labelOf(user->role) : Tr::tr("not a user of this store"));
    if (std::abs(Clock::now().secsTo(now)) <= kNowToleranceSecs)
        return QString();
    auto demo = DemoGenerator::isDemoStore(db);
    if (!demo)
        return std::unexpected(demo.error());
    if (*demo)
        return QString();
    return Tr::tr("--now %1 is more than %2 minutes from the clock (%3); only a demo store (made by "
                  "'redress-cli demo') runs the rules at another time.")
        .arg(now.toString(Qt::ISODate), QString::number(kNowToleranceSecs / 60),
             Clock::now().toUTC().toString(Qt::ISODate));
}

std::optional<QString> checkEscalateOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("now")) && !nowFrom(parser).isValid())
        return Tr::tr("--now takes an ISO 8601 date and time, such as 2026-01-31T09:00:00Z, not '%1'.")
            .arg(parser.value(QStringLiteral("now")));
    return std::nullopt;
}

int runEscalate(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QDateTime now = nowFrom(parser).toUTC();
    if (parser.isSet(QStringLiteral("now"))) {
        auto refusal = nowRefusal(db, now);
        if (!refusal)
            return reportError(err, refusal.error());
        if (!refusal->isEmpty()) {
            err << "redress-cli: " << *refusal << '\n';
            err.flush();
            return UsageError;
        }
    }
    auto made = EscalationRepository(db).runRules(now);
    if (!made)
        return reportError(err, made.error());
    // One line per escalation, fields in a fixed order so scripts can cut them:
    // reference, from->to, rule, due time (UTC), then the reason for people.
    for (const Escalation& e : *made) {
        out << referenceFor(e.caseId) << ' ' << keyOf(e.from) << "->" << keyOf(e.to) << ' ' << keyOf(e.rule)
            << " due " << e.dueAt.toUTC().toString(Qt::ISODate) << ": " << labelOf(e.rule) << '\n';
    }
    out << "escalated: " << made->size() << '\n';
    return Ok;
}

} // namespace redress::core::cli
