#include "core/store/CaseRepository.h"

#include "core/Clock.h"
#include "core/cases/Lifecycle.h"
#include "core/store/CaseJournal.h"
#include "core/store/CaseWriter.h"
#include "core/store/CustomerRepository.h"
#include "core/store/EscalationRepository.h"
#include "core/store/PriorityRepository.h"
#include "core/store/ProductRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/SecondFailure.h"
#include "core/store/SlaRepository.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseRepository)
};

constexpr int maxDescription = 20000;

const QString selectCase = QStringLiteral(
    "SELECT c.id, c.customer_id, c.customer_name, c.company, cu.lifetime_value_cents, c.product_id, "
    "c.product_name, c.channel, c.description, c.severity, c.impact, c.status, c.owner_id, c.owner_name, "
    "c.opened_at, c.updated_at, c.resolved_at, c.closed_at, c.row_version, p.category, cu.segment, "
    "(SELECT count(*) FROM cases x WHERE x.customer_id = c.customer_id AND x.id < c.id), c.priority, "
    "c.second_failure_of, c.merged_into "
    "FROM cases c JOIN customers cu ON cu.id = c.customer_id JOIN products p ON p.id = c.product_id ");

Case fromRow(const QSqlQuery& q)
{
    Case c;
    c.id = q.value(0).toLongLong();
    c.customerId = q.value(1).toLongLong();
    c.customerName = q.value(2).toString();
    c.company = q.value(3).toString();
    c.customerLifetimeValueCents = q.value(4).toLongLong();
    c.productId = q.value(5).toLongLong();
    c.productName = q.value(6).toString();
    c.channel = channelFromKey(q.value(7).toString()).value_or(Channel::Phone);
    c.description = q.value(8).toString();
    c.severity = severityFromInt(q.value(9).toInt()).value_or(Severity::Medium);
    c.impact = impactFromInt(q.value(10).toInt()).value_or(BusinessImpact::None);
    c.status = statusFromKey(q.value(11).toString()).value_or(CaseStatus::New);
    c.ownerId = q.value(12).toLongLong();
    c.ownerName = q.value(13).toString();
    c.openedAt = sql::fromStored(q.value(14));
    c.updatedAt = sql::fromStored(q.value(15));
    c.resolvedAt = sql::fromStored(q.value(16));
    c.closedAt = sql::fromStored(q.value(17));
    c.rowVersion = q.value(18).toLongLong();
    c.productCategory = q.value(19).toString();
    c.customerSegment = q.value(20).toString();
    c.earlierCases = q.value(21).toLongLong();
    c.priority = priorityFromKey(q.value(22).toString()).value_or(Priority::Normal);
    c.secondFailureOf = q.value(23).toLongLong();
    c.mergedInto = q.value(24).toLongLong();
    return c;
}

QVariant ownerValue(qint64 ownerId)
{
    return ownerId > 0 ? QVariant(ownerId) : QVariant(QMetaType::fromType<qint64>());
}

// "RD-000001, RD-000002 and 3 more"
QString listReferences(const QStringList& refs)
{
    constexpr int shown = 5;
    if (refs.size() <= shown)
        return refs.join(QStringLiteral(", "));
    return Tr::tr("%1 and %2 more")
        .arg(refs.mid(0, shown).join(QStringLiteral(", ")))
        .arg(refs.size() - shown);
}

} // namespace

struct CaseRepository::Current
{
    qint64 id = 0;
    CaseStatus status = CaseStatus::New;
    qint64 ownerId = 0;
    QString ownerName;
    qint64 rowVersion = 0;
};

Status CaseRepository::validate(const NewCase& intake)
{
    if (intake.customerId <= 0) {
        Customer c;
        c.name = intake.customerName;
        c.company = intake.company;
        if (auto ok = CustomerRepository::validate(c); !ok)
            return ok;
    }
    if (intake.productName.simplified().isEmpty())
        return invalid(QStringLiteral("product"), Tr::tr("Name the product the complaint is about."));
    if (intake.description.trimmed().isEmpty())
        return invalid(QStringLiteral("description"),
                       Tr::tr("Write down what went wrong, in the customer's own words."));
    if (intake.description.size() > maxDescription)
        return invalid(QStringLiteral("description"),
                       Tr::tr("The description is %1 characters long; at most %2 fit.")
                           .arg(intake.description.size())
                           .arg(maxDescription));
    return {};
}

