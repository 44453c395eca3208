#include "core/store/AuditChainSidecar.h"

#include "core/PrivateFile.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QUuid>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::AuditChainSidecar)
};

// Written whole or not at all, readable by its owner only; a link at the
// path is replaced, not followed.
Status writeFile(const QString& path, const QByteArray& bytes)
{
    PrivateFile out(path);
    if (auto ok = out.open(); !ok)
        return ok;
    if (out.device().write(bytes) != bytes.size())
        return fail(Error::Code::Io,
                    Tr::tr("%1 cannot be written: %2.").arg(shownPath(path), out.device().errorString()));
    return out.commit();
}

Result<QString> readFile(const QString& path)
{
    QFile in(path);
    if (!in.exists())
        return QString();
    if (!in.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, Tr::tr("%1 cannot be read: %2.").arg(shownPath(path), in.errorString()));
    return QString::fromUtf8(in.readAll());
}

const QString anchorPrefix = QStringLiteral("anchor ");

} // namespace

QString AuditChainSidecar::pathFor(const QString& backupPath)
{
    return backupPath + QStringLiteral(".audit");
}

QString AuditChainSidecar::registerPathIn(const QString& folder)
{
    return QDir(folder).filePath(QStringLiteral("erasures.register"));
}

Status AuditChainSidecar::noteBackup(const QString& backupPath)
{
    const QString what = Tr::tr("reading the audit head of the backup %1").arg(shownPath(backupPath));
    Contents contents;
    const QString name = QStringLiteral("redress-sidecar-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(backupPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            QSqlDatabase::removeDatabase(name);
            return fail(
                Error::Code::Io,
                Tr::tr("The backup %1 cannot be opened to note its audit head.").arg(shownPath(backupPath)));
        }
        Result<void> read = [&]() -> Result<void> {
            auto last = sql::run(
                db, QStringLiteral("SELECT id, hash FROM case_events ORDER BY id DESC LIMIT 1"), what);
            if (!last)
                return std::unexpected(last.error());
            if (last->next() && !last->value(1).isNull())
                contents.anchor = AuditChain::Anchor{last->value(0).toLongLong(), last->value(1).toString()};
            last->finish();
            auto erasures = Erasure::records(db);
            if (!erasures)
                return std::unexpected(erasures.error());
            contents.erasures = *erasures;
            return {};
        }();
        db.close();
        if (!read) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            return std::unexpected(read.error());
        }
    }
    QSqlDatabase::removeDatabase(name);
    if (auto ok = write(pathFor(backupPath), contents); !ok)
        return ok;
    return addToRegister(QFileInfo(backupPath).absolutePath(), contents.erasures);
}

Result<AuditChainSidecar::Contents> AuditChainSidecar::read(const QString& sidecarPath)
{
    auto text = readFile(sidecarPath);
    if (!text)
        return std::unexpected(text.error());
    Contents contents;
    QString erasures;
    for (const QString& line : text->split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (line.startsWith(anchorPrefix))
            contents.anchor = AuditChain::Anchor::parse(line.mid(anchorPrefix.size()));
        else
            erasures += line + QLatin1Char('\n');
    }
    contents.erasures = Erasure::parseRegister(erasures);
    return contents;
}

Status AuditChainSidecar::write(const QString& sidecarPath, const Contents& contents)
{
    QString text;
    if (contents.anchor)
        text += anchorPrefix + contents.anchor->toString() + QLatin1Char('\n');
    text += Erasure::registerText(contents.erasures);
    return writeFile(sidecarPath, text.toUtf8());
}

Result<QList<Erasure::Record>> AuditChainSidecar::readRegister(const QString& folder)
{
    auto text = readFile(registerPathIn(folder));
    if (!text)
        return std::unexpected(text.error());
    return Erasure::parseRegister(*text);
}

Status AuditChainSidecar::addToRegister(const QString& folder, const QList<Erasure::Record>& records)
{
    auto known = readRegister(folder);
    if (!known)
        return std::unexpected(known.error());
    const QList<Erasure::Record> all = Erasure::merged(*known, records);
    // Nothing new, or nothing at all yet: no file to write.
    if (all.size() == known->size())
        return {};
    return writeFile(registerPathIn(folder), Erasure::registerText(all).toUtf8());
}

} // namespace redress::core
