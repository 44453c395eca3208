#include "core/sla/SlaClock.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::SlaClock)
};

constexpr qint64 kMsecsPerMinute = 60 * 1000;

/// The earlier of two instants, either possibly invalid.
QDateTime earlier(const QDateTime& a, const QDateTime& b)
{
    if (!a.isValid())
        return b;
    if (!b.isValid())
        return a;
    return b < a ? b : a;
}

} // namespace

QString keyOf(EscalationLevel l)
{
    switch (l) {
    case EscalationLevel::Rep: return QStringLiteral("rep");
    case EscalationLevel::Lead: return QStringLiteral("lead");
    case EscalationLevel::Executive: return QStringLiteral("executive");
    }
    return {};
}

QString labelOf(EscalationLevel l)
{
    switch (l) {
    case EscalationLevel::Rep: return Tr::tr("Rep");
    case EscalationLevel::Lead: return Tr::tr("Team lead");
    case EscalationLevel::Executive: return Tr::tr("Service executive");
    }
    return {};
}

std::optional<EscalationLevel> escalationLevelFromInt(int v)
{
    if (v < 0 || v > 2)
        return std::nullopt;
    return static_cast<EscalationLevel>(v);
}

std::optional<EscalationLevel> escalationLevelFromKey(const QString& key)
{
    for (EscalationLevel l : {EscalationLevel::Rep, EscalationLevel::Lead, EscalationLevel::Executive})
        if (keyOf(l) == key)
            return l;
    return std::nullopt;
}

std::optional<EscalationLevel> rungOf(Role role)
{
    switch (role) {
    case Role::Lead: return EscalationLevel::Lead;
    case Role::Executive:
    case Role::Admin: return EscalationLevel::Executive;
    case Role::Rep:
    case Role::Quality: break;
    }
    return std::nullopt;
}

QString keyOf(EscalationRule r)
{
    switch (r) {
    case EscalationRule::Acknowledge: return QStringLiteral("acknowledge");
    case EscalationRule::Contact: return QStringLiteral("contact");
    case EscalationRule::Resolve: return QStringLiteral("resolve");
    case EscalationRule::Executive: return QStringLiteral("executive");
    case EscalationRule::Manual: return QStringLiteral("manual");
    }
    return {};
}

QString labelOf(EscalationRule r)
{
    switch (r) {
    case EscalationRule::Acknowledge: return Tr::tr("not acknowledged in time");
    case EscalationRule::Contact: return Tr::tr("customer not contacted in time");
    case EscalationRule::Resolve: return Tr::tr("not resolved in time");
    case EscalationRule::Executive: return Tr::tr("still unresolved after the team lead's time");
    case EscalationRule::Manual: return Tr::tr("escalated by hand");
    }
    return {};
}

std::optional<EscalationRule> escalationRuleFromKey(const QString& key)
{
    for (EscalationRule r : {EscalationRule::Acknowledge, EscalationRule::Contact, EscalationRule::Resolve,
                             EscalationRule::Executive, EscalationRule::Manual})
        if (keyOf(r) == key)
            return r;
    return std::nullopt;
}

SlaDues computeDues(const SlaFacts& facts, const SlaTargets& targets, const BusinessCalendar& calendar)
{
    const BusinessCalendar always = BusinessCalendar::alwaysOpen();
    const BusinessCalendar& cal = targets.aroundTheClock ? always : calendar;
    const auto due = [&](const QDateTime& from, int minutes) {
        return cal.addBusinessMsecs(from, qint64(minutes) * kMsecsPerMinute, facts.pauses);
    };

    SlaDues d;
    d.acknowledge = due(facts.openedAt, targets.acknowledgeMinutes);
    d.contact = due(facts.openedAt, targets.contactMinutes);
    d.resolve = due(facts.openedAt, targets.resolveMinutes);
    if (!facts.awaitingResolution)
        return d;

    const bool ackOpen = !facts.acknowledgedAt.isValid();
    const bool contactOpen = !facts.firstContactAt.isValid();
    if (ackOpen)
        d.next = earlier(d.next, d.acknowledge);
    if (contactOpen)
        d.next = earlier(d.next, d.contact);
    d.next = earlier(d.next, d.resolve);

    switch (facts.level) {
    case EscalationLevel::Rep: {
        // The first target missed sends the case to the lead; ties go to
        // the earliest promise in the recovery's order.
        const struct
        {
            bool open;
            QDateTime at;
            EscalationRule rule;
        } candidates[] = {{ackOpen, d.acknowledge, EscalationRule::Acknowledge},
                          {contactOpen, d.contact, EscalationRule::Contact},
                          {true, d.resolve, EscalationRule::Resolve}};
        for (const auto& c : candidates) {
            if (c.open && c.at.isValid() && (!d.escalation.isValid() || c.at < d.escalation)) {
                d.escalation = c.at;
                d.escalationRule = c.rule;
            }
        }
        break;
    }
    case EscalationLevel::Lead: {
        // The lead gets their own time with the case even when the resolve
        // target passed long ago, so the executive never hears of a case in
        // the same moment the lead does.
        const QDateTime leadTime =
            due(facts.escalatedAt.isValid() ? facts.escalatedAt : facts.openedAt, targets.executiveMinutes);
        if (leadTime.isValid() && d.resolve.isValid()) {
            d.escalation = std::max(leadTime, d.resolve);
            d.escalationRule = EscalationRule::Executive;
        }
        break;
    }
    case EscalationLevel::Executive: break;
    }
    return d;
}

} // namespace redress::core
