#include "core/store/RecoveryRepository.h"

#include "core/Clock.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseWriter.h"
#include "core/store/SlaRepository.h"
#include "core/store/SecondFailure.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::RecoveryRepository)
};

constexpr int maxText = 20000;

QString money(qint64 cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
}

QVariant userValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// "Product defect › Hardware › Power supply" from the flat table.
QHash<qint64, RootCause> withPaths(QList<RootCause> causes)
{
    QHash<qint64, RootCause> byId;
    for (const RootCause& c : causes)
        byId.insert(c.id, c);
    for (auto it = byId.begin(); it != byId.end(); ++it) {
        QStringList parts{it->name};
        qint64 parent = it->parentId;
        // The depth bound guards against a cycle written outside Redress.
        for (int depth = 0; parent != 0 && byId.contains(parent) && depth < 32; ++depth) {
            parts.prepend(byId.value(parent).name);
            parent = byId.value(parent).parentId;
        }
        it->path = parts.join(QStringLiteral(" › "));
    }
    return byId;
}

Status requireText(const QString& field, const QString& text, const QString& emptyMessage)
{
    if (text.trimmed().isEmpty())
        return invalid(field, emptyMessage);
    if (text.size() > maxText)
        return invalid(
            field, Tr::tr("This text is %1 characters long; at most %2 fit.").arg(text.size()).arg(maxText));
    return {};
}

Status requireCost(qint64 cents)
{
    if (cents < 0)
        return invalid(QStringLiteral("cost"), Tr::tr("A cost cannot be negative."));
    if (cents > RecoveryRepository::maxCostCents)
        return invalid(QStringLiteral("cost"),
                       Tr::tr("A cost of %1 is beyond what a gesture can be (at most %2).")
                           .arg(money(cents), money(RecoveryRepository::maxCostCents)));
    return {};
}

const QStringList gestureKinds{QStringLiteral("credit"),  QStringLiteral("free_service"),
                               QStringLiteral("upgrade"), QStringLiteral("shipping"),
                               QStringLiteral("contact"), QStringLiteral("other")};

const QString selectGesture = QStringLiteral(
    "SELECT g.id, g.case_id, g.gesture_type_id, t.name, g.note, g.cost_cents, g.status, "
    "coalesce(r.display_name, ''), "
    "g.requested_at, coalesce(d.display_name, ''), g.decided_at, g.decision_reason FROM gestures g "
    "JOIN gesture_types t ON t.id = g.gesture_type_id LEFT JOIN users r ON r.id = g.requested_by "
    "LEFT JOIN users d ON d.id = g.decided_by ");

Gesture gestureFrom(const QSqlQuery& q)
{
    Gesture g;
    g.id = q.value(0).toLongLong();
    g.caseId = q.value(1).toLongLong();
    g.typeId = q.value(2).toLongLong();
    g.typeName = q.value(3).toString();
    g.note = q.value(4).toString();
    g.costCents = q.value(5).toLongLong();
    g.status = gestureStatusFromKey(q.value(6).toString()).value_or(Gesture::Status::Pending);
    g.requestedBy = q.value(7).toString();
    g.requestedAt = sql::fromStored(q.value(8));
    g.decidedBy = q.value(9).toString();
    g.decidedAt = sql::fromStored(q.value(10));
    g.decisionReason = q.value(11).toString();
    return g;
}

Result<qint64> countedCost(const QSqlDatabase& db, qint64 caseId)
{
    auto v =
        sql::scalar(db,
                    QStringLiteral("SELECT coalesce(sum(cost_cents), 0) FROM gestures WHERE case_id = ? AND "
                                   "status IN ('granted', 'approved')"),
                    {caseId}, Tr::tr("adding up the gestures of %1").arg(referenceFor(caseId)), 0);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

} // namespace

Status RecoveryRepository::require(Permission permission, const QString& what) const
{
    if (allows(m_actor.role, permission))
        return {};
    return fail(Error::Code::InvalidInput,
                Tr::tr("%1 (%2) may not %3.").arg(m_actor.displayName, labelOf(m_actor.role), what));
}

