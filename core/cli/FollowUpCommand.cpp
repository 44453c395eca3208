#include "core/cli/CliCommands.h"

#include "core/cases/Problem.h"
#include "core/followup/SurveyPasses.h"

#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::FollowUp)
};

} // namespace

std::optional<QString> checkSurveyOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2 || args.at(1) != QLatin1String("send-due"))
        return Tr::tr("survey takes one subcommand: send-due.");
    if (parser.isSet(QStringLiteral("now")) && !nowFrom(parser).isValid())
        return Tr::tr("--now takes an ISO 8601 date and time, such as 2026-01-31T09:00:00Z, not '%1'.")
            .arg(parser.value(QStringLiteral("now")));
    return std::nullopt;
}

int runSurvey(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
              QTextStream* in)
{
    const QDateTime now = nowFrom(parser).toUTC();
    if (parser.isSet(QStringLiteral("now"))) {
        auto refusal = nowRefusal(db, now);
        if (!refusal)
            return reportError(err, refusal.error());
        if (!refusal->isEmpty())
            return usageError(err, *refusal);
    }
    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();
    auto report = sendDueSurveys(db, actor->id, now);
    if (!report)
        return reportError(err, report.error());
    if (report->held > 0)
        err << "redress-cli: "
            << Tr::tr("%1 follow-ups wait: their customers were asked less than the gap ago.").arg(report->held)
            << '\n';
    if (report->noAnswer > 0)
        err << "redress-cli: " << Tr::tr("%1 follow-ups recorded as no answer.").arg(report->noAnswer) << '\n';
    out << "queued: " << report->queued() << '\n';
    return Ok;
}

std::optional<QString> checkProblemOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3 || args.at(1) != QLatin1String("notify"))
        return Tr::tr("problem takes one subcommand: notify PR-000001 --file BODY.txt.");
    if (!problemIdFromReference(args.at(2)))
        return Tr::tr("'%1' is not a problem reference such as PR-000001.").arg(args.at(2));
    if (!parser.isSet(QStringLiteral("file")))
        return Tr::tr("problem notify needs --file with the notice's text.");
    return std::nullopt;
}

int runProblem(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
               QTextStream* in)
{
    const qint64 problemId = *problemIdFromReference(parser.positionalArguments().at(2));
    auto body = readTextFile(parser.value(QStringLiteral("file")));
    if (!body)
        return reportError(err, body.error());
    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();
    // Mail to every customer of a defect is the quality owner's, or a lead's.
    if (!allows(actor->role, Permission::EditTaxonomy))
        return reportError(err, Error::make(Error::Code::InvalidInput,
                                            Tr::tr("Telling a problem's customers is for quality owners, leads, "
                                                   "executives and administrators; %1 is a %2.")
                                                .arg(actor->login, labelOf(actor->role))));
    auto queued = notifyProblem(db, actor->id, problemId, *body);
    if (!queued)
        return reportError(err, queued.error());
    out << "queued: " << *queued << '\n';
    return Ok;
}

} // namespace redress::core::cli
