#include "core/list/CaseListLoader.h"

#include "core/list/CaseListWorker.h"

#include <QMetaObject>

namespace redress::core {

CaseListLoader::CaseListLoader(Database db, QObject* parent) : QObject(parent)
{
    qRegisterMetaType<QList<CaseRow>>();
    m_worker = new CaseListWorker(std::move(db));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CaseListWorker::countReady, this, &CaseListLoader::countReady, Qt::QueuedConnection);
    connect(m_worker, &CaseListWorker::windowReady, this, &CaseListLoader::windowReady, Qt::QueuedConnection);
    connect(m_worker, &CaseListWorker::failed, this, &CaseListLoader::failed, Qt::QueuedConnection);
    m_thread.setObjectName(QStringLiteral("case list loader"));
    m_thread.start();
}

CaseListLoader::~CaseListLoader()
{
    // Closing the window must not wait for a long count to finish.
    m_worker->interrupt();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->shutDown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void CaseListLoader::setQuery(const CaseListQuery& query, quint64 generation)
{
    m_worker->post(query, generation);
    QMetaObject::invokeMethod(m_worker, &CaseListWorker::process, Qt::QueuedConnection);
}

void CaseListLoader::requestWindow(quint64 generation, qint64 start, int length)
{
    m_worker->post(generation, start, length);
    QMetaObject::invokeMethod(m_worker, &CaseListWorker::process, Qt::QueuedConnection);
}

} // namespace redress::core