Status RecoveryRepository::requireOpenCase(const QSqlDatabase& db, qint64 caseId)
{
    auto status = sql::scalar(db, QStringLiteral("SELECT status FROM cases WHERE id = ?"), {caseId},
                              Tr::tr("reading case %1").arg(referenceFor(caseId)));
    if (!status)
        return std::unexpected(status.error());
    if (!status->isValid())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(referenceFor(caseId)));
    if (status->toString() == keyOf(CaseStatus::Closed))
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1 is closed; reopen it to change its recovery.").arg(referenceFor(caseId)));
    return {};
}

Status RecoveryRepository::recordStep(qint64 caseId, const QString& step, const StepWrite& write)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    if (auto ok = requireOpenCase(db, caseId); !ok)
        return ok;
    auto entry = write(db);
    if (!entry)
        return std::unexpected(entry.error());
    if (auto ok = CaseJournal::append(db, caseId, m_actor.id, CaseEvent::Kind::Recovery, step,
                                      entry->oldValue, entry->newValue, entry->note);
        !ok)
        return ok;
    if (auto ok = CaseJournal::touch(db, caseId); !ok)
        return ok;
    return tx.commit();
}

Result<RecoveryState> RecoveryRepository::state(qint64 caseId)
{
    QSqlDatabase db = m_db.connection();
    const QString what = Tr::tr("reading the recovery of %1").arg(referenceFor(caseId));
    RecoveryState state;

    auto apologies =
        sql::run(db,
                 QStringLiteral("SELECT a.id, a.template_id, a.body, a.channel, a.flags, a.sent_at, "
                                "coalesce(u.display_name, '') FROM apologies a LEFT JOIN users u ON "
                                "u.id = a.sent_by WHERE a.case_id = ? ORDER BY a.id"),
                 {caseId}, what);
    if (!apologies)
        return std::unexpected(apologies.error());
    while (apologies->next()) {
        Apology a;
        a.id = apologies->value(0).toLongLong();
        a.caseId = caseId;
        a.templateId = apologies->value(1).toLongLong();
        a.body = apologies->value(2).toString();
        a.channel = channelFromKey(apologies->value(3).toString()).value_or(Channel::Email);
        a.flags = apologies->value(4).toInt();
        a.sentAt = sql::fromStored(apologies->value(5));
        a.sentBy = apologies->value(6).toString();
        state.apologies << a;
    }

    auto solution =
        sql::run(db,
                 QStringLiteral("SELECT s.fix, s.customer_wants, s.promised_by, s.recorded_at, "
                                "coalesce(u.display_name, '') FROM solutions s LEFT JOIN users u ON "
                                "u.id = s.recorded_by WHERE s.case_id = ?"),
                 {caseId}, what);
    if (!solution)
        return std::unexpected(solution.error());
    if (solution->next()) {
        Solution s;
        s.fix = solution->value(0).toString();
        s.customerWants = solution->value(1).toString();
        s.promisedBy = QDate::fromString(solution->value(2).toString(), Qt::ISODate);
        s.recordedAt = sql::fromStored(solution->value(3));
        s.recordedBy = solution->value(4).toString();
        state.solution = s;
    }

    auto gestures =
        sql::run(db, selectGesture + QStringLiteral("WHERE g.case_id = ? ORDER BY g.id"), {caseId}, what);
    if (!gestures)
        return std::unexpected(gestures.error());
    while (gestures->next())
        state.gestures << gestureFrom(*gestures);

    auto decline = sql::scalar(db, QStringLiteral("SELECT reason FROM gesture_declines WHERE case_id = ?"),
                               {caseId}, what);
    if (!decline)
        return std::unexpected(decline.error());
    state.declineReason = decline->toString();

    auto analysis =
        sql::run(db,
                 QStringLiteral("SELECT a.root_cause_id, a.whys, a.education_gap, a.recorded_at, "
                                "coalesce(u.display_name, '') FROM analyses a LEFT JOIN users u ON "
                                "u.id = a.recorded_by WHERE a.case_id = ?"),
                 {caseId}, what);
    if (!analysis)
        return std::unexpected(analysis.error());
    if (analysis->next()) {
        Analysis a;
        a.rootCauseId = analysis->value(0).toLongLong();
        for (const QJsonValue& v : QJsonDocument::fromJson(analysis->value(1).toString().toUtf8()).array())
            a.whys << v.toString();
        a.educationGap = analysis->value(2).toBool();
        a.recordedAt = sql::fromStored(analysis->value(3));
        a.recordedBy = analysis->value(4).toString();
        if (auto causes = rootCauses()) {
            for (const RootCause& c : *causes) {
                if (c.id == a.rootCauseId)
                    a.rootCausePath = c.path;
            }
        }
        state.analysis = a;
    }

    auto resolved =
        sql::scalar(db, QStringLiteral("SELECT resolved_at FROM cases WHERE id = ?"), {caseId}, what);
    if (!resolved)
        return std::unexpected(resolved.error());
    if (state.solution)
        state.promise = promiseState(state.solution->promisedBy, sql::fromStored(*resolved), Clock::now());
    return state;
}

