#include "core/cli/CliCommands.h"

#include "core/store/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Backup)
};

QString storePath(const QCommandLineParser& parser)
{
    const QString db = parser.value(QStringLiteral("db"));
    return db.isEmpty() ? Database::defaultPath() : db;
}

} // namespace

std::optional<QString> checkBackupOptions(const QCommandLineParser& parser)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (!parser.isSet(QStringLiteral("out")) || out.trimmed().isEmpty())
        return Tr::tr("backup needs --out FILE.");
    // A backup is an SQLite file, not text for a pipe.
    if (out == QLatin1String("-"))
        return Tr::tr("backup writes a file; --out - (standard output) is not possible.");
    if (Backup::sameFile(out, storePath(parser)))
        return Tr::tr("--out names the store itself; write the backup to another file.");
    return std::nullopt;
}

int runBackup(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    auto written = Backup::write(db, parser.value(QStringLiteral("out")));
    if (!written)
        return reportError(err, written.error());
    out << "backup: " << QDir::toNativeSeparators(written->path) << '\n'
        << "bytes: " << written->bytes << '\n'
        << "cases: " << written->cases << '\n';
    out.flush();
    return Ok;
}

} // namespace redress::core::cli
