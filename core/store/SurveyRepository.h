#pragma once

#include "core/Error.h"
#include "core/cases/CaseTypes.h"
#include "core/store/Database.h"
#include "core/store/ReportRepository.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace redress::core {

/// A follow-up sent by mail and where it stands (schema v17's surveys).
struct Survey
{
    enum class State
    {
        Sent,         ///< queued or sent; waiting for the answer
        Reminded,     ///< the one reminder went out
        Answered,     ///< the customer's score was recorded
        Reopened,     ///< the customer said the fault is back
        NeedsReading, ///< the answer waits for a person
        NoAnswer,     ///< nothing came after the reminder
        Dismissed,    ///< a person read the answer and recorded nothing
        Stopped       ///< the customer asked not to be contacted
    };

    qint64 id = 0;
    qint64 caseId = 0;
    qint64 customerId = 0;
    State state = State::Sent;
    QDateTime sentAt;
    QDateTime remindedAt;
    QDateTime answeredAt;
    qint64 replyId = 0;    ///< the customer's message, when one came
    qint64 problemId = 0;  ///< set when the survey followed a problem's notice
    QString customerName;  ///< for the queue
    QString replyText;     ///< the reply's new text, for the queue
    QString language;      ///< the customer's, "" when not known
};

QString keyOf(Survey::State state);
QString labelOf(Survey::State state);
std::optional<Survey::State> surveyStateFromKey(const QString& key);

/// What the follow-up by mail brought back, for the dashboard: surveys by
/// the day they were sent, notices by the day they were queued, over the
/// cases a filter selects.
struct SurveyFigures
{
    struct ByChannel
    {
        Channel channel = Channel::Email;
        qint64 sent = 0;
        qint64 replied = 0;
    };
    qint64 sent = 0;
    qint64 replied = 0;      ///< the customer wrote back (any outcome)
    qint64 scored = 0;       ///< a score came of it
    qint64 reopened = 0;     ///< second failures the follow-up found
    qint64 needsReading = 0; ///< waiting for a person now
    qint64 noAnswer = 0;     ///< counted apart from detractors
    qint64 stopped = 0;
    QList<ByChannel> byChannel; ///< by the complaint's channel
    qint64 noticeCustomers = 0; ///< customers told that their fault is fixed
    /// Scores the customers gave themselves (by mail) and those reps wrote
    /// down, in the range: count, promoters (9–10), detractors (0–6).
    struct Scores
    {
        qint64 answers = 0;
        qint64 promoters = 0;
        qint64 detractors = 0;
    };
    Scores ownAnswers;
    Scores repAnswers;

    /// replied / sent, or nothing when none was sent.
    std::optional<double> responseRate() const
    {
        return sent > 0 ? std::optional<double>(double(replied) / double(sent)) : std::nullopt;
    }
};

/// The follow-up's rows. The passes that use them (core/followup) run each
/// inside one transaction; the needs-reading queue's record and dismiss are
/// one transaction each.
class SurveyRepository
{
public:
    SurveyRepository(Database db, qint64 actorId) : m_db(std::move(db)), m_actorId(actorId) {}

    /// Answers waiting for a person, oldest first.
    Result<QList<Survey>> needsReading(int limit = 500);
    /// A person read the answer and records the score it gave.
    Status record(qint64 surveyId, int score, const QString& comment);
    /// A person read the answer; it records nothing.
    Status dismiss(qint64 surveyId);
    /// The case's newest survey, if any.
    Result<std::optional<Survey>> forCase(qint64 caseId);
    /// The dashboard's figures of the follow-up by mail.
    Result<SurveyFigures> figures(const ReportFilter& filter);

    // ---- The passes' primitives, each inside the caller's transaction.

    /// A resolved case that may be asked: no follow-up yet, no survey yet,
    /// a customer who may be written to.
    struct Candidate
    {
        qint64 caseId = 0;
        qint64 customerId = 0;
        QDateTime resolvedAt;
        QString promisedBy;     ///< "YYYY-MM-DD" or empty
        QString language;       ///< the customer's, "" when not known
        QDateTime lastSurveyAt; ///< the customer's newest survey, invalid when none
    };
    /// Candidates resolved from `resolvedAfter` to `resolvedBefore`, oldest first.
    static Result<QList<Candidate>> candidatesIn(const QSqlDatabase& db, const QDateTime& resolvedAfter,
                                                 const QDateTime& resolvedBefore);
    /// Serialises the follow-up passes of a team's desks (their transactions
    /// would otherwise both pick the same case); SQLite's writer lock does it
    /// on a desk's file.
    static Status lockPassIn(const QSqlDatabase& db);
    static Result<qint64> insertIn(const QSqlDatabase& db, qint64 caseId, qint64 customerId, qint64 messageRowId,
                                   const QDateTime& sentAt, qint64 problemId = 0);
    /// Surveys in `state` whose last mail (sent or reminder) went at or before `before`.
    static Result<QList<Survey>> waitingIn(const QSqlDatabase& db, Survey::State state, const QDateTime& before);
    /// The case's survey still waiting for an answer (sent or reminded).
    static Result<std::optional<Survey>> openForCaseIn(const QSqlDatabase& db, qint64 caseId);
    static Status remindedIn(const QSqlDatabase& db, qint64 surveyId, qint64 reminderRowId, const QDateTime& at);
    static Status settleIn(const QSqlDatabase& db, qint64 surveyId, Survey::State state, qint64 replyId,
                           const QDateTime& at);
    /// The customer asked not to be contacted: kept on the customer, visibly.
    static Status stopContactIn(const QSqlDatabase& db, qint64 customerId, const QDateTime& at);

    /// One customer to tell that a problem's fault is fixed: their linked
    /// cases (newest first; the notice threads on the first).
    struct NoticeTarget
    {
        qint64 customerId = 0;
        QString customerName;
        QString language;
        QList<qint64> caseIds;
    };
    /// Customers with a case linked to the problem, an address, no stop,
    /// and no notice of this problem yet.
    static Result<QList<NoticeTarget>> noticeTargetsIn(const QSqlDatabase& db, qint64 problemId);
    static Status insertNoticeIn(const QSqlDatabase& db, qint64 problemId, qint64 customerId, qint64 messageRowId,
                                 qint64 actorId, const QDateTime& at);

private:
    Database m_db;
    qint64 m_actorId = 0;
};

} // namespace redress::core
