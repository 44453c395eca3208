#pragma once

#include "core/Error.h"

#include <QFile>
#include <QString>

#include <filesystem>
#include <memory>

class QTemporaryFile;

namespace redress::core {

/// A path as messages show it: absolute, in the platform's separators.
QString shownPath(const QString& path);
/// A path for std::filesystem, whatever its characters.
std::filesystem::path fsPath(const QString& path);

/// A file Redress writes — an export, a rejects file, a PDF, a backup —
/// readable by its owner alone (0600), written beside its target under a
/// hidden name and renamed over it by commit().
///
/// Whatever is at the target is replaced, never written through: a symbolic
/// link planted where an export goes is itself replaced, so a run as
/// another user (root, say) cannot be led into overwriting a third file.
/// QSaveFile is no help there: it resolves links and writes over their
/// target, and it gives a new file the umask's permissions. Until commit()
/// the target is as it was; destroyed without commit(), the hidden file is
/// removed.
class PrivateFile
{
public:
    /// `suffix` ends the hidden file's name (".NAME.XXXXXX.SUFFIX").
    explicit PrivateFile(QString path, QString suffix = QStringLiteral("tmp"));
    ~PrivateFile();
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;

    /// Checks the target (checkTarget) and creates the hidden file, open for
    /// writing.
    Status open();
    /// The hidden file; written to between open() and commit(). It may be
    /// closed early for another writer (SQLite) to open it by tempPath().
    QFile& device();
    QString path() const { return m_path; }
    QString tempPath() const;
    /// Flushes and syncs the hidden file, then renames it over the target.
    Status commit();
    /// Removes the hidden file; the target stays as it was.
    void cancel();

    /// Whether a file of ours may take the place of `path`: nothing there, a
    /// regular file, or a link (which is replaced) to nothing or to a
    /// regular file. A folder, device, pipe or socket, or a link to one
    /// (/dev/stdout), is refused naming what it is.
    static Status checkTarget(const QString& path);
    /// Creates `folder` and any missing parent, each open to its owner alone
    /// (0700). Folders that exist are left as they are.
    static Status makeFolder(const QString& folder);
    /// The mode bits every file Redress writes gets.
    static constexpr QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

private:
    QString m_path;
    QString m_suffix;
    std::unique_ptr<QTemporaryFile> m_temp;
    bool m_committed = false;
};

} // namespace redress::core
