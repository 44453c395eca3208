#pragma once

// A store with a known SLA calendar and known targets, for tests whose due
// times are worked out by hand: Berlin, Monday to Friday 09:00–17:00.
// Normal cases: acknowledge 1 h, first contact 2 h, resolve 8 h, lead's time
// 4 h. Emergencies: around the clock, 15 min / 30 min / 4 h, lead's time 1 h.

#include "core/cases/Case.h"
#include "core/cases/User.h"
#include "core/sla/SlaPolicy.h"
#include "core/store/CaseRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/Helpers.h"
#include "support/TempStore.h"

#include <QSqlQuery>

#include <algorithm>
#include <QTimeZone>

namespace redress::test {

inline QDateTime berlin(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Berlin"));
}

inline QDateTime utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

inline core::SlaPolicies testPolicies()
{
    QHash<core::Priority, core::SlaTargets> t;
    for (core::Priority p : core::allPriorities())
        t.insert(p, core::SlaTargets{60, 120, 480, 240, false});
    t.insert(core::Priority::Emergency, core::SlaTargets{15, 30, 240, 60, true});
    auto made = core::SlaPolicies::make(t);
    REQUIRE(made.has_value());
    return *made;
}

inline core::BusinessCalendar berlinOffice()
{
    auto cal = core::BusinessCalendar::standard("Europe/Berlin");
    REQUIRE(cal.has_value());
    return *cal;
}

/// A user of the given role; the store's first user (an administrator) is
/// made first so the roles asked for are the ones given.
inline core::User slaUser(const core::Database& db, const QString& login, core::Role role)
{
    auto admin = core::UserRepository(db).ensure(QStringLiteral("admin"), QStringLiteral("Admin"));
    REQUIRE(admin.has_value());
    auto u = core::UserRepository(db).ensure(login, login);
    REQUIRE(u.has_value());
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("UPDATE users SET role = ? WHERE id = ?")));
    q.addBindValue(core::keyOf(role));
    q.addBindValue(u->id);
    REQUIRE(q.exec());
    core::User user = *u;
    user.role = role;
    return user;
}

/// Sets the test calendar and targets on the store.
inline void useTestSla(const core::Database& db)
{
    core::SlaRepository sla(db, slaUser(db, QStringLiteral("lead"), core::Role::Lead));
    auto cal = sla.setCalendar(berlinOffice());
    INFO(describe(cal));
    REQUIRE(cal.has_value());
    auto pol = sla.setPolicies(testPolicies());
    INFO(describe(pol));
    REQUIRE(pol.has_value());
}

/// A case opened at the clock's time.
inline core::Case openCase(const core::Database& db, qint64 actorId,
                           core::BusinessImpact impact = core::BusinessImpact::None)
{
    const core::NewCase intake =
        CaseBuilder()
            .customer(QStringLiteral("Dana Dentist"))
            .description(QStringLiteral("The suction stopped in the middle of a treatment."))
            .severity(core::Severity::Medium)
            .impact(impact)
            .build();
    auto made = core::CaseRepository(db, actorId).create(intake);
    INFO(describe(made));
    REQUIRE(made.has_value());
    return *made;
}

/// A stored instant of a case, such as "sla_due".
inline QDateTime storedTime(const core::Database& db, qint64 caseId, const char* column)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.prepare(QStringLiteral("SELECT %1 FROM cases WHERE id = ?").arg(QLatin1String(column))));
    q.addBindValue(caseId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), QTimeZone::utc());
}

/// How many of the case's timeline events changed `field` ("escalation",
/// "waiting" …).
inline qsizetype eventsOn(const core::Database& db, qint64 caseId, const QString& field)
{
    auto timeline = core::CaseRepository(db, 0).timeline(caseId);
    REQUIRE(timeline.has_value());
    return std::count_if(timeline->cbegin(), timeline->cend(),
                         [&](const core::CaseEvent& e) { return e.field == field; });
}

/// A store with the test calendar and targets, a rep, and the clock held at
/// `start`.
struct SlaDesk
{
    explicit SlaDesk(QDateTime start) : clock(std::move(start))
    {
        useTestSla(db);
        rep = slaUser(db, QStringLiteral("rep"), core::Role::Rep);
    }
    TempStore store;
    const core::Database& db = store.db();
    core::User rep;
    FixedClock clock;
};

} // namespace redress::test
