#include "core/followup/SurveyPasses.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/cases/Problem.h"
#include "core/followup/SurveyAnswer.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseRepository.h"
#include "core/store/FollowUpRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/SurveyRepository.h"
#include "core/store/TeamSettings.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::SurveyPasses)
};

const QString delayKey = QStringLiteral("survey_delay_days");
const QString gapKey = QStringLiteral("survey_gap_days");
const QString waitKey = QStringLiteral("survey_wait_days");
// Cases resolved longer ago than the delay and this are not asked.
constexpr int maxAgeDays = 30;

/// The texts customers get, in their language: a lead's own from the team
/// settings ("survey_body.de"), else ours. Not translated with the app:
/// the customer's language decides, not the rep's.
struct Texts
{
    QString subject;
    QString body;
    QString reminder;
};

Texts defaults(const QString& language)
{
    if (language.startsWith(QLatin1String("de")))
        return {QStringLiteral("Ist es noch in Ordnung? (Ihre Beschwerde zu {product})"),
                QStringLiteral(
                    "Guten Tag {customer},\n\n"
                    "Sie haben uns vor einiger Zeit von einem Problem mit {product} berichtet ({reference}), und "
                    "wir haben es behoben.\n\n"
                    "Ist es noch in Ordnung? Und wie wahrscheinlich ist es, dass Sie uns weiterempfehlen, von 0 "
                    "(gar nicht) bis 10 (sehr wahrscheinlich)?\n\n"
                    "Antworten Sie einfach mit einer Zahl auf diese Nachricht, gern mit ein paar Worten dazu. "
                    "Ist der Fehler wieder da, schreiben Sie es uns: Wir nehmen Ihren Fall sofort wieder auf.\n\n"
                    "Möchten Sie dazu nichts mehr von uns hören, antworten Sie \"stop\".\n\n"
                    "Vielen Dank!"),
                QStringLiteral(
                    "Guten Tag {customer},\n\n"
                    "vor zwei Wochen haben wir gefragt, ob das Problem mit {product} ({reference}) behoben "
                    "geblieben ist. Eine Zahl von 0 bis 10 als Antwort genügt; ist der Fehler wieder da, "
                    "schreiben Sie es einfach.\n\n"
                    "Antworten Sie \"stop\", und wir fragen nicht mehr.\n\n"
                    "Vielen Dank!")};
    return {QStringLiteral("Is it still fixed? (your complaint about {product})"),
            QStringLiteral("Dear {customer},\n\n"
                           "a while ago you told us about a problem with {product} ({reference}), and we put it "
                           "right.\n\n"
                           "Is it still fixed? And how likely are you to recommend us to a friend, from 0 (not at "
                           "all) to 10 (very likely)?\n\n"
                           "Just reply to this message with a number, and a few words if you like. If the problem "
                           "is back, tell us and we will reopen your case at once.\n\n"
                           "If you would rather not hear from us about this again, reply \"stop\".\n\n"
                           "Thank you!"),
            QStringLiteral("Dear {customer},\n\n"
                           "two weeks ago we asked whether the problem with {product} ({reference}) is still "
                           "fixed. One number from 0 to 10 in a reply is all it takes; if the fault is back, just "
                           "say so.\n\n"
                           "Reply \"stop\" and we will not ask again.\n\n"
                           "Thank you!")};
}

Result<Texts> textsIn(const QSqlDatabase& db, const QString& language)
{
    const QString lang = language.left(2).toLower();
    Texts out = defaults(lang);
    for (auto [key, field] : {std::pair{QStringLiteral("survey_subject"), &Texts::subject},
                              std::pair{QStringLiteral("survey_body"), &Texts::body},
                              std::pair{QStringLiteral("survey_reminder"), &Texts::reminder}}) {
        auto own = TeamSettings::textIn(db, key + QLatin1Char('.') + (lang.isEmpty() ? QStringLiteral("en") : lang),
                                        QString());
        if (!own)
            return std::unexpected(own.error());
        if (!own->trimmed().isEmpty())
            out.*field = *own;
    }
    return out;
}

QString filled(QString text, const QString& customer, qint64 caseId, const QString& product,
               const QString& problem = {})
{
    text.replace(QStringLiteral("{customer}"), customer.isEmpty() ? QStringLiteral("customer") : customer);
    text.replace(QStringLiteral("{reference}"), referenceFor(caseId));
    text.replace(QStringLiteral("{product}"), product);
    text.replace(QStringLiteral("{problem}"), problem);
    return text;
}

