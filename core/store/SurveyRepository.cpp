#include "core/store/SurveyRepository.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/store/CaseJournal.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QMap>

#include <limits>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::SurveyRepository)
};

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

const QString selectSurvey = QStringLiteral(
    "SELECT s.id, s.case_id, s.customer_id, s.state, s.sent_at, s.reminded_at, s.answered_at, "
    "coalesce(s.reply_id, 0), coalesce(s.problem_id, 0), cu.name, coalesce(m.new_text, ''), cu.language "
    "FROM surveys s JOIN customers cu ON cu.id = s.customer_id LEFT JOIN mail_messages m ON m.id = s.reply_id ");

Survey surveyFrom(const QSqlQuery& q)
{
    Survey s;
    s.id = q.value(0).toLongLong();
    s.caseId = q.value(1).toLongLong();
    s.customerId = q.value(2).toLongLong();
    s.state = surveyStateFromKey(q.value(3).toString()).value_or(Survey::State::Sent);
    s.sentAt = sql::fromStored(q.value(4));
    s.remindedAt = sql::fromStored(q.value(5));
    s.answeredAt = sql::fromStored(q.value(6));
    s.replyId = q.value(7).toLongLong();
    s.problemId = q.value(8).toLongLong();
    s.customerName = q.value(9).toString();
    s.replyText = q.value(10).toString();
    s.language = q.value(11).toString();
    return s;
}

Result<QList<Survey>> surveys(const QSqlDatabase& db, const QString& where, const QVariantList& values,
                              const QString& what)
{
    auto q = sql::run(db, selectSurvey + where, values, what);
    if (!q)
        return std::unexpected(q.error());
    QList<Survey> out;
    while (q->next())
        out << surveyFrom(*q);
    return out;
}

} // namespace

QString keyOf(Survey::State state)
{
    switch (state) {
    case Survey::State::Sent: return QStringLiteral("sent");
    case Survey::State::Reminded: return QStringLiteral("reminded");
    case Survey::State::Answered: return QStringLiteral("answered");
    case Survey::State::Reopened: return QStringLiteral("reopened");
    case Survey::State::NeedsReading: return QStringLiteral("needs_reading");
    case Survey::State::NoAnswer: return QStringLiteral("no_answer");
    case Survey::State::Dismissed: return QStringLiteral("dismissed");
    case Survey::State::Stopped: return QStringLiteral("stopped");
    }
    return {};
}

QString labelOf(Survey::State state)
{
    switch (state) {
    case Survey::State::Sent: return Tr::tr("Sent");
    case Survey::State::Reminded: return Tr::tr("Reminded");
    case Survey::State::Answered: return Tr::tr("Answered");
    case Survey::State::Reopened: return Tr::tr("Reopened: fault is back");
    case Survey::State::NeedsReading: return Tr::tr("Needs reading");
    case Survey::State::NoAnswer: return Tr::tr("No answer");
    case Survey::State::Dismissed: return Tr::tr("Read, nothing recorded");
    case Survey::State::Stopped: return Tr::tr("Customer asked not to be contacted");
    }
    return {};
}

std::optional<Survey::State> surveyStateFromKey(const QString& key)
{
    for (Survey::State s : {Survey::State::Sent, Survey::State::Reminded, Survey::State::Answered,
                            Survey::State::Reopened, Survey::State::NeedsReading, Survey::State::NoAnswer,
                            Survey::State::Dismissed, Survey::State::Stopped}) {
        if (keyOf(s) == key)
            return s;
    }
    return std::nullopt;
}

Result<QList<Survey>> SurveyRepository::needsReading(int limit)
{
    return surveys(m_db.connection(), QStringLiteral("WHERE s.state = ? ORDER BY s.answered_at, s.id LIMIT ?"),
                   {keyOf(Survey::State::NeedsReading), qMax(0, limit)}, Tr::tr("reading the answers to read"));
}

Result<std::optional<Survey>> SurveyRepository::forCase(qint64 caseId)
{
    auto found = surveys(m_db.connection(), QStringLiteral("WHERE s.case_id = ? ORDER BY s.id DESC LIMIT 1"),
                         {caseId}, Tr::tr("reading the follow-up of %1").arg(referenceFor(caseId)));
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<Survey>() : std::optional<Survey>(found->first());
}

namespace {

/// The stored instants a range of whole UTC days spans; an open end is open.
std::pair<QVariant, QVariant> rangeMs(const ReportRange& range)
{
    const QVariant from = range.from.isValid() ? sql::toStored(QDateTime(range.from, QTime(0, 0), Qt::UTC))
                                               : QVariant(qint64(std::numeric_limits<qint64>::min()));
    const QVariant to = range.to.isValid() ? sql::toStored(QDateTime(range.to.addDays(1), QTime(0, 0), Qt::UTC))
                                           : QVariant(qint64(std::numeric_limits<qint64>::max()));
    return {from, to};
}

} // namespace