Result<Case> CaseRepository::create(const NewCase& intake)
{
    if (auto ok = validate(intake); !ok)
        return std::unexpected(ok.error());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());

    CustomerRepository customers(m_db);
    Customer customer;
    if (intake.customerId > 0) {
        auto found = customers.get(intake.customerId);
        // A record merged into another is that person's survivor now.
        if (found && found->mergedInto > 0)
            found = customers.get(found->mergedInto);
        if (!found)
            return std::unexpected(found.error());
        customer = *found;
    } else {
        Customer fresh;
        fresh.name = intake.customerName;
        fresh.company = intake.company;
        auto made = customers.create(fresh);
        if (!made)
            return std::unexpected(made.error());
        customer = *made;
    }
    auto product = ProductRepository(m_db).ensure(intake.productName);
    if (!product)
        return std::unexpected(product.error());

    auto matrix = PriorityRepository::matrixIn(db);
    if (!matrix)
        return std::unexpected(matrix.error());
    const Priority priority = matrix->of(intake.severity, intake.impact);

    CaseWriter::CaseRow row;
    row.customerId = customer.id;
    row.productId = product->id;
    row.channel = keyOf(intake.channel);
    row.description = intake.description.trimmed();
    row.severity = static_cast<int>(intake.severity);
    row.impact = static_cast<int>(intake.impact);
    row.priority = keyOf(priority);
    row.status = keyOf(CaseStatus::New);
    const QDateTime now = Clock::now();
    const QDateTime opened = intake.openedAt.isValid() && intake.openedAt < now ? intake.openedAt : now;
    row.openedAt = opened.toMSecsSinceEpoch();
    row.updatedAt = now.toMSecsSinceEpoch();
    row.customerName = customer.name;
    row.company = customer.company;
    row.productName = product->name;
    auto added = CaseWriter(db).addCase(row, [] { return Tr::tr("saving the new case"); });
    if (!added)
        return std::unexpected(added.error());
    const qint64 id = *added;
    if (auto ok = CaseJournal::append(db, id, m_actorId, CaseEvent::Kind::Created, QStringLiteral("status"), {},
                                      keyOf(CaseStatus::New), {}, opened);
        !ok)
        return std::unexpected(ok.error());
    if (auto ok = SlaRepository::refreshIn(db, id); !ok)
        return std::unexpected(ok.error());
    if (auto flagged = SecondFailure::flagIn(db, id, m_actorId); !flagged)
        return std::unexpected(flagged.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return get(id);
}

Result<Case> CaseRepository::get(qint64 id)
{
    auto q = sql::run(m_db.connection(), selectCase + QStringLiteral("WHERE c.id = ?"), {id},
                      Tr::tr("reading case %1").arg(referenceFor(id)));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(referenceFor(id)));
    return fromRow(*q);
}

Result<QList<CaseEvent>> CaseRepository::timeline(qint64 id)
{
    auto q =
        sql::run(m_db.connection(),
                 QStringLiteral("SELECT e.id, e.at, coalesce(u.display_name, ''), e.kind, e.field, "
                                "e.old_value, e.new_value, e.note FROM case_events e "
                                "LEFT JOIN users u ON u.id = e.actor_id WHERE e.case_id = ? ORDER BY e.id"),
                 {id}, Tr::tr("reading the timeline of %1").arg(referenceFor(id)));
    if (!q)
        return std::unexpected(q.error());
    QList<CaseEvent> events;
    while (q->next()) {
        CaseEvent e;
        e.id = q->value(0).toLongLong();
        e.caseId = id;
        e.at = sql::fromStored(q->value(1));
        e.actor = q->value(2).toString();
        e.kind = eventKindFromKey(q->value(3).toString()).value_or(CaseEvent::Kind::Note);
        e.field = q->value(4).toString();
        e.oldValue = q->value(5).toString();
        e.newValue = q->value(6).toString();
        e.note = q->value(7).toString();
        events << e;
    }
    return events;
}