/// Queues `body` on the case's thread with `purpose`; returns the message's row.
Result<qint64> queueOn(const QSqlDatabase& db, qint64 actorId, qint64 caseId, const QString& subject,
                       const QString& body, const QString& purpose)
{
    auto messageId = MailRepository::queueReplyIn(db, actorId, caseId, body, {}, subject, purpose);
    if (!messageId)
        return std::unexpected(messageId.error());
    auto row = MailRepository::messageByIdIn(db, *messageId);
    if (!row)
        return std::unexpected(row.error());
    return row->value_or(0);
}

bool isWorkingDay(const BusinessCalendar& calendar, QDate day)
{
    const QDateTime start = calendar.nextBusinessStart(QDateTime(day, QTime(0, 0), calendar.zone()));
    return start.isValid() && start.toTimeZone(calendar.zone()).date() == day;
}

Status journal(const QSqlDatabase& db, qint64 caseId, qint64 actorId, Survey::State state, const QString& note,
               const QDateTime& at)
{
    return CaseJournal::append(db, caseId, actorId, CaseEvent::Kind::Note, QStringLiteral("survey"), {},
                               keyOf(state), note, at);
}

} // namespace

Result<SurveySettings> SurveySettings::readIn(const QSqlDatabase& db)
{
    SurveySettings s;
    for (auto [key, field] : {std::pair{delayKey, &SurveySettings::delayBusinessDays},
                              std::pair{gapKey, &SurveySettings::gapDays}, std::pair{waitKey, &SurveySettings::waitDays}}) {
        auto n = TeamSettings::numberIn(db, key, s.*field);
        if (!n)
            return std::unexpected(n.error());
        s.*field = qBound(0, *n, 3650);
    }
    return s;
}

Status SurveySettings::save(const Database& db, const SurveySettings& settings)
{
    for (auto [field, value] : {std::pair{QStringLiteral("delay"), settings.delayBusinessDays},
                                std::pair{QStringLiteral("gap"), settings.gapDays},
                                std::pair{QStringLiteral("wait"), settings.waitDays}}) {
        if (value < 0 || value > 3650)
            return invalid(field, Tr::tr("%1 days is outside 0 to 3650.").arg(value));
    }
    QSqlDatabase c = db.connection();
    Transaction tx(c);
    if (auto ok = tx.begun(); !ok)
        return ok;
    for (auto [key, value] : {std::pair{delayKey, settings.delayBusinessDays}, std::pair{gapKey, settings.gapDays},
                              std::pair{waitKey, settings.waitDays}}) {
        if (auto ok = TeamSettings::setIn(c, key, QString::number(value)); !ok)
            return ok;
    }
    return tx.commit();
}

QDateTime surveyDueAt(const BusinessCalendar& calendar, const QDateTime& resolvedAt, const QString& promisedBy,
                      int delayBusinessDays)
{
    QDateTime base = resolvedAt;
    if (const QDate promised = QDate::fromString(promisedBy.left(10), Qt::ISODate); promised.isValid()) {
        // The promise holds through its whole day.
        const QDateTime after(promised.addDays(1), QTime(0, 0), calendar.zone());
        if (after > base)
            base = after;
    }
    QDate day = base.toTimeZone(calendar.zone()).date();
    // A calendar without working days would loop; ten years of days is the end.
    for (int counted = 0, walked = 0; counted < delayBusinessDays && walked < 3650; ++walked) {
        day = day.addDays(1);
        if (isWorkingDay(calendar, day))
            ++counted;
    }
    const QDateTime from = delayBusinessDays > 0 ? QDateTime(day, QTime(0, 0), calendar.zone()) : base;
    return calendar.nextBusinessStart(from);
}

