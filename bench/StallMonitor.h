#pragma once

#include <QElapsedTimer>
#include <QMap>
#include <QObject>
#include <QString>
#include <QTimer>

namespace redress::bench {

/// Measures how long the GUI thread's event loop went without turning.
///
/// A precise 5 ms timer notes the time of each tick; a tick that comes late
/// means the loop was busy (a slot, a layout, a paint) for the lateness. The
/// bench labels what it is doing with setPhase(), so the worst stall can be
/// traced to an operation.
class StallMonitor : public QObject
{
    Q_OBJECT
public:
    static constexpr int intervalMs = 5;

    explicit StallMonitor(QObject* parent = nullptr);

    void start();
    /// Stop while the bench itself blocks the thread on purpose (running the
    /// shell, timing the repository directly): that is not the app stalling.
    void stop();
    void setPhase(const QString& phase) { m_phase = phase; }

    /// The longest lateness of a tick, in milliseconds, and where it happened.
    double worstMs() const { return m_worstMs; }
    QString worstPhase() const { return m_worstPhase; }
    /// The most CPU time the GUI thread itself spent between two ticks. On a
    /// machine shared with other work a late tick may only mean the thread
    /// was not scheduled; this part is the thread's own doing.
    double worstBusyMs() const { return m_worstBusyMs; }
    QString worstBusyPhase() const { return m_worstBusyPhase; }
    const QMap<QString, double>& worstByPhase() const { return m_byPhase; }
    qint64 ticks() const { return m_ticks; }

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    qint64 m_lastCpuNs = 0;
    double m_worstBusyMs = 0;
    QString m_worstBusyPhase;
    qint64 m_ticks = 0;
    QString m_phase;
    double m_worstMs = 0;
    QString m_worstPhase;
    QMap<QString, double> m_byPhase;
};

} // namespace redress::bench
