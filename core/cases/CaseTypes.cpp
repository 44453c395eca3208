#include "core/cases/CaseTypes.h"

#include <QCoreApplication>
#include <algorithm>

namespace redress::core {

namespace {
// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseTypes)
};
} // namespace

QList<CaseStatus> allStatuses()
{
    return {CaseStatus::New,      CaseStatus::Acknowledged, CaseStatus::InRecovery, CaseStatus::Resolved,
            CaseStatus::FollowUp, CaseStatus::Closed,       CaseStatus::Reopened};
}

QString keyOf(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New: return QStringLiteral("new");
    case CaseStatus::Acknowledged: return QStringLiteral("acknowledged");
    case CaseStatus::InRecovery: return QStringLiteral("in_recovery");
    case CaseStatus::Resolved: return QStringLiteral("resolved");
    case CaseStatus::FollowUp: return QStringLiteral("follow_up");
    case CaseStatus::Closed: return QStringLiteral("closed");
    case CaseStatus::Reopened: return QStringLiteral("reopened");
    }
    return {};
}

QString labelOf(CaseStatus s)
{
    switch (s) {
    case CaseStatus::New: return Tr::tr("New");
    case CaseStatus::Acknowledged: return Tr::tr("Acknowledged");
    case CaseStatus::InRecovery: return Tr::tr("In recovery");
    case CaseStatus::Resolved: return Tr::tr("Resolved");
    case CaseStatus::FollowUp: return Tr::tr("Follow-up");
    case CaseStatus::Closed: return Tr::tr("Closed");
    case CaseStatus::Reopened: return Tr::tr("Reopened");
    }
    return {};
}

std::optional<CaseStatus> statusFromKey(const QString& key)
{
    for (CaseStatus s : allStatuses()) {
        if (keyOf(s) == key)
            return s;
    }
    return std::nullopt;
}

QList<Severity> allSeverities()
{
    return {Severity::Low, Severity::Medium, Severity::High, Severity::Critical};
}

QString labelOf(Severity s)
{
    switch (s) {
    case Severity::Low: return Tr::tr("Low");
    case Severity::Medium: return Tr::tr("Medium");
    case Severity::High: return Tr::tr("High");
    case Severity::Critical: return Tr::tr("Critical");
    }
    return {};
}

std::optional<Severity> severityFromInt(int v)
{
    if (v < 1 || v > 4)
        return std::nullopt;
    return static_cast<Severity>(v);
}

QList<BusinessImpact> allImpacts()
{
    return {BusinessImpact::None, BusinessImpact::Minor, BusinessImpact::Major, BusinessImpact::Stopped};
}

QString labelOf(BusinessImpact i)
{
    switch (i) {
    case BusinessImpact::None: return Tr::tr("None");
    case BusinessImpact::Minor: return Tr::tr("Minor");
    case BusinessImpact::Major: return Tr::tr("Major");
    case BusinessImpact::Stopped: return Tr::tr("Business stopped");
    }
    return {};
}

std::optional<BusinessImpact> impactFromInt(int v)
{
    if (v < 0 || v > 3)
        return std::nullopt;
    return static_cast<BusinessImpact>(v);
}

QList<Channel> allChannels()
{
    return {Channel::Phone,    Channel::Email,  Channel::Chat,
            Channel::InPerson, Channel::Social, Channel::Letter, Channel::Web};
}

QString keyOf(Channel c)
{
    switch (c) {
    case Channel::Phone: return QStringLiteral("phone");
    case Channel::Email: return QStringLiteral("email");
    case Channel::Chat: return QStringLiteral("chat");
    case Channel::InPerson: return QStringLiteral("in_person");
    case Channel::Social: return QStringLiteral("social");
    case Channel::Letter: return QStringLiteral("letter");
    case Channel::Web: return QStringLiteral("web");
    }
    return {};
}

QString labelOf(Channel c)
{
    switch (c) {
    case Channel::Phone: return Tr::tr("Phone");
    case Channel::Email: return Tr::tr("Email");
    case Channel::Chat: return Tr::tr("Chat");
    case Channel::InPerson: return Tr::tr("In person");
    case Channel::Social: return Tr::tr("Social media");
    case Channel::Letter: return Tr::tr("Letter");
    case Channel::Web: return Tr::tr("Web");
    }
    return {};
}

std::optional<Channel> channelFromKey(const QString& key)
{
    for (Channel c : allChannels()) {
        if (keyOf(c) == key)
            return c;
    }
    return std::nullopt;
}

QString referenceFor(qint64 caseId)
{
    return QStringLiteral("RD-%1").arg(caseId, 6, 10, QLatin1Char('0'));
}

std::optional<qint64> caseIdFromReference(const QString& text)
{
    return idFromReference(text, QLatin1String("RD"));
}

std::optional<qint64> idFromReference(const QString& text, QLatin1String prefix)
{
    QStringView rest = QStringView(text).trimmed();
    if (rest.startsWith(prefix, Qt::CaseInsensitive)) {
        rest = rest.mid(prefix.size());
        if (rest.startsWith(QLatin1Char('-')))
            rest = rest.mid(1);
    }
    while (rest.size() > 1 && rest.front() == QLatin1Char('0'))
        rest = rest.mid(1);
    // Fifteen digits at most: every id fits, and no overflow to check.
    if (rest.isEmpty() || rest.size() > 15 || !std::all_of(rest.begin(), rest.end(), [](QChar c) {
            return c >= QLatin1Char('0') && c <= QLatin1Char('9');
        }))
        return std::nullopt;
    const qint64 id = rest.toLongLong();
    if (id <= 0)
        return std::nullopt;
    return id;
}

} // namespace redress::core
