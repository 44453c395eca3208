#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"

#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace redress::core {

/// How urgently a case is worked, lowest first. Derived, never typed: it
/// follows from severity and business impact through the PriorityMatrix.
enum class Priority
{
    Low,
    Normal,
    High,
    Urgent,
    Emergency
};

QList<Priority> allPriorities();
QString keyOf(Priority p);
QString labelOf(Priority p);
std::optional<Priority> priorityFromKey(const QString& key);

/// Severity × business impact → priority, a table leads can edit.
///
/// A business that is stopped is an emergency whatever the table says:
/// of() applies that rule itself, so no edit of the table can lose it.
class PriorityMatrix
{
public:
    /// One stored cell, as read from the store or given by a lead.
    struct Cell
    {
        int severity = 0; ///< 1..4
        int impact = 0;   ///< 0..3
        QString priority; ///< a priority key
    };

    /// Low severity and no impact is Low … critical with a major impact is
    /// Urgent.
    static PriorityMatrix defaults();
    /// Builds a matrix from its cells: every severity × impact exactly once,
    /// each a known priority. A hole, a duplicate or an unknown value is
    /// InvalidInput naming the cell ("severity High × impact Minor").
    static Result<PriorityMatrix> fromCells(const QList<Cell>& cells);

    Priority of(Severity severity, BusinessImpact impact) const;
    /// What the table itself holds for the cell, before the Stopped rule.
    Priority cell(Severity severity, BusinessImpact impact) const;
    void set(Severity severity, BusinessImpact impact, Priority priority);
    /// All sixteen cells, severity then impact ascending.
    QList<Cell> cells() const;

    bool operator==(const PriorityMatrix&) const = default;

private:
    std::array<std::array<Priority, 4>, 4> m_table{}; // [severity - 1][impact]
};

/// "severity High × impact Minor", naming a cell in messages.
QString describeCell(int severity, int impact);

} // namespace redress::core
