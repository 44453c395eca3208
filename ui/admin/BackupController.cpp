#include "ui/admin/BackupController.h"

#include "core/Clock.h"
#include "core/store/Backup.h"
#include "ui/admin/BackupSettingsDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/common/ProgressTask.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QWidget>

namespace redress::ui {

BackupController::BackupController(core::Database db, QWidget* window, const DialogRunner& dialogs,
                                   Callbacks callbacks)
    : m_db(std::move(db)), m_window(window), m_dialogs(dialogs), m_callbacks(std::move(callbacks)),
      m_workers(window)
{
    // Checked soon after start and then hourly; it writes at most one copy
    // a day, so a desk left open overnight gets one.
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { runDaily(); });
    m_timer.setInterval(std::chrono::hours(1));
    m_timer.start();
    QTimer::singleShot(std::chrono::seconds(20), &m_timer, [this] { runDaily(); });
}

BackupController::~BackupController()
{
    // Closing must not wait for a large store's copy: stop it, no file is left.
    m_stop->store(true);
}

void BackupController::backUp()
{
    const QString name = tr("redress-backup-%1.sqlite").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString path = MessageBox::saveFileName(m_window, tr("Back up the store to"),
                                                  QDir(BackupSettings::load().folder).filePath(name),
                                                  tr("Redress stores (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    core::Result<core::Backup::Written> result =
        std::unexpected(core::Error::make(core::Error::Code::Cancelled, tr("The backup was cancelled.")));
    runWithProgress(m_window, tr("Backing up to %1…").arg(QFileInfo(path).fileName()), [&](TaskProgress& p) {
        result = core::Backup::write(m_db, path,
                                     [&](double done) { return p.report(qRound64(done * 1000), 1000); });
        m_db.releaseThreadConnection();
    });
    if (!result) {
        if (result.error().code != core::Error::Code::Cancelled)
            MessageBox::critical(m_window, tr("Backup failed"), result.error().message);
        else
            m_callbacks.showMessage(tr("Backup cancelled; no file was written."), 8000);
        return;
    }
    m_callbacks.showMessage(
        tr("Backed up to %1 and checked (cases: %2).")
            .arg(QDir::toNativeSeparators(result->path), QLocale().toString(result->cases)),
        10000);
}

void BackupController::restoreFromBackup()
{
    const QString path =
        MessageBox::openFileName(m_window, tr("Restore from backup"), BackupSettings::load().folder,
                                 tr("Redress stores (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    // A full integrity check: seconds on a large store, so off the GUI thread.
    core::Result<core::Backup::Written> checked =
        std::unexpected(core::Error::make(core::Error::Code::Cancelled, {}));
    runWithProgress(
        m_window, tr("Checking %1…").arg(QFileInfo(path).fileName()),
        [&](TaskProgress&) { checked = core::Backup::verify(path); }, false);
    if (!checked) {
        MessageBox::critical(m_window, tr("Cannot restore this file"), checked.error().message);
        return;
    }
    const auto answer = MessageBox::question(
        m_window, tr("Restore from backup"),
        tr("Replace the store with this backup (cases: %1; written %2)?\n\nEverything recorded since the "
           "backup was taken is replaced. The store as it is now is kept beside it as %3.")
            .arg(QLocale().toString(checked->cases),
                 QLocale().toString(QFileInfo(path).lastModified(), QLocale::ShortFormat),
                 QFileInfo(m_db.path()).fileName() + QStringLiteral("-before-restore")),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_callbacks.restoreRequested(path);
}

void BackupController::openSettings()
{
    BackupSettingsDialog dialog(m_window);
    m_dialogs.run(dialog);
}

void BackupController::runDaily()
{
    const BackupSettings settings = BackupSettings::load();
    if (!settings.runsDailyFor(m_db.backend()) || !m_workers.isEmpty())
        return;
    // Off the GUI thread and without a dialog: nobody asked for this one,
    // so it must not get in anyone's way; the status bar says how it went.
    auto result = std::make_shared<core::Result<QString>>(QString());
    m_stop->store(false);
    m_workers.start(
        QStringLiteral("dailyBackup"),
        [db = m_db, settings, result, stop = m_stop] {
            *result = core::Backup::daily(db, settings.folder, settings.keep, core::Clock::now(),
                                          [stop](double) { return !stop->load(); });
            db.releaseThreadConnection();
        },
        [this, result] {
            if (!*result) {
                m_callbacks.showMessage(tr("The daily backup failed: %1").arg(result->error().message), 0);
                m_callbacks.dailyBackupDone({}, result->error().message);
                return;
            }
            if (!result->value().isEmpty())
                m_callbacks.showMessage(
                    tr("Daily backup written to %1.").arg(QDir::toNativeSeparators(result->value())), 8000);
            m_callbacks.dailyBackupDone(result->value(), {});
        });
}

} // namespace redress::ui
