#include "core/cli/CliCommands.h"

#include "core/store/StoreCopy.h"

#include <QCoreApplication>
#include <QDir>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Migrate)
};

/// `sqlite:PATH` or a plain path: the desk's file.
QString sourcePath(const QString& from)
{
    return from.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive) ? from.mid(7) : from;
}

} // namespace

std::optional<QString> checkMigrateOptions(const QCommandLineParser& parser)
{
    const QString from = sourcePath(parser.value(QStringLiteral("from")));
    if (!parser.isSet(QStringLiteral("from")) || from.isEmpty())
        return Tr::tr("migrate needs --from sqlite:PATH, the desk's store to move.");
    if (Database::isServerAddress(from))
        return Tr::tr("migrate moves a desk's SQLite store; --from names a server.");
    if (parser.value(QStringLiteral("to")).trimmed().isEmpty())
        return Tr::tr("migrate needs --to postgresql://user@host:port/database, the team's store.");
    return std::nullopt;
}

int runMigrate(const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    const QString from = sourcePath(parser.value(QStringLiteral("from")));
    const QString to = parser.value(QStringLiteral("to")).trimmed();
    auto source = Database::open(from, Database::OpenMode::OpenExisting);
    if (!source)
        return reportError(err, source.error());
    auto target = Database::open(to, Database::OpenMode::OpenOrCreate);
    if (!target)
        return reportError(err, target.error());
    auto report = StoreCopy::copy(*source, *target);
    if (!report)
        return reportError(err, report.error());
    out << "from: " << QDir::toNativeSeparators(source->path()) << '\n' << "to: " << target->path() << '\n';
    for (const StoreCopy::Table& t : report->tables)
        out << t.name << ": " << t.rows << '\n';
    out << "rows: " << report->rows << " (counts verified)\n";
    out.flush();
    return Ok;
}

} // namespace redress::core::cli
