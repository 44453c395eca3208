#include "core/cases/Lifecycle.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Lifecycle)
};

} // namespace

QList<CaseStatus> Lifecycle::next(CaseStatus from)
{
    switch (from) {
    case CaseStatus::New: return {CaseStatus::Acknowledged};
    case CaseStatus::Acknowledged: return {CaseStatus::InRecovery};
    case CaseStatus::InRecovery: return {CaseStatus::Resolved};
    case CaseStatus::Resolved: return {CaseStatus::FollowUp, CaseStatus::Reopened};
    case CaseStatus::FollowUp: return {CaseStatus::Closed, CaseStatus::Reopened};
    case CaseStatus::Closed: return {CaseStatus::Reopened};
    case CaseStatus::Reopened: return {CaseStatus::InRecovery};
    }
    return {};
}

bool Lifecycle::allows(CaseStatus from, CaseStatus to)
{
    return next(from).contains(to);
}

Status Lifecycle::check(CaseStatus from, CaseStatus to, const QString& reference)
{
    if (allows(from, to))
        return {};
    const QString who =
        reference.isEmpty() ? QCoreApplication::translate("redress::core::Lifecycle", "The case") : reference;
    QStringList legal;
    for (CaseStatus s : next(from))
        legal << labelOf(s);
    return fail(Error::Code::IllegalTransition,
                QCoreApplication::translate("redress::core::Lifecycle",
                                            "%1 cannot move from %2 to %3; from %2 it can move to: %4.")
                    .arg(who, labelOf(from), labelOf(to), legal.join(QStringLiteral(", "))));
}

QString Lifecycle::actionLabel(CaseStatus to)
{
    switch (to) {
    case CaseStatus::New: return Tr::tr("New");
    case CaseStatus::Acknowledged: return Tr::tr("Acknowledge");
    case CaseStatus::InRecovery: return Tr::tr("Start recovery");
    case CaseStatus::Resolved: return Tr::tr("Resolve");
    case CaseStatus::FollowUp: return Tr::tr("Follow up");
    case CaseStatus::Closed: return Tr::tr("Close");
    case CaseStatus::Reopened: return Tr::tr("Reopen");
    }
    return {};
}

} // namespace redress::core