Result<CaseRepository::Current> CaseRepository::lock(const QSqlDatabase& db, qint64 id,
                                                     qint64 expectedVersion)
{
    auto q = sql::run(
        db, QStringLiteral("SELECT status, owner_id, owner_name, row_version FROM cases WHERE id = ?"), {id},
        Tr::tr("reading case %1").arg(referenceFor(id)));
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return fail(Error::Code::NotFound, Tr::tr("There is no case %1.").arg(referenceFor(id)));
    Current c;
    c.id = id;
    c.status = statusFromKey(q->value(0).toString()).value_or(CaseStatus::New);
    c.ownerId = q->value(1).toLongLong();
    c.ownerName = q->value(2).toString();
    c.rowVersion = q->value(3).toLongLong();
    if (expectedVersion >= 0 && expectedVersion != c.rowVersion)
        return fail(Error::Code::Conflict,
                    Tr::tr("%1 was changed by someone else after you opened it; reload it and try again.")
                        .arg(referenceFor(id)));
    return c;
}

Status CaseRepository::appendEvent(const QSqlDatabase& db, qint64 caseId, CaseEvent::Kind kind,
                                   const QString& field, const QString& oldValue, const QString& newValue,
                                   const QString& note)
{
    return CaseJournal::append(db, caseId, m_actorId, kind, field, oldValue, newValue, note);
}

Status CaseRepository::moveOne(const QSqlDatabase& db, const Current& c, CaseStatus to)
{
    if (auto ok = Lifecycle::check(c.status, to, referenceFor(c.id)); !ok)
        return ok;
    // The recovery gates: no Resolved without apology, solution and value
    // added (or declined); no Closed without the analysis.
    auto missing = RecoveryRepository::missingFor(db, c.id, to);
    if (!missing)
        return std::unexpected(missing.error());
    if (!missing->isEmpty())
        return fail(Error::Code::IllegalTransition,
                    Tr::tr("%1 cannot move to %2 yet: record %3 first.")
                        .arg(referenceFor(c.id), labelOf(to), missing->join(QStringLiteral("; "))));
    const QVariant now = sql::toStored(Clock::now());
    const QVariant null = QVariant(QMetaType::fromType<qint64>());
    // Resolving or closing stamps the time; reopening clears both, so
    // ageing and resolution reports see an open case again.
    const bool reopening = to == CaseStatus::Reopened;
    const bool stampResolved = to == CaseStatus::Resolved || reopening;
    const bool stampClosed = to == CaseStatus::Closed || reopening;
    auto q = sql::run(
        db,
        QStringLiteral("UPDATE cases SET status = ?, updated_at = ?, row_version = row_version + 1, "
                       "resolved_at = CASE WHEN ? <> 0 THEN ? ELSE resolved_at END, "
                       "closed_at = CASE WHEN ? <> 0 THEN ? ELSE closed_at END WHERE id = ?"),
        {keyOf(to), now, stampResolved, reopening ? null : now, stampClosed, reopening ? null : now, c.id},
        Tr::tr("moving %1 to %2").arg(referenceFor(c.id), labelOf(to)));
    if (!q)
        return std::unexpected(q.error());
    if (auto ok = SlaRepository::statusChangedIn(db, c.id, c.status, to); !ok)
        return ok;
    return appendEvent(db, c.id, CaseEvent::Kind::StatusChanged, QStringLiteral("status"), keyOf(c.status),
                       keyOf(to));
}

Result<Case>
CaseRepository::changeOne(qint64 id, qint64 expectedVersion,
                          const std::function<Status(const QSqlDatabase&, const Current&)>& change)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto current = lock(db, id, expectedVersion);
    if (!current)
        return std::unexpected(current.error());
    if (auto ok = change(db, *current); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return get(id);
}

Result<Case> CaseRepository::transition(qint64 id, CaseStatus to, qint64 expectedVersion)
{
    return changeOne(id, expectedVersion,
                     [&](const QSqlDatabase& db, const Current& c) { return moveOne(db, c, to); });
}

Result<QString> CaseRepository::ownerName(qint64 ownerId)
{
    if (ownerId <= 0)
        return QString();
    auto user = UserRepository(m_db).byId(ownerId);
    if (!user)
        return std::unexpected(user.error());
    return user->displayName;
}

Status CaseRepository::assignOne(const QSqlDatabase& db, const Current& c, qint64 ownerId,
                                 const QString& name)
{
    if (c.ownerId == ownerId)
        return {};
    auto q = sql::run(db,
                      QStringLiteral("UPDATE cases SET owner_id = ?, owner_name = ?, updated_at = ?, "
                                     "row_version = row_version + 1 WHERE id = ?"),
                      {ownerValue(ownerId), name, sql::toStored(Clock::now()), c.id},
                      Tr::tr("assigning %1").arg(referenceFor(c.id)));
    if (!q)
        return std::unexpected(q.error());
    return appendEvent(db, c.id, CaseEvent::Kind::Assigned, QStringLiteral("owner"), c.ownerName, name);
}

