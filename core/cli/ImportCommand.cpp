#include "core/cli/CliCommands.h"

#include "core/io/CaseImporter.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ImportCommand)
};

/// `cases.csv` → `cases.rejected.csv`, beside it.
QString defaultRejectsPath(const QString& input)
{
    const QFileInfo info(input);
    return QDir::cleanPath(info.dir().filePath(info.completeBaseName() + QStringLiteral(".rejected.csv")));
}

/// The option that names the file: --cases or --customers.
QString inputOption(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("customers")) ? QStringLiteral("customers") : QStringLiteral("cases");
}

QString rejectsPath(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("all-or-nothing")))
        return {};
    if (parser.isSet(QStringLiteral("rejects")))
        return parser.value(QStringLiteral("rejects"));
    return defaultRejectsPath(parser.value(inputOption(parser)));
}

} // namespace

std::optional<QString> checkImportOptions(const QCommandLineParser& parser)
{
    const bool cases = parser.isSet(QStringLiteral("cases"));
    const bool customers = parser.isSet(QStringLiteral("customers"));
    if (cases == customers)
        return cases ? Tr::tr("import takes either --cases FILE or --customers FILE, not both.")
                     : Tr::tr("import needs --cases FILE or --customers FILE.");
    const QString option = inputOption(parser);
    const QString input = parser.value(option);
    if (input.isEmpty())
        return Tr::tr("--%1 needs a path.").arg(option);
    // Checked before the store is opened: a mistyped file name must not
    // leave a new, empty store behind.
    const QFileInfo info(input);
    if (!info.exists())
        return Tr::tr("there is no file %1 to import.").arg(QDir::toNativeSeparators(input));
    if (info.isDir())
        return Tr::tr("%1 is a folder; --%2 takes a CSV file.").arg(QDir::toNativeSeparators(input), option);
    if (parser.isSet(QStringLiteral("rejects"))) {
        if (parser.value(QStringLiteral("rejects")).isEmpty())
            return Tr::tr("--rejects needs a path.");
        if (parser.isSet(QStringLiteral("all-or-nothing")))
            return Tr::tr(
                "--rejects has no use with --all-or-nothing, which imports nothing when a row is bad.");
    }
    const QString rejects = rejectsPath(parser);
    if (!rejects.isEmpty() && QFileInfo(rejects).absoluteFilePath() == info.absoluteFilePath())
        return Tr::tr("--rejects must not name the file being imported.");
    return std::nullopt;
}

int runImport(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
              QTextStream* in)
{
    const QString input = parser.value(inputOption(parser));
    const QString shown = QDir::toNativeSeparators(input);
    ImportOptions options;
    options.kind = parser.isSet(QStringLiteral("customers")) ? ImportKind::Customers : ImportKind::Cases;
    options.allOrNothing = parser.isSet(QStringLiteral("all-or-nothing"));
    options.rejectsPath = rejectsPath(parser);

    // Whoever imports is recorded as such, registered on first sight like
    // at the desk (the first user of a new store administers it). One outer
    // unit, so that a failed import does not leave that user behind either.
    Transaction tx(db.connection());
    if (auto ok = tx.begun(); !ok)
        return reportError(err, ok.error());
    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();

    auto report = CaseImporter(db, *actor).run(input, options);
    if (!report)
        return reportError(err, report.error());

    for (const RowProblem& p : report->problems) {
        err << shown << ':' << p.line << ": ";
        if (!p.column.isEmpty())
            err << p.column << ": ";
        err << p.reason << '\n';
    }
    if (report->rejected > report->problems.size())
        err << "redress-cli: "
            << Tr::tr("only the first %1 problems are listed.").arg(report->problems.size()) << '\n';

    if (options.allOrNothing && report->rejected > 0) {
        err << "redress-cli: "
            << Tr::tr("nothing was imported (--all-or-nothing); rows with problems: %1.")
                   .arg(report->rejected)
            << '\n';
        err.flush();
        out << "imported: 0\n";
        if (options.kind == ImportKind::Customers)
            out << "created: 0\nupdated: 0\n";
        out << "rejected: " << report->rejected << '\n';
        return RuntimeError;
    }
    if (report->imported > 0) {
        if (auto ok = tx.commit(); !ok)
            return reportError(err, ok.error());
    }
    err.flush();
    // For customers, `imported` is created plus updated: one figure for
    // scripts whatever the kind.
    out << "imported: " << report->imported << '\n';
    if (options.kind == ImportKind::Customers)
        out << "created: " << report->customersCreated << '\n'
            << "updated: " << report->customersUpdated << '\n';
    out << "rejected: " << report->rejected << '\n';
    if (!report->rejectsPath.isEmpty())
        out << "rejects: " << QDir::toNativeSeparators(report->rejectsPath) << '\n';
    return report->rejected > 0 ? Flagged : Ok;
}

} // namespace redress::core::cli