Result<SurveyFigures> SurveyRepository::figures(const ReportFilter& filter)
{
    QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("adding up the follow-ups by mail");
    // The cases the filter selects, whenever they were opened: the range
    // is the survey's own day.
    const SqlCondition where = caseCondition(filter, false);
    const auto [from, to] = rangeMs(filter.range);
    SurveyFigures f;
    {
        QVariantList values{from, to};
        values << where.values;
        auto q = sql::run(db,
                          QStringLiteral("SELECT c.channel, s.state, s.reply_id IS NOT NULL, count(*) FROM surveys s "
                                         "JOIN cases c ON c.id = s.case_id WHERE s.sent_at >= ? AND s.sent_at < ? "
                                         "AND %1 GROUP BY 1, 2, 3")
                              .arg(where.text),
                          values, what);
        if (!q)
            return std::unexpected(q.error());
        QMap<Channel, SurveyFigures::ByChannel> channels;
        while (q->next()) {
            const Channel channel = channelFromKey(q->value(0).toString()).value_or(Channel::Email);
            const auto state = surveyStateFromKey(q->value(1).toString()).value_or(Survey::State::Sent);
            const bool replied = q->value(2).toBool();
            const qint64 n = q->value(3).toLongLong();
            f.sent += n;
            auto& row = channels[channel];
            row.channel = channel;
            row.sent += n;
            if (replied) {
                f.replied += n;
                row.replied += n;
            }
            switch (state) {
            case Survey::State::Answered: f.scored += n; break;
            case Survey::State::Reopened: f.reopened += n; break;
            case Survey::State::NeedsReading: f.needsReading += n; break;
            case Survey::State::NoAnswer: f.noAnswer += n; break;
            case Survey::State::Stopped: f.stopped += n; break;
            case Survey::State::Sent:
            case Survey::State::Reminded:
            case Survey::State::Dismissed: break;
            }
        }
        f.byChannel = channels.values();
    }
    {
        QVariantList values{from, to};
        values << where.values;
        auto n = sql::scalar(db,
                             QStringLiteral("SELECT count(DISTINCT n.customer_id) FROM problem_notices n "
                                            "WHERE n.queued_at >= ? AND n.queued_at < ? AND EXISTS (SELECT 1 FROM "
                                            "cases c WHERE c.customer_id = n.customer_id AND %1)")
                                 .arg(where.text),
                             values, what, 0);
        if (!n)
            return std::unexpected(n.error());
        f.noticeCustomers = n->toLongLong();
    }
    {
        QVariantList values{from, to};
        values << where.values;
        auto q = sql::run(db,
                          QStringLiteral("SELECT fu.source, count(*), sum(CASE WHEN fu.score >= 9 THEN 1 ELSE 0 END), "
                                         "sum(CASE WHEN fu.score <= 6 THEN 1 ELSE 0 END) FROM follow_ups fu "
                                         "JOIN cases c ON c.id = fu.case_id WHERE fu.recorded_at >= ? AND "
                                         "fu.recorded_at < ? AND %1 GROUP BY 1")
                              .arg(where.text),
                          values, what);
        if (!q)
            return std::unexpected(q.error());
        while (q->next()) {
            SurveyFigures::Scores& s = q->value(0).toString() == QLatin1String("mail") ? f.ownAnswers : f.repAnswers;
            s.answers = q->value(1).toLongLong();
            s.promoters = q->value(2).toLongLong();
            s.detractors = q->value(3).toLongLong();
        }
    }
    return f;
}

namespace {

/// The survey in hand, read inside the transaction: it must still wait for a person.
Result<Survey> waitingForPerson(const QSqlDatabase& db, qint64 surveyId, const QString& what)
{
    auto found = surveys(db, QStringLiteral("WHERE s.id = ?"), {surveyId}, what);
    if (!found)
        return std::unexpected(found.error());
    if (found->isEmpty())
        return fail(Error::Code::NotFound, Tr::tr("There is no follow-up %1.").arg(surveyId));
    if (found->first().state != Survey::State::NeedsReading)
        return fail(Error::Code::Conflict, Tr::tr("The answer on %1 has been dealt with already (%2).")
                                               .arg(referenceFor(found->first().caseId),
                                                    labelOf(found->first().state)));
    return found->first();
}

} // namespace

