#include "core/recovery/RecoveryTypes.h"

#include <QCoreApplication>

namespace redress::core {

namespace {
// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Recovery)
};
} // namespace

QString labelOf(PromiseState s)
{
    switch (s) {
    case PromiseState::None: return Tr::tr("No promise");
    case PromiseState::Pending: return Tr::tr("Promise pending");
    case PromiseState::Kept: return Tr::tr("Promise kept");
    case PromiseState::Broken: return Tr::tr("Promise broken");
    }
    return {};
}

QString keyOf(Gesture::Status s)
{
    switch (s) {
    case Gesture::Status::Granted: return QStringLiteral("granted");
    case Gesture::Status::Pending: return QStringLiteral("pending");
    case Gesture::Status::Approved: return QStringLiteral("approved");
    case Gesture::Status::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString labelOf(Gesture::Status s)
{
    switch (s) {
    case Gesture::Status::Granted: return Tr::tr("Given");
    case Gesture::Status::Pending: return Tr::tr("Waiting for approval");
    case Gesture::Status::Approved: return Tr::tr("Approved");
    case Gesture::Status::Rejected: return Tr::tr("Rejected");
    }
    return {};
}

std::optional<Gesture::Status> gestureStatusFromKey(const QString& key)
{
    using S = Gesture::Status;
    for (S s : {S::Granted, S::Pending, S::Approved, S::Rejected}) {
        if (keyOf(s) == key)
            return s;
    }
    return std::nullopt;
}

QStringList rootCausePathParts(const QString& path)
{
    QString t = path;
    t.replace(QLatin1Char('>'), QChar(0x203A));
    QStringList parts;
    for (const QString& part : t.split(QChar(0x203A)))
        parts << part.simplified();
    return parts;
}

bool RecoveryState::valueAdded() const
{
    if (!declineReason.isEmpty())
        return true;
    return std::any_of(gestures.begin(), gestures.end(), [](const Gesture& g) { return g.counts(); });
}

QStringList missingSteps(CaseStatus to, bool apologised, bool solved, bool valueAdded, bool analysed)
{
    QStringList missing;
    if (to == CaseStatus::Resolved) {
        if (!apologised)
            missing << Tr::tr("the apology");
        if (!solved)
            missing << Tr::tr("the solution and what the customer wants");
        if (!valueAdded)
            missing << Tr::tr("a gesture given or approved, or the customer's decline");
    } else if (to == CaseStatus::Closed) {
        if (!analysed)
            missing << Tr::tr("the root-cause analysis");
    }
    return missing;
}

int RecoveryState::nextStep() const
{
    if (!apologised())
        return 1;
    if (!solved())
        return 2;
    if (!valueAdded())
        return 3;
    if (!analysed())
        return 4;
    return 0;
}

} // namespace redress::core