Result<QStringList> RecoveryRepository::missingFor(const QSqlDatabase& db, qint64 caseId, CaseStatus to)
{
    if (to != CaseStatus::Resolved && to != CaseStatus::Closed)
        return QStringList();
    auto q =
        sql::run(db,
                 QStringLiteral("SELECT EXISTS (SELECT 1 FROM apologies WHERE case_id = ?), "
                                "EXISTS (SELECT 1 FROM solutions WHERE case_id = ?), "
                                "EXISTS (SELECT 1 FROM gestures WHERE case_id = ? AND status IN "
                                "('granted', 'approved')) OR EXISTS (SELECT 1 FROM gesture_declines WHERE "
                                "case_id = ?), EXISTS (SELECT 1 FROM analyses WHERE case_id = ?), "
                                "EXISTS (SELECT 1 FROM case_imports i JOIN cases c ON c.id = i.case_id "
                                "WHERE i.case_id = ? AND c.resolved_at <= i.imported_at)"),
                 {caseId, caseId, caseId, caseId, caseId, caseId},
                 Tr::tr("checking the recovery of %1").arg(referenceFor(caseId)));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return QStringList();
    // A case imported already resolved had steps 1-3 in the system it came
    // from; only what Redress itself records (the analysis) is asked for.
    // Reopened and resolved again here, its resolution is newer than the
    // import and the gates apply in full.
    const bool recoveredElsewhere = q->value(4).toBool();
    return missingSteps(to, recoveredElsewhere || q->value(0).toBool(),
                        recoveredElsewhere || q->value(1).toBool(),
                        recoveredElsewhere || q->value(2).toBool(), q->value(3).toBool());
}

Result<Apology> RecoveryRepository::recordApology(qint64 caseId, const QString& body, Channel channel,
                                                  qint64 templateId, int flags,
                                                  const std::function<Status(const QSqlDatabase&)>& alsoIn)
{
    if (auto ok = requireText(QStringLiteral("apology"), body, Tr::tr("The apology is empty.")); !ok)
        return std::unexpected(ok.error());
    Apology a;
    a.caseId = caseId;
    a.templateId = templateId;
    a.body = body.trimmed();
    a.channel = channel;
    a.flags = std::max(0, flags);
    a.sentAt = Clock::now();
    a.sentBy = m_actor.displayName;
    auto ok = recordStep(caseId, QStringLiteral("apology"), [&](const QSqlDatabase& db) -> Result<StepEntry> {
        auto id = CaseWriter(db).addApology(
            {caseId, templateId, a.body, keyOf(channel), a.flags, a.sentAt.toMSecsSinceEpoch(), m_actor.id},
            [&] { return Tr::tr("recording the apology for %1").arg(referenceFor(caseId)); });
        if (!id)
            return std::unexpected(id.error());
        a.id = *id;
        if (auto ok = SlaRepository::contactedIn(db, caseId, a.sentAt); !ok)
            return std::unexpected(ok.error());
        if (alsoIn) {
            if (auto ok = alsoIn(db); !ok)
                return std::unexpected(ok.error());
        }
        // The sent text goes into the timeline as it left.
        return StepEntry{{}, labelOf(channel), a.body};
    });
    if (!ok)
        return std::unexpected(ok.error());
    return a;
}

