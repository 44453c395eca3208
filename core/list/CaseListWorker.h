#pragma once

#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"

#include <QMutex>
#include <QObject>

#include <atomic>
#include <optional>

struct sqlite3;

namespace redress::core {

/// The part of CaseListLoader that lives on its thread. Requests are posted
/// into a mutex-guarded slot, so a burst of scrolling costs one query.
class CaseListWorker : public QObject
{
    Q_OBJECT
public:
    /// Rows read ahead from the top after each count.
    static constexpr int prefetchRows = 100;

    explicit CaseListWorker(Database db) : m_db(std::move(db)) {}

    void post(const CaseListQuery& query, quint64 generation);
    void post(quint64 generation, qint64 start, int length);
    /// Runs on the worker thread before it ends.
    void shutDown();
    /// Stops the statement running now, from any thread.
    void interrupt();

public Q_SLOTS:
    void process();

Q_SIGNALS:
    void countReady(quint64 generation, qint64 count);
    void windowReady(quint64 generation, qint64 start, const QList<redress::core::CaseRow>& rows);
    void failed(quint64 generation, const QString& message);

private:
    struct WindowRequest
    {
        qint64 start = 0;
        int length = 0;
    };

    Database m_db;
    QMutex m_mutex;
    CaseListQuery m_query;
    quint64 m_generation = 0;
    bool m_countWanted = false;
    qint64 m_count = -1;
    std::optional<WindowRequest> m_pending;
    std::atomic<quint64> m_running{0}; // generation of the statement running, 0 when idle
    std::atomic<sqlite3*> m_handle{nullptr};
};

} // namespace redress::core
