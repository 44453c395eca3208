#include "core/list/CaseListWorker.h"

#include "core/store/CaseListRepository.h"

#include <QSqlDriver>

#include <sqlite3.h>

namespace redress::core {

void CaseListWorker::post(const CaseListQuery& query, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    m_query = query;
    m_generation = generation;
    m_countWanted = true;
    m_count = -1;
    m_pending.reset();
    // The statement still running answers a question nobody asks any more.
    const quint64 running = m_running.load();
    if (running != 0 && running != generation) {
        if (sqlite3* h = m_handle.load())
            sqlite3_interrupt(h);
    }
}

void CaseListWorker::post(quint64 generation, qint64 start, int length)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    m_pending = WindowRequest{start, length};
}

void CaseListWorker::interrupt()
{
    QMutexLocker lock(&m_mutex);
    m_countWanted = false;
    m_pending.reset();
    ++m_generation; // whatever is running now answers nobody
    if (sqlite3* h = m_handle.load(); h && m_running.load() != 0)
        sqlite3_interrupt(h);
}

void CaseListWorker::shutDown()
{
    m_handle = nullptr;
    m_db.releaseThreadConnection();
}

void CaseListWorker::process()
{
    if (!m_handle.load()) {
        const QVariant h = m_db.connection().driver()->handle();
        if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3* const*>(h.constData());
    }
    CaseListRepository repository(m_db);
    for (;;) {
        CaseListQuery query;
        quint64 generation = 0;
        bool countJob = false;
        qint64 total = -1;
        WindowRequest window;
        {
            QMutexLocker lock(&m_mutex);
            generation = m_generation;
            query = m_query;
            total = m_count;
            if (m_countWanted) {
                countJob = true;
                m_countWanted = false;
            } else if (m_pending) {
                window = *m_pending;
                m_pending.reset();
            } else {
                return;
            }
            m_running = generation;
        }
        if (countJob) {
            auto n = repository.count(query);
            m_running = 0;
            QMutexLocker lock(&m_mutex);
            if (generation != m_generation)
                continue;
            if (!n) {
                // An interrupt meant for an older statement may land on this
                // one; ask again rather than report it.
                if (n.error().code == Error::Code::Cancelled) {
                    m_countWanted = true;
                    continue;
                }
                lock.unlock();
                Q_EMIT failed(generation, n.error().toString());
                continue;
            }
            m_count = *n;
            // Every new query is first looked at from the top: read that
            // window now instead of waiting for the view to ask, which
            // saves a round trip through the GUI thread.
            if (!m_pending && *n > 0)
                m_pending = WindowRequest{0, static_cast<int>(std::min<qint64>(*n, prefetchRows))};
            lock.unlock();
            Q_EMIT countReady(generation, *n);
        } else {
            auto rows = repository.window(query, window.start, window.length, total);
            m_running = 0;
            {
                QMutexLocker lock(&m_mutex);
                if (generation != m_generation)
                    continue;
                if (!rows && rows.error().code == Error::Code::Cancelled) {
                    if (!m_pending)
                        m_pending = window;
                    continue;
                }
            }
            if (!rows)
                Q_EMIT failed(generation, rows.error().toString());
            else
                Q_EMIT windowReady(generation, window.start, *rows);
        }
    }
}

} // namespace redress::core