Status RecoveryRepository::recordSolution(qint64 caseId, const QString& fix, const QString& customerWants,
                                          const QDate& promisedBy)
{
    if (auto ok =
            requireText(QStringLiteral("fix"), fix, Tr::tr("Describe the fix or the best alternative."));
        !ok)
        return ok;
    if (auto ok =
            requireText(QStringLiteral("customer_wants"), customerWants,
                        Tr::tr("Ask the customer what outcome they want, and write it in their words."));
        !ok)
        return ok;
    if (promisedBy.isValid() && promisedBy < Clock::now().toLocalTime().date())
        return invalid(QStringLiteral("promised_by"),
                       Tr::tr("A promise for %1 is already in the past.")
                           .arg(QLocale().toString(promisedBy, QLocale::ShortFormat)));
    const QString promise = promisedBy.isValid() ? promisedBy.toString(Qt::ISODate) : QString();
    return recordStep(caseId, QStringLiteral("solution"), [&](const QSqlDatabase& db) -> Result<StepEntry> {
        auto previous = sql::scalar(
            db, QStringLiteral("SELECT coalesce(promised_by, '') FROM solutions WHERE case_id = ?"), {caseId},
            Tr::tr("reading the solution of %1").arg(referenceFor(caseId)));
        if (!previous)
            return std::unexpected(previous.error());
        if (auto ok = CaseWriter(db).saveSolution(
                {caseId, fix.trimmed(), customerWants.trimmed(), promise, Clock::now().toMSecsSinceEpoch(),
                 m_actor.id},
                [&] { return Tr::tr("recording the solution for %1").arg(referenceFor(caseId)); });
            !ok)
            return std::unexpected(ok.error());
        return StepEntry{
            previous->toString(), promisedBy.isValid() ? promisedBy.toString(Qt::ISODate) : QString(),
            Tr::tr("Fix: %1\nThe customer wants: %2").arg(fix.trimmed(), customerWants.trimmed())};
    });
}

