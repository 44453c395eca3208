#include "ui/sla/QueueMonitor.h"

#include "core/Clock.h"
#include "core/sla/QueueNews.h"
#include "core/store/CaseListQuery.h"
#include "core/store/CaseListRepository.h"
#include "core/store/ProblemRepository.h"
#include "ui/common/Session.h"

#include <QThread>

namespace redress::ui {

namespace {

bool sameCounts(const core::QueueCounts& a, const core::QueueCounts& b)
{
    return a.mine == b.mine && a.escalated == b.escalated && a.approvals == b.approvals &&
           a.obligations == b.obligations && a.followUps == b.followUps && a.reviewsDue == b.reviewsDue;
}

// The newest `n` cases of a queue by last change: the ones that most
// likely just arrived. Names them well enough for a notification without
// keeping every id.
QList<qint64> newestIn(const core::Database& db, const core::CaseListFilter& filter, int n)
{
    core::CaseListQuery query;
    query.filter = filter;
    query.sortColumn = core::CaseColumn::Updated;
    query.order = Qt::DescendingOrder;
    return core::CaseListRepository(db).ids(query, 0, n).value_or(QList<qint64>());
}

} // namespace

struct QueueMonitor::Pass
{
    core::Result<QList<core::Escalation>> escalations = QList<core::Escalation>();
    core::Result<core::QueueCounts> counts = core::QueueCounts();
    QList<qint64> arrivedIds;
    qint64 arrived = 0;
    qint64 userId = 0;
};

QueueMonitor::QueueMonitor(const Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    m_timer.setInterval(defaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &QueueMonitor::runNow);
    connect(&m_session, &Session::userChanged, this, [this] {
        if (m_timer.isActive())
            runNow();
    });
}

QueueMonitor::~QueueMonitor()
{
    m_timer.stop();
    if (m_thread) {
        // The pass is one short transaction at most; its results are dropped.
        m_stop->store(true);
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void QueueMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds QueueMonitor::interval() const
{
    return m_timer.intervalAsDuration();
}

void QueueMonitor::start()
{
    m_timer.start();
    runNow();
}

void QueueMonitor::stop()
{
    m_timer.stop();
}

void QueueMonitor::runNow()
{
    if (m_thread) {
        m_pending = true;
        return;
    }
    m_pending = false;
    const QDateTime now = core::Clock::now();
    std::optional<core::QueueCounts> previous;
    if (m_countsUserId == m_session.user().id)
        previous = m_counts;
    auto pass = std::make_shared<Pass>();
    m_thread = QThread::create([db = m_session.db(), user = m_session.user(), now, previous, pass,
                                stop = m_stop] {
        pass->userId = user.id;
        pass->escalations = core::EscalationRepository(db).runRules(now);
        if (!stop->load())
            pass->counts = core::EscalationRepository(db).counts(user);
        if (!stop->load() && pass->counts) {
            auto due = core::ProblemRepository(db).reviewsDue(user.id, now);
            if (due)
                pass->counts->reviewsDue = due->size();
            else
                pass->counts = std::unexpected(due.error());
        }
        if (!stop->load() && pass->counts) {
            QList<core::RungMove> moves;
            if (pass->escalations) {
                for (const core::Escalation& e : std::as_const(*pass->escalations))
                    moves << core::RungMove{e.caseId, e.to};
            }
            const auto rung = core::rungOf(user.role);
            const auto newest = [&](core::NewsQueue queue, int n) {
                core::CaseListFilter filter;
                if (queue == core::NewsQueue::Escalated) {
                    filter.escalationLevel = rung;
                } else {
                    filter.ownerId = user.id;
                    filter.awaitingResolution = true;
                }
                return newestIn(db, filter, n);
            };
            const auto tally = [](const core::QueueCounts& c) { return core::QueueTally{c.mine, c.escalated}; };
            const core::QueueNews news =
                core::queueNews(previous ? std::optional(tally(*previous)) : std::nullopt, tally(*pass->counts),
                                moves, rung, newest, maxNamed);
            pass->arrived = news.count;
            pass->arrivedIds = news.caseIds;
        }
        db.releaseThreadConnection();
    });
    connect(m_thread, &QThread::finished, this, [this, pass] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finishPass(*pass);
        if (m_pending)
            runNow();
    });
    m_thread->start();
}

void QueueMonitor::finishPass(const Pass& pass)
{
    ++m_passes;
    QStringList problems;
    if (!pass.escalations)
        problems << pass.escalations.error().message;
    else if (!pass.escalations->isEmpty())
        Q_EMIT escalated(*pass.escalations);
    if (!pass.counts) {
        problems << pass.counts.error().message;
    } else if (pass.userId == m_session.user().id) {
        // Counts for someone who has since handed the desk over are stale;
        // the pass a switch of user queued brings the right ones.
        const bool changed =
            !m_counts || m_countsUserId != pass.userId || !sameCounts(*m_counts, *pass.counts);
        m_counts = *pass.counts;
        m_countsUserId = pass.userId;
        if (changed)
            Q_EMIT countsChanged(*m_counts);
        if (pass.arrived > 0)
            Q_EMIT arrived(pass.arrivedIds, pass.arrived);
    }
    if (!problems.isEmpty())
        Q_EMIT failed(problems.join(QLatin1Char('\n')));
    Q_EMIT passFinished();
}

} // namespace redress::ui