Status SurveyRepository::record(qint64 surveyId, int score, const QString& comment)
{
    const QString what = Tr::tr("recording the answer to follow-up %1").arg(surveyId);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto survey = waitingForPerson(db, surveyId, what);
    if (!survey)
        return std::unexpected(survey.error());
    const QDateTime now = Clock::now();
    // The customer gave the score in their reply; a person only read it.
    if (auto ok = FollowUpRepository::recordIn(db, m_actorId, survey->caseId, score, std::nullopt, comment,
                                               FollowUpRepository::Source::Mail, now);
        !ok)
        return ok;
    if (auto ok = settleIn(db, surveyId, Survey::State::Answered, survey->replyId, now); !ok)
        return ok;
    return tx.commit();
}

Status SurveyRepository::dismiss(qint64 surveyId)
{
    const QString what = Tr::tr("setting aside the answer to follow-up %1").arg(surveyId);
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto survey = waitingForPerson(db, surveyId, what);
    if (!survey)
        return std::unexpected(survey.error());
    const QDateTime now = Clock::now();
    if (auto ok = settleIn(db, surveyId, Survey::State::Dismissed, survey->replyId, now); !ok)
        return ok;
    if (auto ok = CaseJournal::append(db, survey->caseId, m_actorId, CaseEvent::Kind::Note, QStringLiteral("survey"),
                                      {}, keyOf(Survey::State::Dismissed),
                                      Tr::tr("The answer to the follow-up was read; no score recorded."), now);
        !ok)
        return ok;
    return tx.commit();
}

Status SurveyRepository::lockPassIn(const QSqlDatabase& db)
{
    if (!sql::isPostgres(db))
        return {};
    // A constant of ours, apart from the migrations' lock.
    auto q = sql::run(db, QStringLiteral("SELECT pg_advisory_xact_lock(?)"), {qint64(0x52445355)},
                      Tr::tr("waiting for another desk's follow-up pass"));
    return q ? Status{} : std::unexpected(q.error());
}

Result<QList<SurveyRepository::Candidate>> SurveyRepository::candidatesIn(const QSqlDatabase& db,
                                                                          const QDateTime& resolvedAfter,
                                                                          const QDateTime& resolvedBefore)
{
    // Read from cases_by_status_resolved, one range per status. Customers
    // merged away, asked to stop or without an address are left out here;
    // the 30-day rule and the business moment are the caller's.
    const QString one = QStringLiteral(
        "SELECT c.id, c.customer_id, c.resolved_at, coalesce(c.promised_by, ''), cu.language, "
        "(SELECT max(s.sent_at) FROM surveys s WHERE s.customer_id = c.customer_id) "
        "FROM cases c JOIN customers cu ON cu.id = c.customer_id "
        "WHERE c.status = ? AND c.resolved_at >= ? AND c.resolved_at <= ? AND c.merged_into IS NULL "
        "AND cu.no_contact_at IS NULL AND cu.merged_into IS NULL AND cu.email LIKE '%_@_%' "
        "AND NOT EXISTS (SELECT 1 FROM follow_ups f WHERE f.case_id = c.id) "
        "AND NOT EXISTS (SELECT 1 FROM surveys s WHERE s.case_id = c.id)");
    const QVariant after = sql::toStored(resolvedAfter);
    const QVariant before = sql::toStored(resolvedBefore);
    auto q = sql::run(db, one + QStringLiteral(" UNION ALL ") + one + QStringLiteral(" ORDER BY 3, 1"),
                      {QStringLiteral("resolved"), after, before, QStringLiteral("follow_up"), after, before},
                      Tr::tr("finding the follow-ups due"));
    if (!q)
        return std::unexpected(q.error());
    QList<Candidate> out;
    while (q->next()) {
        Candidate c;
        c.caseId = q->value(0).toLongLong();
        c.customerId = q->value(1).toLongLong();
        c.resolvedAt = sql::fromStored(q->value(2));
        c.promisedBy = q->value(3).toString();
        c.language = q->value(4).toString();
        c.lastSurveyAt = sql::fromStored(q->value(5));
        out << c;
    }
    return out;
}

Result<qint64> SurveyRepository::insertIn(const QSqlDatabase& db, qint64 caseId, qint64 customerId,
                                          qint64 messageRowId, const QDateTime& sentAt, qint64 problemId)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO surveys (case_id, customer_id, state, message_id, sent_at, "
                                     "problem_id) VALUES (?, ?, 'sent', ?, ?, ?) RETURNING id"),
                      {caseId, customerId, messageRowId, sql::toStored(sentAt), idOrNull(problemId)},
                      Tr::tr("recording the follow-up of %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    return sql::returnedId(*q);
}

