#include "core/cases/Priority.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Priority)
};

size_t row(Severity s)
{
    return static_cast<size_t>(static_cast<int>(s) - 1);
}

size_t column(BusinessImpact i)
{
    return static_cast<size_t>(static_cast<int>(i));
}

} // namespace

QList<Priority> allPriorities()
{
    return {Priority::Low, Priority::Normal, Priority::High, Priority::Urgent, Priority::Emergency};
}

QString keyOf(Priority p)
{
    switch (p) {
    case Priority::Low: return QStringLiteral("low");
    case Priority::Normal: return QStringLiteral("normal");
    case Priority::High: return QStringLiteral("high");
    case Priority::Urgent: return QStringLiteral("urgent");
    case Priority::Emergency: return QStringLiteral("emergency");
    }
    return {};
}

QString labelOf(Priority p)
{
    switch (p) {
    case Priority::Low: return Tr::tr("Low");
    case Priority::Normal: return Tr::tr("Normal");
    case Priority::High: return Tr::tr("High");
    case Priority::Urgent: return Tr::tr("Urgent");
    case Priority::Emergency: return Tr::tr("Emergency");
    }
    return {};
}

std::optional<Priority> priorityFromKey(const QString& key)
{
    for (Priority p : allPriorities()) {
        if (keyOf(p) == key)
            return p;
    }
    return std::nullopt;
}

QString describeCell(int severity, int impact)
{
    const QString sev = severityFromInt(severity)
                            .transform([](Severity s) { return labelOf(s); })
                            .value_or(QString::number(severity));
    const QString imp = impactFromInt(impact)
                            .transform([](BusinessImpact i) { return labelOf(i); })
                            .value_or(QString::number(impact));
    return Tr::tr("severity %1 × impact %2").arg(sev, imp);
}

PriorityMatrix PriorityMatrix::defaults()
{
    using P = Priority;
    PriorityMatrix m;
    // Rows: severity Low, Medium, High, Critical; columns: impact None,
    // Minor, Major, Stopped (the last is overruled by of() anyway).
    m.m_table = {{
        {P::Low, P::Low, P::Normal, P::Emergency},
        {P::Normal, P::Normal, P::High, P::Emergency},
        {P::Normal, P::High, P::Urgent, P::Emergency},
        {P::High, P::Urgent, P::Urgent, P::Emergency},
    }};
    return m;
}

Result<PriorityMatrix> PriorityMatrix::fromCells(const QList<Cell>& cells)
{
    std::array<std::array<bool, 4>, 4> seen{};
    PriorityMatrix m;
    for (const Cell& c : cells) {
        const auto sev = severityFromInt(c.severity);
        const auto imp = impactFromInt(c.impact);
        if (!sev || !imp)
            return invalid(QStringLiteral("priority"),
                           Tr::tr("The priority matrix has a cell outside it: %1.")
                               .arg(describeCell(c.severity, c.impact)));
        const auto p = priorityFromKey(c.priority);
        if (!p)
            return invalid(QStringLiteral("priority"),
                           Tr::tr("The priority matrix gives %1 the unknown priority '%2'.")
                               .arg(describeCell(c.severity, c.impact), c.priority));
        bool& was = seen[row(*sev)][column(*imp)];
        if (was)
            return invalid(
                QStringLiteral("priority"),
                Tr::tr("The priority matrix gives %1 twice.").arg(describeCell(c.severity, c.impact)));
        was = true;
        m.set(*sev, *imp, *p);
    }
    for (Severity s : allSeverities()) {
        for (BusinessImpact i : allImpacts()) {
            if (!seen[row(s)][column(i)])
                return invalid(QStringLiteral("priority"),
                               Tr::tr("The priority matrix has no priority for %1.")
                                   .arg(describeCell(static_cast<int>(s), static_cast<int>(i))));
        }
    }
    return m;
}

Priority PriorityMatrix::of(Severity severity, BusinessImpact impact) const
{
    // Issue 5: a customer whose business is stopped is an emergency,
    // whatever a lead has put in the table.
    if (impact == BusinessImpact::Stopped)
        return Priority::Emergency;
    return cell(severity, impact);
}

Priority PriorityMatrix::cell(Severity severity, BusinessImpact impact) const
{
    return m_table[row(severity)][column(impact)];
}

void PriorityMatrix::set(Severity severity, BusinessImpact impact, Priority priority)
{
    m_table[row(severity)][column(impact)] = priority;
}

QList<PriorityMatrix::Cell> PriorityMatrix::cells() const
{
    QList<Cell> out;
    for (Severity s : allSeverities()) {
        for (BusinessImpact i : allImpacts())
            out << Cell{static_cast<int>(s), static_cast<int>(i), keyOf(cell(s, i))};
    }
    return out;
}

} // namespace redress::core
