#include "core/report/Dashboard.h"

#include "core/Clock.h"
#include "core/store/DashboardRepository.h"
#include "core/store/Sql.h"

#include <QCoreApplication>

#include <iterator>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Dashboard)
};

/// The queries compute() runs, for the progress: Pareto by count and by
/// cost, trend, champions, totals, SLA breaches, escalations, resolution,
/// promises, retained customers, ageing, the follow-up by mail.
constexpr int steps = 12;

qint64 storedMs(const QDateTime& t)
{
    return sql::toStored(t).toLongLong();
}

Status cancelled()
{
    return fail(Error::Code::Cancelled,
                Tr::tr("The dashboard was cancelled before all its figures were in."));
}

/// One figure, or a few read together, into `f`: one step of the progress.
using Part = Status (*)(const Database& db, DashboardRepository& store, DashboardFigures& f);

/// The Pareto chart as Reports::pareto makes it, from the store's day
/// summaries: the same rows in the same order, the same cut.
Result<ParetoReport> paretoOfDays(DashboardRepository& store, ParetoMeasure measure)
{
    auto causes = store.casesPerCause(measure);
    if (!causes)
        return std::unexpected(causes.error());
    ParetoReport report = Reports::paretoOf(*causes, measure);
    auto unanalysed = store.unanalysedCases();
    if (!unanalysed)
        return std::unexpected(unanalysed.error());
    report.unanalysed = *unanalysed;
    return report;
}

Result<ParetoReport> pareto(const Database& db, DashboardRepository& store, const DashboardFilter& filter,
                            ParetoMeasure measure)
{
    return store.readsDays() ? paretoOfDays(store, measure) : Reports(db).pareto(filter, measure);
}

Status paretoByCount(const Database& db, DashboardRepository& store, DashboardFigures& f)
{
    auto count = pareto(db, store, f.filter, ParetoMeasure::Count);
    if (!count)
        return std::unexpected(count.error());
    f.paretoByCount = std::move(*count);
    return {};
}

Status paretoByCost(const Database& db, DashboardRepository& store, DashboardFigures& f)
{
    auto cost = pareto(db, store, f.filter, ParetoMeasure::Cost);
    if (!cost)
        return std::unexpected(cost.error());
    f.paretoByCost = std::move(*cost);
    return {};
}

Status trend(const Database& db, DashboardRepository& store, DashboardFigures& f)
{
    auto trend = store.readsDays() ? store.trend(f.period) : Reports(db).trend(f.filter, f.period);
    if (!trend)
        return std::unexpected(trend.error());
    f.trend = std::move(*trend);
    return {};
}

Status champions(const Database& db, DashboardRepository& store, DashboardFigures& f)
{
    auto champions =
        store.readsFollowUpDays() ? store.champions(f.period) : Reports(db).champions(f.filter, f.period);
    if (!champions)
        return std::unexpected(champions.error());
    f.champions = std::move(*champions);
    return {};
}

Status totals(const Database&, DashboardRepository& store, DashboardFigures& f)
{
    auto totals = store.totals();
    if (!totals)
        return std::unexpected(totals.error());
    f.cases = totals->cases;
    f.value.compensationCents = totals->compensationCents;
    return {};
}

Status slaBreaches(const Database&, DashboardRepository& store, DashboardFigures& f)
{
    auto breaches = store.breaches(storedMs(f.asOf));
    if (!breaches)
        return std::unexpected(breaches.error());
    f.sla.acknowledgeBreaches = breaches->acknowledge;
    f.sla.contactBreaches = breaches->contact;
    f.sla.resolveBreaches = breaches->resolve;
    return {};
}

Status escalations(const Database&, DashboardRepository& store, DashboardFigures& f)
{
    auto escalated = store.escalatedCases();
    if (!escalated)
        return std::unexpected(escalated.error());
    f.sla.escalatedCases = *escalated;
    return {};
}

Status resolution(const Database&, DashboardRepository& store, DashboardFigures& f)
{
    auto resolution = store.resolution();
    if (!resolution)
        return std::unexpected(resolution.error());
    f.resolved = resolution->resolved;
    if (resolution->meanMs)
        f.meanHoursToResolution = *resolution->meanMs / 3'600'000.0;
    return {};
}