Result<SurveyReport> sendDueSurveys(const Database& database, qint64 actorId, const QDateTime& now)
{
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = SurveyRepository::lockPassIn(db); !ok)
        return std::unexpected(ok.error());
    auto settings = SurveySettings::readIn(db);
    if (!settings)
        return std::unexpected(settings.error());
    auto calendar = SlaRepository::calendarIn(db);
    if (!calendar)
        return std::unexpected(calendar.error());
    auto account = MailRepository::accountIn(db);
    if (!account)
        return std::unexpected(account.error());
    if (!*account)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("No team mailbox is set up: an administrator sets it up in Settings › Mail or with "
                           "redress-cli mail setup."));

    SurveyReport report;
    const qint64 day = 24LL * 3600 * 1000;
    // A survey is due at the start of a day at least `delay` days after the
    // resolution's: nothing resolved later than this can be due (a day's
    // slack for the calendar's zone).
    // Nor is a case asked long after: a store that sets up its mailbox today
    // does not survey its whole history.
    auto candidates = SurveyRepository::candidatesIn(db, now.addDays(-(settings->delayBusinessDays * 2 + maxAgeDays)),
                                                     now.addMSecs(-qMax(0, settings->delayBusinessDays - 2) * day));
    if (!candidates)
        return std::unexpected(candidates.error());
    QHash<qint64, QDateTime> lastAsked; // customers asked in this pass
    for (const SurveyRepository::Candidate& c : *candidates) {
        const QDateTime due = surveyDueAt(*calendar, c.resolvedAt, c.promisedBy, settings->delayBusinessDays);
        if (!due.isValid() || due > now)
            continue;
        QDateTime last = c.lastSurveyAt;
        if (const auto asked = lastAsked.constFind(c.customerId); asked != lastAsked.cend())
            last = *asked;
        if (last.isValid() && last.addDays(settings->gapDays) > now) {
            ++report.held;
            continue;
        }
        auto context = MailRepository::replyContextIn(db, c.caseId);
        if (!context)
            return std::unexpected(context.error());
        auto texts = textsIn(db, c.language);
        if (!texts)
            return std::unexpected(texts.error());
        auto row = queueOn(db, actorId, c.caseId, filled(texts->subject, context->to.name, c.caseId, context->product),
                           filled(texts->body, context->to.name, c.caseId, context->product), QStringLiteral("survey"));
        if (!row)
            return std::unexpected(row.error());
        if (auto id = SurveyRepository::insertIn(db, c.caseId, c.customerId, *row, now); !id)
            return std::unexpected(id.error());
        auto state = MailRepository::caseStateIn(db, c.caseId);
        if (!state)
            return std::unexpected(state.error());
        if (*state && (*state)->status == keyOf(CaseStatus::Resolved)) {
            if (auto moved = CaseRepository(database, actorId).transition(c.caseId, CaseStatus::FollowUp); !moved)
                return std::unexpected(moved.error());
        }
        lastAsked.insert(c.customerId, now);
        ++report.surveys;
    }

    // One reminder after the wait, then "no answer" after another.
    const QDateTime waited = now.addDays(-settings->waitDays);
    auto unanswered = SurveyRepository::waitingIn(db, Survey::State::Sent, waited);
    if (!unanswered)
        return std::unexpected(unanswered.error());
    for (const Survey& s : *unanswered) {
        auto context = MailRepository::replyContextIn(db, s.caseId);
        if (!context)
            return std::unexpected(context.error());
        auto texts = textsIn(db, s.language);
        if (!texts)
            return std::unexpected(texts.error());
        auto row = queueOn(db, actorId, s.caseId, filled(texts->subject, context->to.name, s.caseId, context->product),
                           filled(texts->reminder, context->to.name, s.caseId, context->product),
                           QStringLiteral("survey_reminder"));
        if (!row)
            return std::unexpected(row.error());
        if (auto ok = SurveyRepository::remindedIn(db, s.id, *row, now); !ok)
            return std::unexpected(ok.error());
        ++report.reminders;
    }
    auto silent = SurveyRepository::waitingIn(db, Survey::State::Reminded, waited);
    if (!silent)
        return std::unexpected(silent.error());
    for (const Survey& s : *silent) {
        if (auto ok = SurveyRepository::settleIn(db, s.id, Survey::State::NoAnswer, 0, now); !ok)
            return std::unexpected(ok.error());
        if (auto ok = journal(db, s.caseId, actorId, Survey::State::NoAnswer,
                              Tr::tr("No answer to the follow-up or its reminder."), now);
            !ok)
            return std::unexpected(ok.error());
        // The case closes if its gates allow; when they do not, it stays for a person.
        Transaction attempt(db);
        if (auto ok = attempt.begun(); !ok)
            return std::unexpected(ok.error());
        if (CaseRepository(database, actorId).transition(s.caseId, CaseStatus::Closed)) {
            if (auto ok = attempt.commit(); !ok)
                return std::unexpected(ok.error());
        }
        ++report.noAnswer;
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return report;
}

