#include "core/cli/CliCommands.h"

#include "core/demo/DemoGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Cli)
};

// Reads demo's options; a usage error is found before any store is touched.
std::expected<DemoGenerator::Options, QString> demoOptions(const QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("cases")))
        return std::unexpected(Tr::tr("demo needs --cases N."));
    bool ok = false;
    DemoGenerator::Options options;
    options.cases = parser.value(QStringLiteral("cases")).toLongLong(&ok);
    if (!ok || options.cases < 0 || options.cases > 100'000'000)
        return std::unexpected(Tr::tr("--cases takes a whole number from 0 to 100000000, not '%1'.")
                                   .arg(parser.value(QStringLiteral("cases"))));
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return std::unexpected(
                Tr::tr("--seed takes a whole number, not '%1'.").arg(parser.value(QStringLiteral("seed"))));
    }
    if (parser.isSet(QStringLiteral("now"))) {
        options.now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
        if (!options.now.isValid())
            return std::unexpected(
                Tr::tr("--now takes an ISO 8601 date and time, such as 2026-01-31T09:00:00Z, not '%1'.")
                    .arg(parser.value(QStringLiteral("now"))));
    }
    return options;
}

} // namespace

std::optional<QString> checkDemoOptions(const QCommandLineParser& parser)
{
    if (auto options = demoOptions(parser); !options)
        return options.error();
    return std::nullopt;
}

int runDemo(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const DemoGenerator::Options options = *demoOptions(parser);
    QElapsedTimer timer;
    timer.start();
    auto summary = DemoGenerator(db).generate(options);
    if (!summary)
        return reportError(err, summary.error());
    const double seconds = std::max<qint64>(1, timer.elapsed()) / 1000.0;
    out << "cases: " << summary->cases << '\n'
        << "customers: " << summary->customers << '\n'
        << "events: " << summary->events << '\n'
        << "seconds: " << QString::number(seconds, 'f', 2) << '\n'
        << "cases_per_second: " << qRound64(summary->cases / seconds) << '\n';
    return Ok;
}

} // namespace redress::core::cli
