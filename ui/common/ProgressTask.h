#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace redress::ui {

/// What a worker reports and the dialog reads: how far it is, and whether
/// the person asked it to stop. Shared between two threads, hence atomics.
class TaskProgress
{
public:
    /// Records progress; false once Cancel was pressed, so the worker can stop.
    bool report(qint64 done, qint64 total)
    {
        m_done = done;
        m_total = total;
        return !m_cancelled;
    }
    bool cancelled() const { return m_cancelled; }
    void cancel() { m_cancelled = true; }
    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }

private:
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic<bool> m_cancelled = false;
};

/// Runs `work` on a thread of its own while a progress dialog (shown after
/// a short delay, so quick work never flashes one) offers Cancel. Returns
/// when the work has finished; the window stays responsive meanwhile.
/// `work` must not touch widgets; a store connection it opened on its
/// thread is its to release.
/// Work that cannot stop halfway (`cancellable` false) shows no Cancel.
void runWithProgress(QWidget* parent, const QString& label, const std::function<void(TaskProgress&)>& work,
                     bool cancellable = true);

} // namespace redress::ui