Result<SurveyReplyOutcome> readSurveyReplyIn(const Database& database, const QSqlDatabase& db, qint64 actorId,
                                             qint64 caseId, qint64 messageRowId, const QString& newText)
{
    auto open = SurveyRepository::openForCaseIn(db, caseId);
    if (!open)
        return std::unexpected(open.error());
    if (!*open)
        return SurveyReplyOutcome::NotASurveyReply;
    const Survey& survey = **open;
    const SurveyAnswer answer = SurveyAnswer::read(newText);
    const QDateTime now = Clock::now();

    if (answer.kind == SurveyAnswer::Kind::Stop) {
        if (auto ok = SurveyRepository::stopContactIn(db, survey.customerId, now); !ok)
            return std::unexpected(ok.error());
        if (auto ok = SurveyRepository::settleIn(db, survey.id, Survey::State::Stopped, messageRowId, now); !ok)
            return std::unexpected(ok.error());
        if (auto ok = journal(db, caseId, actorId, Survey::State::Stopped, answer.why, now); !ok)
            return std::unexpected(ok.error());
        return SurveyReplyOutcome::Stopped;
    }

    bool scored = false;
    if (answer.score) {
        // A case moved on meanwhile (reopened by a rep, followed up by
        // phone) takes no score from mail: a person reads it instead.
        auto ok = FollowUpRepository::recordIn(db, actorId, caseId, *answer.score, std::nullopt,
                                               answer.comment.left(FollowUpRepository::maxComment),
                                               FollowUpRepository::Source::Mail, now);
        if (ok)
            scored = true;
        else if (ok.error().code != Error::Code::InvalidInput && ok.error().code != Error::Code::Conflict)
            return std::unexpected(ok.error());
    }

    if (answer.kind == SurveyAnswer::Kind::StillBroken) {
        auto state = MailRepository::caseStateIn(db, caseId);
        if (!state)
            return std::unexpected(state.error());
        const QString status = *state ? (*state)->status : QString();
        if (status != keyOf(CaseStatus::Reopened)) {
            if (auto moved = CaseRepository(database, actorId).transition(caseId, CaseStatus::Reopened); !moved)
                return std::unexpected(moved.error());
        }
        if (auto ok = SurveyRepository::settleIn(db, survey.id, Survey::State::Reopened, messageRowId, now); !ok)
            return std::unexpected(ok.error());
        if (auto ok = journal(db, caseId, actorId, Survey::State::Reopened,
                              Tr::tr("Reopened as a second failure: %1").arg(answer.why), now);
            !ok)
            return std::unexpected(ok.error());
        return SurveyReplyOutcome::Reopened;
    }
    if (scored) {
        if (auto ok = SurveyRepository::settleIn(db, survey.id, Survey::State::Answered, messageRowId, now); !ok)
            return std::unexpected(ok.error());
        return SurveyReplyOutcome::Answered;
    }
    if (auto ok = SurveyRepository::settleIn(db, survey.id, Survey::State::NeedsReading, messageRowId, now); !ok)
        return std::unexpected(ok.error());
    if (auto ok = journal(db, caseId, actorId, Survey::State::NeedsReading, answer.why, now); !ok)
        return std::unexpected(ok.error());
    return SurveyReplyOutcome::NeedsReading;
}

Result<qint64> notifyProblem(const Database& database, qint64 actorId, qint64 problemId, const QString& body)
{
    if (body.trimmed().isEmpty())
        return invalid(QStringLiteral("body"), Tr::tr("Write the notice before sending it."));
    const QString problem = problemReferenceFor(problemId);
    QSqlDatabase db = database.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto targets = SurveyRepository::noticeTargetsIn(db, problemId);
    if (!targets)
        return std::unexpected(targets.error());
    const QDateTime now = Clock::now();
    qint64 queued = 0;
    for (const SurveyRepository::NoticeTarget& t : *targets) {
        const qint64 newest = t.caseIds.first();
        auto context = MailRepository::replyContextIn(db, newest);
        if (!context)
            return std::unexpected(context.error());
        const QString customer = context->to.name.isEmpty() ? t.customerName : context->to.name;
        const QString subject = t.language.startsWith(QLatin1String("de"))
                                    ? QStringLiteral("Der gemeldete Fehler ist behoben")
                                    : QStringLiteral("The fault you reported has been fixed");
        auto row = queueOn(db, actorId, newest, subject, filled(body, customer, newest, context->product, problem),
                           QStringLiteral("notice"));
        if (!row)
            return std::unexpected(row.error());
        if (auto ok = SurveyRepository::insertNoticeIn(db, problemId, t.customerId, *row, actorId, now); !ok)
            return std::unexpected(ok.error());
        for (qint64 caseId : t.caseIds) {
            if (auto ok = CaseJournal::append(db, caseId, actorId, CaseEvent::Kind::Note, QStringLiteral("notice"), {},
                                              problem, Tr::tr("Told the customer that the fault is fixed (%1).").arg(problem),
                                              now);
                !ok)
                return std::unexpected(ok.error());
        }
        ++queued;
    }
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return queued;
}

} // namespace redress::core
