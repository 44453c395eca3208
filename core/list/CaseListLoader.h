#pragma once

#include "core/store/CaseListQuery.h"
#include "core/store/Database.h"

#include <QObject>
#include <QThread>

namespace redress::core {

class CaseListWorker;

/// Reads the case list off the GUI thread, on a connection of its own.
///
/// Each query has a generation number chosen by the caller; every answer
/// carries it, so the caller drops answers to a query it has moved on from.
/// At most one window request waits: a newer one replaces it, and a new
/// query interrupts the statement still running for the old one.
class CaseListLoader : public QObject
{
    Q_OBJECT
public:
    explicit CaseListLoader(Database db, QObject* parent = nullptr);
    ~CaseListLoader() override;

    /// Starts `generation`: the count comes first, then windows.
    void setQuery(const CaseListQuery& query, quint64 generation);
    /// Asks for rows [start, start + length) of `generation`.
    void requestWindow(quint64 generation, qint64 start, int length);

Q_SIGNALS:
    void countReady(quint64 generation, qint64 count);
    void windowReady(quint64 generation, qint64 start, const QList<redress::core::CaseRow>& rows);
    void failed(quint64 generation, const QString& message);

private:
    QThread m_thread;
    CaseListWorker* m_worker = nullptr;
};

} // namespace redress::core
