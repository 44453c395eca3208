#include "core/cli/CliCommands.h"

#include "core/Clock.h"
#include "core/cases/CaseTypes.h"
#include "core/store/EscalationRepository.h"

#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Escalate)
};

QDateTime nowFrom(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("now")))
        return Clock::now();
    return QDateTime::fromString(parser.value(QStringLiteral("now")).trimmed(), Qt::ISODate);
}

} // namespace

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