Result<Case> CaseRepository::assign(qint64 id, qint64 ownerId, qint64 expectedVersion)
{
    auto name = ownerName(ownerId);
    if (!name)
        return std::unexpected(name.error());
    return changeOne(id, expectedVersion, [&](const QSqlDatabase& db, const Current& c) {
        return assignOne(db, c, ownerId, *name);
    });
}

Result<Case> CaseRepository::update(qint64 id, const CaseEdit& edit, qint64 expectedVersion)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    if (auto current = lock(db, id, expectedVersion); !current)
        return std::unexpected(current.error());
    // Read under the lock, so the timeline's old values are the ones replaced.
    auto before = get(id);
    if (!before)
        return std::unexpected(before.error());
    if (edit.description) {
        NewCase check;
        check.customerId = before->customerId;
        check.productName = before->productName;
        check.description = *edit.description;
        if (auto ok = validate(check); !ok)
            return std::unexpected(ok.error());
    }

    struct Change
    {
        QString column;
        QVariant value;
        QString oldShown;
        QString newShown;
    };
    QList<Change> changes;
    if (edit.productName &&
        edit.productName->simplified().compare(before->productName, Qt::CaseInsensitive)) {
        auto product = ProductRepository(m_db).ensure(*edit.productName);
        if (!product)
            return std::unexpected(product.error());
        changes << Change{QStringLiteral("product_id"), product->id, before->productName, product->name}
                << Change{QStringLiteral("product_name"), product->name, {}, {}};
    }
    if (edit.channel && *edit.channel != before->channel)
        changes << Change{QStringLiteral("channel"), keyOf(*edit.channel), keyOf(before->channel),
                          keyOf(*edit.channel)};
    if (edit.description && edit.description->trimmed() != before->description)
        changes << Change{QStringLiteral("description"), edit.description->trimmed(), before->description,
                          edit.description->trimmed()};
    if (edit.severity && *edit.severity != before->severity)
        changes << Change{QStringLiteral("severity"), static_cast<int>(*edit.severity),
                          QString::number(static_cast<int>(before->severity)),
                          QString::number(static_cast<int>(*edit.severity))};
    if (edit.impact && *edit.impact != before->impact)
        changes << Change{QStringLiteral("impact"), static_cast<int>(*edit.impact),
                          QString::number(static_cast<int>(before->impact)),
                          QString::number(static_cast<int>(*edit.impact))};
    // Priority follows severity and impact through the store's matrix; a
    // change shows in the timeline like any other field.
    if ((edit.severity && *edit.severity != before->severity) ||
        (edit.impact && *edit.impact != before->impact)) {
        auto matrix = PriorityRepository::matrixIn(db);
        if (!matrix)
            return std::unexpected(matrix.error());
        const Priority priority =
            matrix->of(edit.severity.value_or(before->severity), edit.impact.value_or(before->impact));
        if (priority != before->priority)
            changes << Change{QStringLiteral("priority"), keyOf(priority), keyOf(before->priority),
                              keyOf(priority)};
    }
    if (changes.isEmpty())
        return before;

    for (const Change& change : changes) {
        // Column names come from the fixed list above, never from input.
        auto q =
            sql::run(db, QStringLiteral("UPDATE cases SET %1 = ? WHERE id = ?").arg(change.column),
                     {change.value, id}, Tr::tr("changing %1 of %2").arg(change.column, referenceFor(id)));
        if (!q)
            return std::unexpected(q.error());
        if (change.oldShown.isEmpty() && change.newShown.isEmpty())
            continue;
        const QString field =
            change.column == QLatin1String("product_id") ? QStringLiteral("product") : change.column;
        if (auto ok =
                appendEvent(db, id, CaseEvent::Kind::FieldChanged, field, change.oldShown, change.newShown);
            !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = CaseJournal::touch(db, id); !ok)
        return std::unexpected(ok.error());
    // A product set now may show what intake could not: the same product
    // as a recovery that did not hold.
    if (auto flagged = SecondFailure::flagIn(db, id, m_actorId); !flagged)
        return std::unexpected(flagged.error());
    // A new priority brings new targets.
    if (auto ok = SlaRepository::refreshIn(db, id); !ok)
        return std::unexpected(ok.error());
    if (auto ok = tx.commit(); !ok)
        return std::unexpected(ok.error());
    return get(id);
}

