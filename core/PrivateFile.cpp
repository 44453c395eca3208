#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

#include <unistd.h>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::PrivateFile)
};

/// What a file that is not a regular one is, for a message; empty for a
/// regular file or none.
QString kindOf(std::filesystem::file_type type)
{
    using T = std::filesystem::file_type;
    switch (type) {
    case T::directory: return Tr::tr("a folder");
    case T::block:
    case T::character: return Tr::tr("a device");
    case T::fifo: return Tr::tr("a pipe");
    case T::socket: return Tr::tr("a socket");
    case T::none:
    case T::not_found:
    case T::regular:
    case T::symlink: return {};
    case T::unknown:
    default: return Tr::tr("not a regular file");
    }
}

} // namespace

QString shownPath(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

std::filesystem::path fsPath(const QString& path)
{
    return std::filesystem::path(path.toStdU16String());
}

PrivateFile::PrivateFile(QString path, QString suffix)
    : m_path(QFileInfo(path).absoluteFilePath()), m_suffix(std::move(suffix))
{
}

PrivateFile::~PrivateFile()
{
    if (!m_committed)
        cancel();
}

Status PrivateFile::checkTarget(const QString& path)
{
    std::error_code ec;
    const auto own = std::filesystem::symlink_status(fsPath(path), ec).type();
    // A link is replaced, not followed, so where it points does not matter
    // unless it points at something only a stream should write to: a
    // rename over /dev/stdout would take the link away, not write to it.
    const auto type =
        own == std::filesystem::file_type::symlink ? std::filesystem::status(fsPath(path), ec).type() : own;
    if (const QString kind = kindOf(type); !kind.isEmpty())
        return fail(Error::Code::Io,
                    Tr::tr("%1 is %2, not a file; name a file to write.").arg(shownPath(path), kind));
    return {};
}

Status PrivateFile::open()
{
    if (auto ok = checkTarget(m_path); !ok)
        return ok;
    const QFileInfo info(m_path);
    if (!info.dir().exists())
        return fail(Error::Code::Io, Tr::tr("%1 cannot be written: the folder %2 does not exist.")
                                         .arg(shownPath(m_path), QDir::toNativeSeparators(info.absolutePath())));
    // QTemporaryFile creates its file new (O_EXCL) and 0600 whatever the
    // umask, so there is no moment at which another user could open it.
    m_temp = std::make_unique<QTemporaryFile>(info.absolutePath() + QStringLiteral("/.") + info.fileName() +
                                              QStringLiteral(".XXXXXX.") + m_suffix);
    m_temp->setAutoRemove(false);
    if (!m_temp->open())
        return fail(Error::Code::Io,
                    Tr::tr("%1 cannot be written: %2.").arg(shownPath(m_path), m_temp->errorString()));
    m_temp->setPermissions(permissions);
    return {};
}

QFile& PrivateFile::device()
{
    Q_ASSERT(m_temp);
    return *m_temp;
}

QString PrivateFile::tempPath() const
{
    return m_temp ? m_temp->fileName() : QString();
}

Status PrivateFile::commit()
{
    if (!m_temp)
        return fail(Error::Code::Io, Tr::tr("%1 was not opened for writing.").arg(shownPath(m_path)));
    if (m_temp->isOpen()) {
        // The data on disk before the name: after a crash the target is
        // either the old file or the whole new one.
        const bool written = m_temp->flush() && ::fsync(m_temp->handle()) == 0;
        const QString why = m_temp->errorString();
        m_temp->close();
        if (!written || m_temp->error() != QFileDevice::NoError)
            return fail(Error::Code::Io, Tr::tr("%1 cannot be written: %2.").arg(shownPath(m_path), why));
    }
    // rename() replaces the directory entry: a link at the target is
    // replaced, its target untouched.
    std::error_code ec;
    std::filesystem::rename(fsPath(m_temp->fileName()), fsPath(m_path), ec);
    if (ec)
        return fail(
            Error::Code::Io,
            Tr::tr("%1 cannot be written: %2.").arg(shownPath(m_path), QString::fromStdString(ec.message())));
    m_committed = true;
    return {};
}

void PrivateFile::cancel()
{
    if (!m_temp)
        return;
    m_temp->close();
    QFile::remove(m_temp->fileName());
    m_temp.reset();
}

Status PrivateFile::makeFolder(const QString& folder)
{
    const QString target = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    QStringList missing;
    for (QString at = target; !QFileInfo::exists(at); at = QFileInfo(at).absolutePath()) {
        missing.prepend(at);
        if (QFileInfo(at).absolutePath() == at)
            break;
    }
    const auto owner = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    for (const QString& at : missing) {
        if (!QDir().mkdir(at, owner) && !QFileInfo(at).isDir())
            return fail(Error::Code::Io,
                        Tr::tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(at)));
    }
    if (!QFileInfo(target).isDir())
        return fail(Error::Code::Io, Tr::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(target)));
    return {};
}

} // namespace redress::core
