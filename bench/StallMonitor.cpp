#include "bench/StallMonitor.h"

#include <time.h>

namespace redress::bench {

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

} // namespace

StallMonitor::StallMonitor(QObject* parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMonitor::tick);
}

void StallMonitor::start()
{
    m_clock.start();
    m_lastNs = 0;
    m_lastCpuNs = threadCpuNs();
    m_timer.start();
}

void StallMonitor::stop()
{
    m_timer.stop();
}

void StallMonitor::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double lateMs = (now - m_lastNs) / 1e6 - intervalMs;
    m_lastNs = now;
    const qint64 cpu = threadCpuNs();
    const double busyMs = (cpu - m_lastCpuNs) / 1e6;
    m_lastCpuNs = cpu;
    if (busyMs > m_worstBusyMs) {
        m_worstBusyMs = busyMs;
        m_worstBusyPhase = m_phase;
    }
    ++m_ticks;
    if (lateMs > m_byPhase.value(m_phase, 0.0))
        m_byPhase[m_phase] = lateMs;
    if (lateMs > m_worstMs) {
        m_worstMs = lateMs;
        m_worstPhase = m_phase;
    }
}

} // namespace redress::bench