Result<QList<Survey>> SurveyRepository::waitingIn(const QSqlDatabase& db, Survey::State state,
                                                  const QDateTime& before)
{
    const QString column =
        state == Survey::State::Reminded ? QStringLiteral("s.reminded_at") : QStringLiteral("s.sent_at");
    return surveys(db, QStringLiteral("WHERE s.state = ? AND %1 <= ? ORDER BY %1, s.id").arg(column),
                   {keyOf(state), sql::toStored(before)}, Tr::tr("finding the follow-ups waiting"));
}

Result<std::optional<Survey>> SurveyRepository::openForCaseIn(const QSqlDatabase& db, qint64 caseId)
{
    auto found = surveys(db, QStringLiteral("WHERE s.case_id = ? AND s.state IN ('sent', 'reminded') "
                                            "ORDER BY s.id DESC LIMIT 1"),
                         {caseId}, Tr::tr("reading the follow-up of %1").arg(referenceFor(caseId)));
    if (!found)
        return std::unexpected(found.error());
    return found->isEmpty() ? std::optional<Survey>() : std::optional<Survey>(found->first());
}

Status SurveyRepository::remindedIn(const QSqlDatabase& db, qint64 surveyId, qint64 reminderRowId,
                                    const QDateTime& at)
{
    auto q = sql::run(db,
                      QStringLiteral("UPDATE surveys SET state = 'reminded', reminder_id = ?, reminded_at = ? "
                                     "WHERE id = ?"),
                      {reminderRowId, sql::toStored(at), surveyId}, Tr::tr("recording a follow-up's reminder"));
    return q ? Status{} : std::unexpected(q.error());
}

Status SurveyRepository::settleIn(const QSqlDatabase& db, qint64 surveyId, Survey::State state, qint64 replyId,
                                  const QDateTime& at)
{
    auto q = sql::run(db,
                      QStringLiteral("UPDATE surveys SET state = ?, reply_id = coalesce(?, reply_id), "
                                     "answered_at = ? WHERE id = ?"),
                      {keyOf(state), idOrNull(replyId), sql::toStored(at), surveyId},
                      Tr::tr("recording where follow-up %1 stands").arg(surveyId));
    return q ? Status{} : std::unexpected(q.error());
}

Status SurveyRepository::stopContactIn(const QSqlDatabase& db, qint64 customerId, const QDateTime& at)
{
    auto q = sql::run(db,
                      QStringLiteral("UPDATE customers SET no_contact_at = coalesce(no_contact_at, ?) WHERE id = ?"),
                      {sql::toStored(at), customerId}, Tr::tr("recording that customer %1 asked not to be "
                                                               "contacted")
                                                           .arg(customerId));
    return q ? Status{} : std::unexpected(q.error());
}

Result<QList<SurveyRepository::NoticeTarget>> SurveyRepository::noticeTargetsIn(const QSqlDatabase& db,
                                                                                qint64 problemId)
{
    auto q = sql::run(db,
                      QStringLiteral(
                          "SELECT cu.id, cu.name, cu.language, c.id FROM problem_cases pc "
                          "JOIN cases c ON c.id = pc.case_id JOIN customers cu ON cu.id = c.customer_id "
                          "WHERE pc.problem_id = ? AND cu.no_contact_at IS NULL AND cu.email LIKE '%_@_%' "
                          "AND NOT EXISTS (SELECT 1 FROM problem_notices n WHERE n.problem_id = pc.problem_id "
                          "AND n.customer_id = cu.id) ORDER BY cu.id, c.opened_at DESC, c.id DESC"),
                      {problemId}, Tr::tr("finding whom to tell about problem %1").arg(problemId));
    if (!q)
        return std::unexpected(q.error());
    QList<NoticeTarget> out;
    while (q->next()) {
        const qint64 customer = q->value(0).toLongLong();
        if (out.isEmpty() || out.last().customerId != customer) {
            NoticeTarget t;
            t.customerId = customer;
            t.customerName = q->value(1).toString();
            t.language = q->value(2).toString();
            out << t;
        }
        out.last().caseIds << q->value(3).toLongLong();
    }
    return out;
}

Status SurveyRepository::insertNoticeIn(const QSqlDatabase& db, qint64 problemId, qint64 customerId,
                                        qint64 messageRowId, qint64 actorId, const QDateTime& at)
{
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO problem_notices (problem_id, customer_id, message_id, queued_at, "
                                     "queued_by) VALUES (?, ?, ?, ?, ?)"),
                      {problemId, customerId, messageRowId, sql::toStored(at), idOrNull(actorId)},
                      Tr::tr("recording the notice to customer %1").arg(customerId));
    return q ? Status{} : std::unexpected(q.error());
}

} // namespace redress::core
