#pragma once

#include "core/Error.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <utility>

namespace redress::core {

/// What the demo generator asks of the store beyond the rows CaseWriter
/// writes for it: the catalogues it draws from and where its cases start.
class DemoStore
{
public:
    explicit DemoStore(QSqlDatabase db) : m_db(std::move(db)) {}

    /// (id, default cost in cents) of the active gesture types, by id.
    Result<QList<std::pair<qint64, qint64>>> activeGestureTypes();
    /// (name, id) of the active root causes, by id.
    Result<QList<std::pair<QString, qint64>>> activeRootCauses();
    /// The id of a root cause named so, active or not; 0 for none.
    Result<qint64> rootCauseNamed(const QString& name);
    /// The largest case id so far, 0 in an empty store.
    Result<qint64> lastCaseId();
    Result<qint64> problemCount();

private:
    QSqlDatabase m_db;
};

} // namespace redress::core
