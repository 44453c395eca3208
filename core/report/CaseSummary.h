#pragma once

#include "core/Error.h"
#include "core/store/Database.h"

#include <QString>

namespace redress::core {

/// A printable summary of one case — customer, timeline, the apology as
/// sent, solution, gestures, root cause — as HTML that QTextDocument renders
/// (print, preview, PDF). Every value from the store is escaped.
class CaseSummary
{
public:
    enum class Audience
    {
        Customer, ///< what the customer may read: no costs, internal notes or analysis
        Manager,  ///< everything
    };

    explicit CaseSummary(Database db) : m_db(std::move(db)) {}

    Result<QString> html(qint64 caseId, Audience audience);

private:
    Database m_db;
};

} // namespace redress::core
