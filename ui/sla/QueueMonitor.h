#pragma once

#include "core/store/EscalationRepository.h"

#include <QList>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <memory>
#include <optional>

class QThread;

namespace redress::ui {

class Session;

/// Runs the escalation rules and counts the user's queues, on a timer and
/// on demand, each pass on a thread of its own with its own connection.
///
/// At most one pass runs at a time: asking while one runs queues exactly
/// one more, taken as soon as it ends. "Now" is read on the GUI thread when
/// a pass starts (Clock::now()), so a test's fixed clock decides it. The
/// results come back on the thread the monitor lives in; destroying the
/// monitor waits for a pass in flight and drops its results.
class QueueMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultInterval = std::chrono::minutes(1);
    /// The most cases arrived() names in one notification.
    static constexpr int maxNamed = 5;

    /// Counts the session's user's queues; once started, a switch of user
    /// runs a pass for the new one at once.
    explicit QueueMonitor(const Session& session, QObject* parent = nullptr);
    ~QueueMonitor() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const;
    /// Starts the timer and a first pass now.
    void start();
    /// Stops the timer; a pass in flight still reports.
    void stop();
    bool isActive() const { return m_timer.isActive(); }
    /// Whether a pass is in flight.
    bool isRunning() const { return m_thread != nullptr; }
    /// The counts of the last pass, once there has been one.
    std::optional<core::QueueCounts> counts() const { return m_counts; }
    /// Passes completed since construction (tests and diagnostics).
    int passes() const { return m_passes; }

public Q_SLOTS:
    /// A pass now, or right after the one running.
    void runNow();

Q_SIGNALS:
    /// After the first pass and whenever a count differs from the last pass.
    void countsChanged(const redress::core::QueueCounts& counts);
    /// The rules moved these cases up a rung in this pass (never empty).
    void escalated(const QList<redress::core::Escalation>& escalations);
    /// `count` cases landed in the user's queues since the last pass: a
    /// count went up, or the rules escalated cases to the user's rung.
    /// `caseIds` names up to maxNamed of them, the newest first.
    void arrived(const QList<qint64>& caseIds, qint64 count);
    /// The rules or the counts could not run; the next pass tries again.
    void failed(const QString& message);
    /// A pass ended, whatever it found.
    void passFinished();

private:
    struct Pass;
    void finishPass(const Pass& pass);

    const Session& m_session;
    QTimer m_timer;
    QThread* m_thread = nullptr;
    bool m_pending = false;
    std::optional<core::QueueCounts> m_counts;
    qint64 m_countsUserId = -1; // whose counts m_counts are
    int m_passes = 0;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};

} // namespace redress::ui
