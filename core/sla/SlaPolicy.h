#pragma once

#include "core/Error.h"
#include "core/cases/Priority.h"
#include "core/sla/BusinessCalendar.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace redress::core {

/// The service levels one priority promises, in business minutes on the
/// store's calendar (or on the clock itself when `aroundTheClock`: a stopped
/// business does not wait for Monday morning).
struct SlaTargets
{
    int acknowledgeMinutes = 0; ///< until someone owns up to the case
    int contactMinutes = 0;     ///< until the customer hears from us (the apology)
    int resolveMinutes = 0;     ///< until the case is resolved
    /// How long a case escalated to the team lead may stay unresolved with
    /// them before it goes on to the service executive.
    int executiveMinutes = 0;
    bool aroundTheClock = false;

    friend bool operator==(const SlaTargets&, const SlaTargets&) = default;
};

/// SLA targets for every priority.
class SlaPolicies
{
public:
    /// Emergency: 15 min / 30 min / 4 h around the clock … Low: 8 h / 2 days /
    /// 10 days in business time.
    static SlaPolicies defaults();
    /// Every priority given, no value negative or beyond a year, resolution
    /// and the executive's grace above zero. Errors name the field, such as
    /// "sla.urgent.acknowledge".
    static Result<SlaPolicies> make(const QHash<Priority, SlaTargets>& targets);

    const SlaTargets& of(Priority p) const { return m_targets[static_cast<int>(p)]; }
    friend bool operator==(const SlaPolicies&, const SlaPolicies&) = default;

private:
    std::array<SlaTargets, 5> m_targets{};
};

/// "sla.urgent.acknowledge": how errors name a policy field.
QString slaField(Priority p, const char* target);

/// A calendar as the store keeps it: JSON text for the week and holidays.
///   week: {"monday": [["09:00","17:00"]], …}   holidays: [{"from":"2026-12-24","to":"2026-12-26","name":"…"}]
QByteArray weekToJson(const WeekHours& week);
QByteArray holidaysToJson(const QList<Holiday>& holidays);
/// Reads what weekToJson/holidaysToJson wrote; a malformed entry is
/// InvalidInput naming it ("week.friday[0]", "holidays[3]").
Result<WeekHours> weekFromJson(const QByteArray& json);
Result<QList<Holiday>> holidaysFromJson(const QByteArray& json);

} // namespace redress::core
