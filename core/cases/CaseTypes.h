#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace redress::core {

/// Lifecycle states. The stored key (keyOf) is stable; the label is translated.
enum class CaseStatus
{
    New,
    Acknowledged,
    InRecovery,
    Resolved,
    FollowUp,
    Closed,
    Reopened
};

/// How bad the failure is for the customer, lowest first.
enum class Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4
};

/// What the failure does to the customer's business. `Stopped` is article
/// 004's dentist whose practice cannot work: an emergency whatever else is set.
enum class BusinessImpact
{
    None = 0,
    Minor = 1,
    Major = 2,
    Stopped = 3
};

enum class Channel
{
    Phone,
    Email,
    Chat,
    InPerson,
    Social,
    Letter,
    Web ///< web forms and portals, regulators' among them
};

QList<CaseStatus> allStatuses();
QString keyOf(CaseStatus s);
QString labelOf(CaseStatus s);
std::optional<CaseStatus> statusFromKey(const QString& key);

QList<Severity> allSeverities();
QString labelOf(Severity s);
std::optional<Severity> severityFromInt(int v);

QList<BusinessImpact> allImpacts();
QString labelOf(BusinessImpact i);
std::optional<BusinessImpact> impactFromInt(int v);

QList<Channel> allChannels();
QString keyOf(Channel c);
QString labelOf(Channel c);
std::optional<Channel> channelFromKey(const QString& key);

/// "RD-000123" for case 123; the number is the case's id.
QString referenceFor(qint64 caseId);
/// Reads "RD-000123", "rd-123" or "123"; nullopt for anything else.
std::optional<qint64> caseIdFromReference(const QString& text);
/// The id in a reference with `prefix` ("RD-000042", "rd42", "PR-7") or in
/// plain digits; nullopt for anything else.
std::optional<qint64> idFromReference(const QString& text, QLatin1String prefix);

} // namespace redress::core