Result<Gesture> RecoveryRepository::giveGesture(qint64 caseId, qint64 typeId, qint64 costCents,
                                                const QString& note)
{
    if (auto ok = requireCost(costCents); !ok)
        return std::unexpected(ok.error());
    if (note.size() > maxText)
        return invalid(QStringLiteral("note"), Tr::tr("The note is too long."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = requireOpenCase(db, caseId); !ok)
        return std::unexpected(ok.error());
    auto type = sql::run(db, QStringLiteral("SELECT name, active FROM gesture_types WHERE id = ?"), {typeId},
                         Tr::tr("reading the gesture catalogue"));
    if (!type)
        return std::unexpected(type.error());
    if (!type->next() || !type->value(1).toBool())
        return invalid(QStringLiteral("gesture"), Tr::tr("That gesture is not in the catalogue."));
    const QString typeName = type->value(0).toString();
    auto limit = limitFor(m_actor.role);
    if (!limit)
        return std::unexpected(limit.error());
    auto spent = countedCost(db, caseId);
    if (!spent)
        return std::unexpected(spent.error());
    const bool within = *spent + costCents <= *limit;
    const Gesture::Status status = within ? Gesture::Status::Granted : Gesture::Status::Pending;
    CaseWriter::GestureRow row;
    row.caseId = caseId;
    row.typeId = typeId;
    row.note = note.trimmed();
    row.costCents = costCents;
    row.status = keyOf(status);
    row.requestedBy = m_actor.id;
    row.requestedAt = Clock::now().toMSecsSinceEpoch();
    auto added = CaseWriter(db).addGesture(
        row, [&] { return Tr::tr("recording the gesture for %1").arg(referenceFor(caseId)); });
    if (!added)
        return std::unexpected(added.error());
    const qint64 id = *added;
    const QString shown = Tr::tr("%1 (%2)").arg(typeName, money(costCents));
    const QString why = within ? note.trimmed()
                               : Tr::tr("Over the %1 limit of %2 for this case; waiting for approval. %3")
                                     .arg(labelOf(m_actor.role), money(*limit), note.trimmed())
                                     .trimmed();
    if (auto ok =
            CaseJournal::append(db, caseId, m_actor.id, CaseEvent::Kind::Recovery, QStringLiteral("gesture"),
                                {}, shown + QStringLiteral(" · ") + labelOf(status), why);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = CaseJournal::touch(db, caseId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    auto made = sql::run(m_db.connection(), selectGesture + QStringLiteral("WHERE g.id = ?"), {id},
                         Tr::tr("reading the gesture"));
    if (!made)
        return std::unexpected(made.error());
    if (!made->next())
        return fail(Error::Code::NotFound, Tr::tr("The gesture just recorded cannot be read back."));
    return gestureFrom(*made);
}

Result<Gesture> RecoveryRepository::decide(qint64 gestureId, bool approve, const QString& reason)
{
    if (auto ok = require(Permission::ApproveGestures, Tr::tr("decide on gestures")); !ok)
        return std::unexpected(ok.error());
    if (!approve && reason.trimmed().isEmpty())
        return invalid(QStringLiteral("reason"),
                       Tr::tr("Say why the gesture is rejected; the rep will see it."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto q = sql::run(db, selectGesture + QStringLiteral("WHERE g.id = ?"), {gestureId},
                      Tr::tr("reading the gesture"));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no such gesture."));
    Gesture g = gestureFrom(*q);
    if (g.status != Gesture::Status::Pending)
        return fail(Error::Code::Conflict,
                    Tr::tr("This gesture on %1 was already decided: %2 by %3.")
                        .arg(referenceFor(g.caseId), labelOf(g.status).toLower(), g.decidedBy));
    if (approve) {
        auto limit = limitFor(m_actor.role);
        if (!limit)
            return std::unexpected(limit.error());
        auto spent = countedCost(db, g.caseId);
        if (!spent)
            return std::unexpected(spent.error());
        if (*spent + g.costCents > *limit)
            return invalid(
                QStringLiteral("cost"),
                Tr::tr("Approving would bring %1 to %2, over your limit of %3; someone with a higher limit "
                       "must decide.")
                    .arg(referenceFor(g.caseId), money(*spent + g.costCents), money(*limit)));
    }
    const Gesture::Status to = approve ? Gesture::Status::Approved : Gesture::Status::Rejected;
    // The status condition makes the decision happen once even when two
    // desks decide at the same moment: the second update changes no row.
    auto update =
        sql::run(db,
                 QStringLiteral("UPDATE gestures SET status = ?, decided_by = ?, decided_at = ?, "
                                "decision_reason = ? WHERE id = ? AND status = 'pending'"),
                 {keyOf(to), userValue(m_actor.id), sql::toStored(Clock::now()), reason.trimmed(), gestureId},
                 Tr::tr("deciding on the gesture"));
    if (!update)
        return std::unexpected(update.error());
    if (update->numRowsAffected() != 1)
        return fail(Error::Code::Conflict, Tr::tr("This gesture was decided at another desk a moment ago."));
    if (auto ok = CaseJournal::append(
            db, g.caseId, m_actor.id, CaseEvent::Kind::Recovery, QStringLiteral("approval"), keyOf(g.status),
            keyOf(to), Tr::tr("%1 (%2). %3").arg(g.typeName, money(g.costCents), reason.trimmed()).trimmed());
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = CaseJournal::touch(db, g.caseId); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    g.status = to;
    g.decidedBy = m_actor.displayName;
    g.decidedAt = Clock::now();
    g.decisionReason = reason.trimmed();
    return g;
}

Status RecoveryRepository::recordDecline(qint64 caseId, const QString& reason)
{
    if (auto ok =
            requireText(QStringLiteral("reason"), reason, Tr::tr("Write down why the customer declined."));
        !ok)
        return ok;
    return recordStep(caseId, QStringLiteral("decline"), [&](const QSqlDatabase& db) -> Result<StepEntry> {
        if (auto ok = CaseWriter(db).saveDecline(
                {caseId, reason.trimmed(), Clock::now().toMSecsSinceEpoch(), m_actor.id},
                [&] { return Tr::tr("recording the decline for %1").arg(referenceFor(caseId)); });
            !ok)
            return std::unexpected(ok.error());
        return StepEntry{{}, {}, reason.trimmed()};
    });
}

Status RecoveryRepository::recordAnalysis(qint64 caseId, qint64 rootCauseId, const QStringList& whys,
                                          bool educationGap)
{
    QStringList kept;
    for (const QString& why : whys) {
        if (!why.trimmed().isEmpty())
            kept << why.trimmed();
    }
    if (kept.size() > maxWhys)
        return invalid(QStringLiteral("whys"),
                       Tr::tr("Up to %1 whys; %2 were given.").arg(maxWhys).arg(kept.size()));
    for (const QString& why : std::as_const(kept)) {
        if (why.size() > 2000)
            return invalid(QStringLiteral("whys"), Tr::tr("A why may be at most 2000 characters long."));
    }
    auto causes = rootCauses();
    if (!causes)
        return std::unexpected(causes.error());
    const auto cause =
        std::find_if(causes->begin(), causes->end(), [&](const RootCause& c) { return c.id == rootCauseId; });
    if (cause == causes->end())
        return invalid(QStringLiteral("root_cause"), Tr::tr("Choose a root cause from the taxonomy."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    if (auto ok = requireOpenCase(db, caseId); !ok)
        return ok;
    const QString whysJson =
        QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(kept)).toJson(QJsonDocument::Compact));
    if (auto ok = CaseWriter(db).saveAnalysis(
            {caseId, rootCauseId, whysJson, educationGap, Clock::now().toMSecsSinceEpoch(), m_actor.id},
            [&] { return Tr::tr("recording the analysis of %1").arg(referenceFor(caseId)); });
        !ok)
        return ok;
    QString note = kept.isEmpty() ? QString() : Tr::tr("Why: %1").arg(kept.join(QStringLiteral(" → ")));
    if (educationGap)
        note = QString(note + QLatin1Char('\n') + Tr::tr("A customer-education gap.")).trimmed();
    if (auto ok = CaseJournal::append(db, caseId, m_actor.id, CaseEvent::Kind::Recovery,
                                      QStringLiteral("analysis"), {}, cause->path, note);
        !ok)
        return ok;
    // The root cause may be the one of a recovery that did not hold.
    if (auto flagged = SecondFailure::flagIn(db, caseId, m_actor.id); !flagged)
        return std::unexpected(flagged.error());
    if (auto ok = CaseJournal::touch(db, caseId); !ok)
        return ok;
    return tx.commit();
}

Result<QList<Gesture>> RecoveryRepository::pendingApprovals(int limit)
{
    auto q = sql::run(m_db.connection(),
                      selectGesture +
                          QStringLiteral("WHERE g.status = 'pending' ORDER BY g.requested_at, g.id LIMIT ?"),
                      {limit}, Tr::tr("reading the approval queue"));
    if (!q)
        return std::unexpected(q.error());
    QList<Gesture> pending;
    while (q->next())
        pending << gestureFrom(*q);
    return pending;
}

Result<QList<GestureType>> RecoveryRepository::catalogue(bool activeOnly)
{
    auto q = sql::run(
        m_db.connection(),
        QStringLiteral("SELECT id, name, kind, default_cost_cents, active FROM gesture_types ") +
            (activeOnly ? QStringLiteral("WHERE active = 1 ") : QString()) + QStringLiteral("ORDER BY name"),
        Tr::tr("reading the gesture catalogue"));
    if (!q)
        return std::unexpected(q.error());
    QList<GestureType> types;
    while (q->next())
        types << GestureType{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString(),
                             q->value(3).toLongLong(), q->value(4).toBool()};
    return types;
}

Result<GestureType> RecoveryRepository::saveGestureType(const GestureType& type)
{
    if (auto ok = require(Permission::EditCatalogue, Tr::tr("change the gesture catalogue")); !ok)
        return std::unexpected(ok.error());
    if (type.name.trimmed().isEmpty() || type.name.size() > 200)
        return invalid(QStringLiteral("name"), Tr::tr("A gesture needs a name of at most 200 characters."));
    if (!gestureKinds.contains(type.kind))
        return invalid(QStringLiteral("kind"), Tr::tr("'%1' is not a kind of gesture; the kinds are %2.")
                                                   .arg(type.kind, gestureKinds.join(QStringLiteral(", "))));
    if (auto ok = requireCost(type.defaultCostCents); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    GestureType saved = type;
    saved.name = type.name.simplified();
    const QVariantList values{saved.name, saved.kind, saved.defaultCostCents, saved.active ? 1 : 0};
    auto q =
        type.id > 0
            ? sql::run(db,
                       QStringLiteral("UPDATE gesture_types SET name = ?, kind = ?, default_cost_cents = ?, "
                                      "active = ? WHERE id = ?"),
                       QVariantList(values) << type.id, Tr::tr("saving the gesture %1").arg(saved.name))
            : sql::run(db,
                       QStringLiteral("INSERT INTO gesture_types (name, kind, default_cost_cents, active) "
                                      "VALUES (?, ?, ?, ?) RETURNING id"),
                       values, Tr::tr("adding the gesture %1").arg(saved.name));
    if (!q)
        return std::unexpected(q.error());
    if (type.id <= 0)
        saved.id = sql::returnedId(*q);
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Result<qint64> RecoveryRepository::limitFor(Role role)
{
    auto v = sql::scalar(m_db.connection(),
                         QStringLiteral("SELECT limit_cents FROM discretion_limits WHERE role = ?"),
                         {keyOf(role)}, Tr::tr("reading the discretion limits"), 0);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Status RecoveryRepository::setLimit(Role role, qint64 cents)
{
    if (auto ok = require(Permission::EditCatalogue, Tr::tr("change discretion limits")); !ok)
        return ok;
    if (auto ok = requireCost(cents); !ok)
        return ok;
    if (m_actor.role != Role::Admin) {
        auto own = limitFor(m_actor.role);
        if (!own)
            return std::unexpected(own.error());
        if (cents > *own)
            return invalid(QStringLiteral("limit"),
                           Tr::tr("A limit of %1 is above your own (%2).").arg(money(cents), money(*own)));
    }
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    auto q = sql::run(db,
                      QStringLiteral("INSERT INTO discretion_limits (role, limit_cents) VALUES (?, ?) "
                                     "ON CONFLICT (role) DO UPDATE SET limit_cents = excluded.limit_cents"),
                      {keyOf(role), cents}, Tr::tr("saving the limit of %1").arg(labelOf(role)));
    if (!q)
        return std::unexpected(q.error());
    return tx.commit();
}

Result<QList<RootCause>> RecoveryRepository::rootCauses()
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT id, coalesce(parent_id, 0), name FROM root_causes WHERE active = 1"),
                 Tr::tr("reading the root-cause taxonomy"));
    if (!q)
        return std::unexpected(q.error());
    QList<RootCause> flat;
    while (q->next())
        flat << RootCause{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), {}};
    QList<RootCause> causes = withPaths(flat).values();
    std::sort(causes.begin(), causes.end(),
              [](const RootCause& a, const RootCause& b) { return a.path.localeAwareCompare(b.path) < 0; });
    return causes;
}

Result<RootCause> RecoveryRepository::addRootCause(qint64 parentId, const QString& name)
{
    if (auto ok = require(Permission::EditTaxonomy, Tr::tr("change the root-cause taxonomy")); !ok)
        return std::unexpected(ok.error());
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty() || trimmed.size() > 100)
        return invalid(QStringLiteral("name"),
                       Tr::tr("A root cause needs a name of at most 100 characters."));
    if (trimmed.contains(QStringLiteral("›")))
        return invalid(QStringLiteral("name"),
                       Tr::tr("A root cause's name cannot contain '›'; add a child instead."));
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    if (parentId > 0) {
        auto parent =
            sql::scalar(db, QStringLiteral("SELECT id FROM root_causes WHERE id = ? AND active = 1"),
                        {parentId}, Tr::tr("reading the root-cause taxonomy"));
        if (!parent)
            return std::unexpected(parent.error());
        if (!parent->isValid())
            return invalid(QStringLiteral("parent"), Tr::tr("The parent root cause does not exist."));
    }
    auto dup = sql::scalar(
        db, QStringLiteral("SELECT id FROM root_causes WHERE coalesce(parent_id, 0) = ? AND name = ?"),
        {std::max<qint64>(parentId, 0), trimmed}, Tr::tr("reading the root-cause taxonomy"));
    if (!dup)
        return std::unexpected(dup.error());
    if (dup->isValid())
        return invalid(QStringLiteral("name"), Tr::tr("'%1' is already there.").arg(trimmed));
    auto q =
        sql::run(db, QStringLiteral("INSERT INTO root_causes (parent_id, name) VALUES (?, ?) RETURNING id"),
                 {userValue(parentId), trimmed}, Tr::tr("adding the root cause %1").arg(trimmed));
    if (!q)
        return std::unexpected(q.error());
    const qint64 id = sql::returnedId(*q);
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    auto all = rootCauses();
    if (!all)
        return std::unexpected(all.error());
    for (const RootCause& c : *all) {
        if (c.id == id)
            return c;
    }
    return fail(Error::Code::NotFound, Tr::tr("The root cause just added cannot be read back."));
}

Result<std::optional<double>> RecoveryRepository::typicalFixDays(const QString& productCategory)
{
    // The newest resolved cases of the category: recent history is the
    // honest guide, and walking ids backwards stops after a few hundred.
    auto q = sql::run(m_db.connection(),
                      QStringLiteral("SELECT c.resolved_at - c.opened_at FROM cases c JOIN products p ON "
                                     "p.id = c.product_id WHERE p.category = ? AND c.resolved_at IS NOT NULL "
                                     "ORDER BY c.id DESC LIMIT 500"),
                      {productCategory}, Tr::tr("reading how long such problems took to fix"));
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> spans;
    while (q->next())
        spans << q->value(0).toLongLong();
    if (spans.size() < 5)
        return std::optional<double>();
    std::sort(spans.begin(), spans.end());
    const qint64 median = spans[spans.size() / 2];
    return std::optional<double>(median / (24.0 * 3600 * 1000));
}

PromiseState RecoveryRepository::promiseState(const QDate& promisedBy, const QDateTime& resolvedAt,
                                              const QDateTime& now)
{
    if (!promisedBy.isValid())
        return PromiseState::None;
    // A promise "by Friday" holds until Friday ends where the rep is.
    const QDateTime deadline(promisedBy.addDays(1), QTime(0, 0), Qt::LocalTime);
    if (resolvedAt.isValid())
        return resolvedAt < deadline ? PromiseState::Kept : PromiseState::Broken;
    return now < deadline ? PromiseState::Pending : PromiseState::Broken;
}

} // namespace redress::core
