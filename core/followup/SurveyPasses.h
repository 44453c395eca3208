#pragma once

#include "core/Error.h"
#include "core/sla/BusinessCalendar.h"
#include "core/store/Database.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

namespace redress::core {

/// The follow-up's timing, from the team's settings.
struct SurveySettings
{
    int delayBusinessDays = 2; ///< after the resolution (and the promised-by day)
    int gapDays = 30;          ///< at most one survey per customer in this many days
    int waitDays = 14;         ///< before the one reminder, and again before "no answer"

    static Result<SurveySettings> readIn(const QSqlDatabase& db);
    static Status save(const Database& db, const SurveySettings& settings);
};

/// What one pass of `survey send-due` did.
struct SurveyReport
{
    qint64 surveys = 0;   ///< follow-ups queued
    qint64 reminders = 0; ///< reminders queued
    qint64 noAnswer = 0;  ///< recorded as "no answer"
    qint64 held = 0;      ///< due, but the customer had one within the gap
    qint64 queued() const { return surveys + reminders; }
};

/// The moment a case resolved at `resolvedAt`, promised by `promisedBy`
/// ("YYYY-MM-DD", or empty), may be asked: `delayBusinessDays` working days
/// after the later of the two (the promise's whole day), at the start of
/// business hours. Exposed for the tests and the case view.
QDateTime surveyDueAt(const BusinessCalendar& calendar, const QDateTime& resolvedAt, const QString& promisedBy,
                      int delayBusinessDays);

/// Queues the follow-ups and reminders due at `now` and records as "no
/// answer" those the reminder did not bring back: one transaction. The
/// outbox sends them (`mail send`, or the app's poller).
Result<SurveyReport> sendDueSurveys(const Database& db, qint64 actorId, const QDateTime& now);

/// What a customer's message did to the case's follow-up.
enum class SurveyReplyOutcome
{
    NotASurveyReply, ///< the case has no follow-up waiting
    Answered,
    Reopened,
    NeedsReading,
    Stopped
};

/// Reads a customer's message filed on `caseId` as the answer to the case's
/// waiting follow-up, inside the intake's transaction: the score recorded,
/// the case reopened as a second failure, a stop kept on the customer, or
/// the answer set before a person. NotASurveyReply leaves everything as it was.
Result<SurveyReplyOutcome> readSurveyReplyIn(const Database& database, const QSqlDatabase& db, qint64 actorId,
                                             qint64 caseId, qint64 messageRowId, const QString& newText);

/// Queues one notice per customer with a case linked to the problem (the
/// fault is fixed; `body` may name {customer}, {problem}, {reference} and
/// {product}), logged on every linked case of theirs, in one transaction.
/// Customers told before, asked to stop or without an address are left
/// out. Returns how many were queued.
Result<qint64> notifyProblem(const Database& db, qint64 actorId, qint64 problemId, const QString& body);

} // namespace redress::core