Result<Case> CaseRepository::addNote(qint64 id, const QString& note)
{
    if (note.trimmed().isEmpty())
        return invalid(QStringLiteral("note"), Tr::tr("The note is empty."));
    if (note.size() > maxDescription)
        return invalid(QStringLiteral("note"),
                       Tr::tr("A note may be at most %1 characters long.").arg(maxDescription));
    return changeOne(id, -1, [&](const QSqlDatabase& db, const Current&) -> Status {
        if (auto ok = appendEvent(db, id, CaseEvent::Kind::Note, {}, {}, {}, note.trimmed()); !ok)
            return ok;
        return CaseJournal::touch(db, id);
    });
}

Status CaseRepository::transitionMany(const QList<qint64>& ids, CaseStatus to)
{
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    QStringList refused;
    QStringList unready;
    for (qint64 id : ids) {
        auto current = lock(db, id, -1);
        if (!current)
            return std::unexpected(current.error());
        if (!Lifecycle::allows(current->status, to)) {
            refused << referenceFor(id);
            continue;
        }
        auto missing = RecoveryRepository::missingFor(db, id, to);
        if (!missing)
            return std::unexpected(missing.error());
        if (!missing->isEmpty()) {
            unready << referenceFor(id);
            continue;
        }
        if (auto ok = moveOne(db, *current, to); !ok)
            return ok;
    }
    QStringList reasons;
    if (!refused.isEmpty())
        reasons
            << Tr::tr("%1 cannot move to %2 from where they are").arg(listReferences(refused), labelOf(to));
    if (!unready.isEmpty())
        reasons << Tr::tr("%1 lack recovery steps that %2 needs").arg(listReferences(unready), labelOf(to));
    if (!reasons.isEmpty())
        return fail(Error::Code::IllegalTransition,
                    Tr::tr("No case was changed: %1.").arg(reasons.join(QStringLiteral("; "))));
    return tx.commit();
}

Status CaseRepository::assignMany(const QList<qint64>& ids, qint64 ownerId)
{
    auto name = ownerName(ownerId);
    if (!name)
        return std::unexpected(name.error());
    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return ok;
    for (qint64 id : ids) {
        auto current = lock(db, id, -1);
        if (!current)
            return std::unexpected(current.error());
        if (auto ok = assignOne(db, *current, ownerId, *name); !ok)
            return ok;
    }
    return tx.commit();
}

Result<qint64> CaseRepository::count()
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM cases"), {},
                         Tr::tr("counting cases"), 0);
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<QHash<CaseStatus, qint64>> CaseRepository::countByStatus()
{
    auto q = sql::run(m_db.connection(), QStringLiteral("SELECT status, count(*) FROM cases GROUP BY status"),
                      Tr::tr("counting cases by status"));
    if (!q)
        return std::unexpected(q.error());
    QHash<CaseStatus, qint64> counts;
    for (CaseStatus s : allStatuses())
        counts.insert(s, 0);
    while (q->next()) {
        if (auto s = statusFromKey(q->value(0).toString()))
            counts[*s] = q->value(1).toLongLong();
    }
    return counts;
}

QString displayEventValue(const QString& field, const QString& value)
{
    if (value.isEmpty())
        return value;
    if (field == QLatin1String("status"))
        return statusFromKey(value).transform([](CaseStatus s) { return labelOf(s); }).value_or(value);
    if (field == QLatin1String("channel"))
        return channelFromKey(value).transform([](Channel c) { return labelOf(c); }).value_or(value);
    if (field == QLatin1String("severity"))
        return severityFromInt(value.toInt())
            .transform([](Severity s) { return labelOf(s); })
            .value_or(value);
    if (field == QLatin1String("impact"))
        return impactFromInt(value.toInt())
            .transform([](BusinessImpact i) { return labelOf(i); })
            .value_or(value);
    if (field == QLatin1String("priority"))
        return priorityFromKey(value).transform([](Priority p) { return labelOf(p); }).value_or(value);
    if (field == QLatin1String("escalation"))
        return escalationLevelFromKey(value)
            .transform([](EscalationLevel l) { return labelOf(l); })
            .value_or(value);
    if (field == QLatin1String("obligation"))
        return obligationKindFromKey(value)
            .transform([](Obligation::Kind k) { return labelOf(k); })
            .value_or(value);
    return value;
}

} // namespace redress::core
