#include "core/store/SecondFailure.h"


#include "core/cases/CaseLink.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/Product.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseLinkRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/Sql.h"
#include "core/store/TeamSettings.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::SecondFailure)
};

constexpr qint64 dayMs = 24LL * 60 * 60 * 1000;
// A year and a bit: past that, a complaint is no longer the same failure.
constexpr int maxDays = 400;

} // namespace

QString SecondFailure::settingKey()
{
    return QStringLiteral("second_failure_days");
}

Result<int> SecondFailure::windowDaysIn(const QSqlDatabase& db)
{
    auto days = TeamSettings::numberIn(db, settingKey(), defaultDays);
    if (!days)
        return std::unexpected(days.error());
    // A value written outside Redress that makes no sense is the default.
    return *days >= 0 && *days <= maxDays ? *days : defaultDays;
}

Status SecondFailure::setWindowDays(const Database& db, const User& actor, int days)
{
    if (!allows(actor.role, Permission::EditCatalogue))
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1 (%2) may not change the second-failure window; a team lead can.")
                        .arg(actor.displayName, labelOf(actor.role)));
    if (days < 0 || days > maxDays)
        return invalid(settingKey(), Tr::tr("The second-failure window is 0 to %1 days.").arg(maxDays));
    return TeamSettings::set(db, settingKey(), QString::number(days));
}

Result<qint64> SecondFailure::flagIn(const QSqlDatabase& db, qint64 caseId, qint64 actorId)
{
    const QString what = Tr::tr("checking whether %1 is a second failure").arg(referenceFor(caseId));
    auto days = windowDaysIn(db);
    if (!days)
        return std::unexpected(days.error());
    if (*days == 0)
        return 0;
    // The latest resolution of the customer's that this case follows within
    // the window; a case merged away or already flagged counts no more.
    auto q = sql::run(db,
                      QStringLiteral("SELECT e.id, n.status FROM cases n JOIN cases e ON e.customer_id = "
                                     "n.customer_id AND e.id <> n.id "
                                     "WHERE n.id = ? AND n.second_failure_of IS NULL AND n.merged_into IS "
                                     "NULL AND e.merged_into IS NULL "
                                     "AND e.resolved_at IS NOT NULL AND e.resolved_at <= n.opened_at AND "
                                     "e.resolved_at >= n.opened_at - ? "
                                     "AND ((e.product_id = n.product_id AND n.product_name <> ?) "
                                     "OR e.root_cause_id = n.root_cause_id) "
                                     "ORDER BY e.resolved_at DESC, e.id DESC LIMIT 1"),
                      {caseId, *days * dayMs, unsortedProductName()}, what);
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return 0;
    const qint64 earlier = q->value(0).toLongLong();
    const CaseStatus status = statusFromKey(q->value(1).toString()).value_or(CaseStatus::New);
    q->finish();
    auto set = sql::run(db, QStringLiteral("UPDATE cases SET second_failure_of = ? WHERE id = ?"),
                        {earlier, caseId}, what);
    if (!set)
        return std::unexpected(set.error());
    if (auto ok = CaseJournal::fieldChanged(db, caseId, actorId, QStringLiteral("second_failure"), {},
                                            referenceFor(earlier), {}, {});
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = CaseLinkRepository::linkIn(db, actorId, caseId, earlier, LinkKind::SecondFailure); !ok)
        return std::unexpected(ok.error());
    // The failure after the recovery costs more than the first: the lead
    // hears of it at once. A case that arrives resolved (an import) is
    // history and climbs nothing.
    const bool open =
        status != CaseStatus::Resolved && status != CaseStatus::FollowUp && status != CaseStatus::Closed;
    if (open) {
        auto raised = EscalationRepository::raiseFromRepIn(
            db, caseId, Tr::tr("Second failure: the recovery of %1 did not hold.").arg(referenceFor(earlier)),
            actorId);
        if (!raised)
            return std::unexpected(raised.error());
    }
    return earlier;
}

} // namespace redress::core
