#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QStringList>

namespace redress::core {

/// SQLite's own integrity check plus the rules Redress keeps on top of the
/// schema: copies of names in step with their source, a timeline that
/// explains every case's status, a search index that matches the cases.
class StoreCheck
{
public:
    struct Finding
    {
        QString check;   ///< which check, e.g. "timeline"
        QString problem; ///< what is wrong and where, for people
    };

    explicit StoreCheck(Database db) : m_db(std::move(db)) {}

    /// Every problem found (empty when sound), or an error when a check
    /// itself could not run.
    Result<QList<Finding>> run();
    /// The checks in the order run() does them.
    static QStringList names();

private:
    Database m_db;
};

} // namespace redress::core
