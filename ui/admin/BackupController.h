#pragma once

#include "core/store/Database.h"
#include "ui/common/Workers.h"

#include <QCoreApplication>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QWidget;

namespace redress::ui {

class DialogRunner;

/// The window's backups: a copy now, a restore, their settings, and the
/// daily copy, taken off the GUI thread when it is due. It tells the window
/// how each went through the callbacks it was given.
class BackupController
{
    // The window's messages, moved here: they keep its translations.
    Q_DECLARE_TR_FUNCTIONS(redress::ui::MainWindow)
public:
    struct Callbacks
    {
        /// A line for the status bar; 0 keeps it until the next.
        std::function<void(const QString& message, int timeoutMs)> showMessage;
        /// The person confirmed restoring this checked backup.
        std::function<void(const QString& backupPath)> restoreRequested;
        /// The daily backup ended: the path written (empty when today's
        /// existed) or an error message.
        std::function<void(const QString& path, const QString& error)> dailyBackupDone;
    };

    BackupController(core::Database db, QWidget* window, const DialogRunner& dialogs, Callbacks callbacks);
    ~BackupController();
    BackupController(const BackupController&) = delete;
    BackupController& operator=(const BackupController&) = delete;

    void backUp();
    void restoreFromBackup();
    void openSettings();
    /// Takes today's automatic backup when it is due, off the GUI thread.
    void runDaily();

private:
    core::Database m_db;
    QWidget* m_window;
    const DialogRunner& m_dialogs;
    Callbacks m_callbacks;
    QTimer m_timer;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    // Last, so it is destroyed first: it waits for a copy told to stop.
    Workers m_workers;
};

} // namespace redress::ui
