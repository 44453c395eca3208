#include "ui/common/ProgressTask.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <memory>

namespace redress::ui {

void runWithProgress(QWidget* parent, const QString& label, const std::function<void(TaskProgress&)>& work,
                     bool cancellable)
{
    TaskProgress progress;
    std::unique_ptr<QThread> thread(QThread::create([&] { work(progress); }));

    QProgressDialog dialog(label, QObject::tr("Cancel"), 0, 0, parent);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    if (!cancellable)
        dialog.setCancelButton(nullptr);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] {
        progress.cancel();
        dialog.setLabelText(QObject::tr("Stopping…"));
    });

    // Read the worker's counters a few times a second; scaled to an int
    // range because QProgressDialog takes ints and totals can pass 2^31.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        const qint64 total = progress.total();
        if (total > 0) {
            dialog.setMaximum(1000);
            dialog.setValue(static_cast<int>(std::min<qint64>(1000, progress.done() * 1000 / total)));
        }
    });

    bool finished = false;
    QObject::connect(thread.get(), &QThread::finished, &dialog, [&] { finished = true; });
    thread->start();
    poll.start();
    dialog.setValue(0); // starts the minimum-duration timer
    // Until the dialog shows, keystrokes wait (they would start a second
    // task under this one); once it shows, it is modal and takes them.
    while (!finished) {
        const auto input = dialog.isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents;
        QCoreApplication::processEvents(input | QEventLoop::WaitForMoreEvents);
    }
    thread->wait();
}

} // namespace redress::ui