Status promises(const Database&, DashboardRepository& store, DashboardFigures& f)
{
    auto days = store.promisedDays();
    if (!days)
        return std::unexpected(days.error());
    // The deadline as RecoveryRepository::promiseState sets it, the end of
    // the promised day where the desk is; a text that is no date is no
    // promise there either.
    QList<PromiseDeadline> deadlines;
    for (const QString& text : *days) {
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (!day.isValid())
            continue;
        deadlines << PromiseDeadline{
            text, QDateTime(day.addDays(1), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch()};
    }
    auto counts = store.promises(deadlines, storedMs(f.asOf));
    if (!counts)
        return std::unexpected(counts.error());
    PromiseFigures& p = f.promises;
    p.promised = counts->promised;
    p.kept = counts->kept;
    p.pending = counts->pending;
    p.broken = p.promised - p.kept - p.pending;
    if (p.kept + p.broken > 0)
        p.keptRate = static_cast<double>(p.kept) / static_cast<double>(p.kept + p.broken);
    return {};
}

/// Customers the recovery kept: champions and passives, once each however
/// many of their cases were followed up.
Status retained(const Database&, DashboardRepository& store, DashboardFigures& f)
{
    auto customers = store.customersScoring(passiveMinScore);
    if (!customers)
        return std::unexpected(customers.error());
    f.value.retainedCustomers = customers->customers;
    f.value.retainedLifetimeValueCents = customers->lifetimeValueCents;
    return {};
}

Status ageing(const Database&, DashboardRepository& store, DashboardFigures& f)
{
    QList<AgeSpan> spans;
    for (const AgeingBucket& b : f.ageing)
        spans << AgeSpan{b.fromDays, b.toDays};
    auto counts = store.openCasesByAge(spans, storedMs(f.asOf));
    if (!counts)
        return std::unexpected(counts.error());
    for (qsizetype i = 0; i < f.ageing.size(); ++i)
        f.ageing[i].cases = counts->at(i);
    return {};
}

/// In the order the progress counts them.
Status followUpsByMail(const Database& db, DashboardRepository&, DashboardFigures& f)
{
    auto figures = SurveyRepository(db, 0).figures(f.filter);
    if (!figures)
        return std::unexpected(figures.error());
    f.followUpsByMail = std::move(*figures);
    return {};
}

constexpr Part parts[] = {paretoByCount, paretoByCost, trend,    champions, totals,         slaBreaches,
                          escalations,   resolution,   promises, retained,  ageing, followUpsByMail};
static_assert(std::size(parts) == steps);

} // namespace

Status Dashboard::validate(const DashboardFilter& filter)
{
    return Reports::validate(filter.range);
}

QList<AgeingBucket> Dashboard::ageingBuckets()
{
    return {
        {Tr::tr("0–1 days"), 0, 1, 0},       {Tr::tr("2–7 days"), 2, 7, 0},
        {Tr::tr("8–30 days"), 8, 30, 0},     {Tr::tr("31–90 days"), 31, 90, 0},
        {Tr::tr("over 90 days"), 91, -1, 0},
    };
}

Result<DashboardFigures> Dashboard::compute(const DashboardFilter& filter, ReportPeriod period,
                                            const Progress& progress)
{
    if (auto ok = validate(filter); !ok)
        return std::unexpected(ok.error());
    DashboardFigures figures;
    figures.filter = filter;
    figures.period = period;
    figures.asOf = Clock::now();
    figures.ageing = ageingBuckets();
    if (progress && !progress(0, steps))
        return std::unexpected(cancelled().error());

    DashboardRepository store(m_db, filter);
    int done = 0;
    for (const Part part : parts) {
        if (auto ok = part(m_db, store, figures); !ok)
            return std::unexpected(ok.error());
        ++done;
        if (progress && !progress(done, steps))
            return std::unexpected(cancelled().error());
    }
    return figures;
}

} // namespace redress::core
