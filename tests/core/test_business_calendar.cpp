// Business-time arithmetic: every expected instant below was worked out by
// hand from the calendar, the zone's transition and the pauses given.
#include "core/sla/BusinessCalendar.h"

#include "support/Helpers.h"

#include <catch2/catch.hpp>

#include <ctime>

using namespace redress::core;

namespace {

constexpr qint64 kHour = 3600 * 1000;
constexpr qint64 kMinute = 60 * 1000;

QDateTime utc(const char* iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    REQUIRE(t.isValid());
    return t.toUTC();
}

std::string text(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate).toStdString() : std::string("invalid");
}

WorkingInterval hours(int fromHour, int fromMinute, int toHour, int toMinute)
{
    return WorkingInterval{fromHour * 60 + fromMinute, toHour * 60 + toMinute};
}

WeekHours everyDay(const QList<WorkingInterval>& day)
{
    WeekHours week;
    week.fill(day);
    return week;
}

WeekHours weekdays(const QList<WorkingInterval>& day)
{
    WeekHours week;
    for (int i = 0; i < 5; ++i)
        week[i] = day;
    return week;
}

BusinessCalendar calendar(const QByteArray& zone, const WeekHours& week, const QList<Holiday>& holidays = {})
{
    auto cal = BusinessCalendar::make(zone, week, holidays);
    INFO(redress::test::describe(cal));
    REQUIRE(cal.has_value());
    return *cal;
}

#define CHECK_AT(actual, expected) CHECK(text(actual) == text(utc(expected)))

Error refusal(const QByteArray& zone, const WeekHours& week, const QList<Holiday>& holidays = {})
{
    auto cal = BusinessCalendar::make(zone, week, holidays);
    REQUIRE_FALSE(cal.has_value());
    CHECK(cal.error().code == Error::Code::InvalidInput);
    return cal.error();
}

} // namespace

TEST_CASE("Business time runs over a weekend and from outside hours", "[sla]")
{
    auto made = BusinessCalendar::standard("UTC");
    REQUIRE(made.has_value());
    const BusinessCalendar& cal = *made;

    // Friday 16:00 + 2 h: one hour on Friday, one on Monday.
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-20T16:00:00Z"), 2 * kHour), "2026-11-23T10:00:00Z");
    CHECK(cal.businessMsecsBetween(utc("2026-11-20T16:00:00Z"), utc("2026-11-23T10:00:00Z")) == 2 * kHour);
    // Time used up exactly at closing is due at closing, not the next opening.
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-20T16:00:00Z"), kHour), "2026-11-20T17:00:00Z");
    // Saturday 11:00 and Monday 07:00 both start counting at Monday 09:00.
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-21T11:00:00Z"), kHour), "2026-11-23T10:00:00Z");
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-23T07:00:00Z"), kHour), "2026-11-23T10:00:00Z");
    // Two full weeks of 40 hours from a Monday opening end on the second Friday's close.
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-23T09:00:00Z"), 80 * kHour), "2026-12-04T17:00:00Z");

    CHECK(cal.isBusinessTime(utc("2026-11-23T09:00:00Z")));
    CHECK_FALSE(cal.isBusinessTime(utc("2026-11-23T17:00:00Z")));
    CHECK_FALSE(cal.isBusinessTime(utc("2026-11-21T11:00:00Z")));
    CHECK_AT(cal.nextBusinessStart(utc("2026-11-21T11:00:00Z")), "2026-11-23T09:00:00Z");
    CHECK_AT(cal.nextBusinessStart(utc("2026-11-23T10:15:00Z")), "2026-11-23T10:15:00Z");

    // Zero is due at once; negative durations and invalid instants are refused.
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-21T11:00:00Z"), 0), "2026-11-21T11:00:00Z");
    CHECK_FALSE(cal.addBusinessMsecs(utc("2026-11-20T16:00:00Z"), -1).isValid());
    CHECK_FALSE(cal.addBusinessMsecs(QDateTime(), kHour).isValid());
    // Elapsed time never runs backwards.
    CHECK(cal.businessMsecsBetween(utc("2026-11-23T12:00:00Z"), utc("2026-11-23T10:00:00Z")) == 0);
    CHECK(cal.businessMsecsBetween(QDateTime(), utc("2026-11-23T10:00:00Z")) == 0);
    // Results come back in UTC.
    CHECK(cal.addBusinessMsecs(utc("2026-11-20T16:00:00Z"), kHour).timeSpec() == Qt::UTC);
}

TEST_CASE("Holidays and holiday ranges remove whole days", "[sla]")
{
    const WeekHours nineToFive = weekdays({hours(9, 0, 17, 0)});
    const auto single =
        calendar("UTC", nineToFive, {{QDate(2026, 11, 23), {}, QStringLiteral("Founders' Day")}});
    CHECK(single.isHoliday(QDate(2026, 11, 23)));
    CHECK_FALSE(single.isHoliday(QDate(2026, 11, 24)));
    CHECK_AT(single.addBusinessMsecs(utc("2026-11-20T16:00:00Z"), 2 * kHour), "2026-11-24T10:00:00Z");
    CHECK_FALSE(single.isBusinessTime(utc("2026-11-23T10:00:00Z")));

    const auto range = calendar("UTC", nineToFive,
                                {{QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Christmas")},
                                 {QDate(2026, 11, 23), QDate(2026, 11, 25), QStringLiteral("Closing week")}});
    // Sorted by date whatever order they were given in.
    CHECK(range.holidays().first().name == QStringLiteral("Closing week"));
    CHECK_AT(range.addBusinessMsecs(utc("2026-11-20T16:00:00Z"), 2 * kHour), "2026-11-26T10:00:00Z");
    CHECK(range.businessMsecsBetween(utc("2026-11-20T16:00:00Z"), utc("2026-11-26T10:00:00Z")) == 2 * kHour);
    // Wednesday 23rd 16:00 + 2 h: Thursday to Saturday off, so Monday 28th 10:00.
    CHECK_AT(range.addBusinessMsecs(utc("2026-12-23T16:00:00Z"), 2 * kHour), "2026-12-28T10:00:00Z");
}

TEST_CASE("A day with a lunch break counts only its intervals", "[sla]")
{
    const auto cal = calendar("UTC", weekdays({hours(13, 0, 17, 0), hours(8, 0, 12, 0)}));
    // Given out of order, kept sorted.
    CHECK(cal.week()[0].first() == hours(8, 0, 12, 0));
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-23T11:00:00Z"), 2 * kHour), "2026-11-23T14:00:00Z");
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-23T11:30:00Z"), 4 * kHour), "2026-11-23T16:30:00Z");
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-23T12:30:00Z"), kHour), "2026-11-23T14:00:00Z");
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-23T11:00:00Z"), kHour), "2026-11-23T12:00:00Z");
    CHECK(cal.businessMsecsBetween(utc("2026-11-23T00:00:00Z"), utc("2026-11-24T00:00:00Z")) == 8 * kHour);
    CHECK_FALSE(cal.isBusinessTime(utc("2026-11-23T12:30:00Z")));
    CHECK_AT(cal.nextBusinessStart(utc("2026-11-23T12:30:00Z")), "2026-11-23T13:00:00Z");
}

TEST_CASE("Adding and measuring business time are inverses", "[sla]")
{
    const auto cal = calendar("Europe/Berlin", weekdays({hours(8, 0, 12, 0), hours(13, 0, 17, 30)}),
                              {{QDate(2026, 3, 30), QDate(2026, 4, 1), QStringLiteral("Spring break")}});
    const QList<Pause> pauses = {{utc("2026-03-25T10:00:00Z"), utc("2026-03-26T09:00:00Z")}};
    const QList<QDateTime> starts = {utc("2026-03-20T06:59:00Z"), utc("2026-03-27T15:45:00Z"),
                                     utc("2026-03-28T11:00:00Z"), utc("2026-03-24T11:30:00Z"),
                                     utc("2026-10-23T16:00:00Z")};
    const QList<qint64> durations = {1, kMinute, kHour, 4 * kHour, 9 * kHour + 30 * kMinute, 100 * kHour};
    for (const QDateTime& start : starts) {
        for (qint64 msecs : durations) {
            for (const QList<Pause>& p : {QList<Pause>{}, pauses}) {
                const QDateTime due = cal.addBusinessMsecs(start, msecs, p);
                INFO(text(start) << " + " << msecs << " ms = " << text(due));
                REQUIRE(due.isValid());
                CHECK(cal.businessMsecsBetween(start, due, p) == msecs);
                // The due time is the first such instant: a millisecond earlier falls short.
                CHECK(cal.businessMsecsBetween(start, due.addMSecs(-1), p) == msecs - 1);
            }
        }
    }
    // The other way round, from an instant inside working hours.
    const QDateTime start = utc("2026-03-20T09:00:00Z");
    for (const char* end : {"2026-03-20T10:00:00Z", "2026-03-23T14:10:00Z", "2026-04-02T07:00:00Z"}) {
        const qint64 elapsed = cal.businessMsecsBetween(start, utc(end));
        CHECK_AT(cal.addBusinessMsecs(start, elapsed), end);
    }
}

TEST_CASE("Paused time does not count, and an open pause leaves the due time unknown", "[sla]")
{
    const BusinessCalendar cal = *BusinessCalendar::standard("UTC");
    const QDateTime monday = utc("2026-11-23T09:00:00Z");
    CHECK_AT(cal.addBusinessMsecs(monday, 8 * kHour), "2026-11-23T17:00:00Z");

    SECTION("a pause inside working hours")
    {
        const QList<Pause> p = {{utc("2026-11-23T10:00:00Z"), utc("2026-11-23T11:00:00Z")}};
        CHECK_AT(cal.addBusinessMsecs(monday, 8 * kHour, p), "2026-11-24T10:00:00Z");
        CHECK(cal.businessMsecsBetween(monday, utc("2026-11-23T17:00:00Z"), p) == 7 * kHour);
    }
    SECTION("a pause over a weekend takes only the business time inside it")
    {
        const QDateTime friday = utc("2026-11-20T15:00:00Z");
        CHECK_AT(cal.addBusinessMsecs(friday, 4 * kHour), "2026-11-23T11:00:00Z");
        const QList<Pause> p = {{utc("2026-11-20T16:00:00Z"), utc("2026-11-23T10:00:00Z")}};
        CHECK_AT(cal.addBusinessMsecs(friday, 4 * kHour, p), "2026-11-23T13:00:00Z");
        CHECK(cal.businessMsecsBetween(friday, utc("2026-11-23T13:00:00Z"), p) == 4 * kHour);
    }
    SECTION("overlapping pauses are not subtracted twice")
    {
        const QDateTime friday = utc("2026-11-20T15:00:00Z");
        const QList<Pause> p = {{utc("2026-11-21T23:00:00Z"), utc("2026-11-23T10:00:00Z")},
                                {utc("2026-11-20T16:00:00Z"), utc("2026-11-22T12:00:00Z")},
                                {utc("2026-11-23T09:30:00Z"), utc("2026-11-23T10:00:00Z")},
                                // backwards, so empty
                                {utc("2026-11-23T12:00:00Z"), utc("2026-11-23T11:00:00Z")}};
        CHECK_AT(cal.addBusinessMsecs(friday, 4 * kHour, p), "2026-11-23T13:00:00Z");
        CHECK(cal.businessMsecsBetween(friday, utc("2026-11-23T13:00:00Z"), p) == 4 * kHour);
    }
    SECTION("a pause that has not ended")
    {
        const QList<Pause> open = {{utc("2026-11-23T12:00:00Z"), {}}};
        CHECK_FALSE(cal.addBusinessMsecs(monday, 8 * kHour, open).isValid());
        CHECK(cal.businessMsecsBetween(monday, utc("2026-11-24T17:00:00Z"), open) == 3 * kHour);
        // A due time reached before the pause began is known.
        CHECK_AT(cal.addBusinessMsecs(monday, 3 * kHour, open), "2026-11-23T12:00:00Z");
        CHECK_AT(cal.addBusinessMsecs(monday, 2 * kHour, open), "2026-11-23T11:00:00Z");
        // A pause begun after closing still holds Tuesday's clock.
        const QList<Pause> evening = {{utc("2026-11-23T18:00:00Z"), {}}};
        CHECK_AT(cal.addBusinessMsecs(monday, 8 * kHour, evening), "2026-11-23T17:00:00Z");
        CHECK_FALSE(cal.addBusinessMsecs(monday, 8 * kHour + 1, evening).isValid());
    }
}

TEST_CASE("Daylight saving in Europe/Berlin: a night shift counts the hours really worked", "[sla]")
{
    // Every day 01:00–05:00 local. 29 March 2026: 02:00 CET jumps to 03:00 CEST
    // (01:00Z). 25 October 2026: 03:00 CEST falls back to 02:00 CET (01:00Z).
    const auto night = calendar("Europe/Berlin", everyDay({hours(1, 0, 5, 0)}));
    // 01:00 CET = 00:00Z to 05:00 CEST = 03:00Z: three hours.
    CHECK(night.businessMsecsBetween(utc("2026-03-28T12:00:00Z"), utc("2026-03-29T12:00:00Z")) == 3 * kHour);
    CHECK_AT(night.addBusinessMsecs(utc("2026-03-29T00:00:00Z"), 3 * kHour), "2026-03-29T03:00:00Z");
    // Half an hour more runs into Monday's shift, 01:00 CEST = Sunday 23:00Z.
    CHECK_AT(night.addBusinessMsecs(utc("2026-03-29T00:00:00Z"), 3 * kHour + 30 * kMinute),
             "2026-03-29T23:30:00Z");
    CHECK(night.isBusinessTime(utc("2026-03-29T00:30:00Z")));
    CHECK(night.isBusinessTime(utc("2026-03-29T02:59:00Z")));
    CHECK_FALSE(night.isBusinessTime(utc("2026-03-29T03:00:00Z")));
    // The day before and after: four hours, offset by the change.
    CHECK(night.businessMsecsBetween(utc("2026-03-27T12:00:00Z"), utc("2026-03-28T12:00:00Z")) == 4 * kHour);
    CHECK(night.businessMsecsBetween(utc("2026-03-29T12:00:00Z"), utc("2026-03-30T12:00:00Z")) == 4 * kHour);
    // Autumn: 01:00 CEST = 24 Oct 23:00Z to 05:00 CET = 04:00Z: five hours.
    CHECK(night.businessMsecsBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-25T12:00:00Z")) == 5 * kHour);
    CHECK_AT(night.addBusinessMsecs(utc("2026-10-24T23:00:00Z"), 5 * kHour), "2026-10-25T04:00:00Z");
    CHECK_AT(night.addBusinessMsecs(utc("2026-10-24T23:00:00Z"), 2 * kHour + 30 * kMinute),
             "2026-10-25T01:30:00Z");

    // A day shift is untouched by a change at night: eight hours either Sunday.
    const auto day = calendar("Europe/Berlin", everyDay({hours(9, 0, 17, 0)}));
    CHECK(day.businessMsecsBetween(utc("2026-03-28T20:00:00Z"), utc("2026-03-29T20:00:00Z")) == 8 * kHour);
    CHECK_AT(day.addBusinessMsecs(utc("2026-03-28T16:00:00Z"), 8 * kHour), "2026-03-29T15:00:00Z");
    CHECK(day.businessMsecsBetween(utc("2026-10-24T20:00:00Z"), utc("2026-10-25T20:00:00Z")) == 8 * kHour);
    CHECK_AT(day.addBusinessMsecs(utc("2026-10-24T15:00:00Z"), kHour), "2026-10-25T09:00:00Z");

    // Hours starting at a wall-clock time that does not exist begin at the
    // jump; at one that happens twice, at its first occurrence.
    const auto odd = calendar("Europe/Berlin", everyDay({hours(2, 30, 4, 0)}));
    CHECK(odd.businessMsecsBetween(utc("2026-03-28T12:00:00Z"), utc("2026-03-29T12:00:00Z")) == kHour);
    CHECK_AT(odd.nextBusinessStart(utc("2026-03-28T12:00:00Z")), "2026-03-29T01:00:00Z");
    CHECK(odd.businessMsecsBetween(utc("2026-10-24T12:00:00Z"), utc("2026-10-25T12:00:00Z")) ==
          2 * kHour + 30 * kMinute);
    CHECK_AT(odd.nextBusinessStart(utc("2026-10-24T12:00:00Z")), "2026-10-25T00:30:00Z");
}

TEST_CASE("Daylight saving in America/New_York: a shift across midnight and the change", "[sla]")
{
    // 22:00–24:00 and 00:00–06:00 every day: one night shift in two intervals.
    // 8 March 2026: 02:00 EST jumps to 03:00 EDT (07:00Z). 1 November 2026:
    // 02:00 EDT falls back to 01:00 EST (06:00Z).
    const auto night = calendar("America/New_York", everyDay({hours(0, 0, 6, 0), hours(22, 0, 24, 0)}));
    // Sat 22:00 EST = 03:00Z to Sun 06:00 EDT = 10:00Z: seven hours.
    CHECK(night.businessMsecsBetween(utc("2026-03-07T20:00:00Z"), utc("2026-03-08T12:00:00Z")) == 7 * kHour);
    CHECK_AT(night.addBusinessMsecs(utc("2026-03-08T03:00:00Z"), 7 * kHour), "2026-03-08T10:00:00Z");
    // The next shift starts Sunday 22:00 EDT = Monday 02:00Z.
    CHECK_AT(night.addBusinessMsecs(utc("2026-03-08T03:00:00Z"), 7 * kHour + 1), "2026-03-09T02:00:00.001Z");
    // Sat 22:00 EDT = 02:00Z to Sun 06:00 EST = 11:00Z: nine hours.
    CHECK(night.businessMsecsBetween(utc("2026-10-31T20:00:00Z"), utc("2026-11-01T12:00:00Z")) == 9 * kHour);
    CHECK_AT(night.addBusinessMsecs(utc("2026-11-01T02:00:00Z"), 9 * kHour), "2026-11-01T11:00:00Z");

    const auto day = calendar("America/New_York", everyDay({hours(9, 0, 17, 0)}));
    CHECK(day.businessMsecsBetween(utc("2026-03-08T00:00:00Z"), utc("2026-03-09T00:00:00Z")) == 8 * kHour);
    CHECK_AT(day.addBusinessMsecs(utc("2026-03-08T00:00:00Z"), kHour), "2026-03-08T14:00:00Z");
    CHECK(day.businessMsecsBetween(utc("2026-11-01T00:00:00Z"), utc("2026-11-02T00:00:00Z")) == 8 * kHour);
    CHECK_AT(day.addBusinessMsecs(utc("2026-11-01T00:00:00Z"), kHour), "2026-11-01T15:00:00Z");
}

TEST_CASE("The machine's own time zone does not leak into a calendar", "[sla]")
{
    // Run the same sums with the process's local zone far from Berlin; the
    // answers must not move.
    const QByteArray saved = qgetenv("TZ");
    const bool hadTz = qEnvironmentVariableIsSet("TZ");
    for (const char* tz : {"Pacific/Kiritimati", "America/Los_Angeles", "UTC"}) {
        qputenv("TZ", tz);
        tzset();
        INFO("TZ=" << tz);
        const auto cal = calendar("Europe/Berlin", weekdays({hours(9, 0, 17, 0)}));
        // Friday 16:00 CET = 15:00Z + 2 h → Monday 10:00 CET = 09:00Z.
        CHECK_AT(cal.addBusinessMsecs(utc("2026-11-20T15:00:00Z"), 2 * kHour), "2026-11-23T09:00:00Z");
        CHECK(cal.isBusinessTime(utc("2026-11-23T08:00:00Z")));
        CHECK_FALSE(cal.isBusinessTime(utc("2026-11-23T07:59:00Z")));
        CHECK(cal.businessMsecsBetween(utc("2026-11-23T00:00:00Z"), utc("2026-11-24T00:00:00Z")) ==
              8 * kHour);
    }
    if (hadTz)
        qputenv("TZ", saved);
    else
        qunsetenv("TZ");
    tzset();
}

TEST_CASE("A bad calendar is refused, naming the field at fault", "[sla]")
{
    const WeekHours good = weekdays({hours(9, 0, 17, 0)});

    SECTION("no working hours")
    {
        const Error e = refusal("UTC", WeekHours{});
        CHECK(e.field == QStringLiteral("week"));
        CHECK(e.message.contains(QStringLiteral("no working hours")));
    }
    SECTION("overlapping intervals")
    {
        WeekHours week = good;
        week[1] = {hours(9, 0, 12, 0), hours(11, 0, 14, 0)};
        const Error e = refusal("UTC", week);
        CHECK(e.field == QStringLiteral("week.tuesday[1]"));
        CHECK(e.message.contains(QStringLiteral("Tuesday")));
        CHECK(e.message.contains(QStringLiteral("09:00–12:00")));
        CHECK(e.message.contains(QStringLiteral("11:00–14:00")));
        // Touching is not overlapping.
        week[1] = {hours(9, 0, 12, 0), hours(12, 0, 14, 0)};
        CHECK(BusinessCalendar::make("UTC", week).has_value());
    }
    SECTION("hours that end before they start, or are empty")
    {
        WeekHours week = good;
        week[2] = {hours(8, 0, 9, 0), hours(17, 0, 9, 0)};
        Error e = refusal("UTC", week);
        CHECK(e.field == QStringLiteral("week.wednesday[1]"));
        CHECK(e.message.contains(QStringLiteral("Wednesday")));
        CHECK(e.message.contains(QStringLiteral("17:00–09:00")));
        week[2] = {hours(9, 0, 9, 0)};
        e = refusal("UTC", week);
        CHECK(e.field == QStringLiteral("week.wednesday[0]"));
        week[2] = {hours(9, 0, 24, 1)};
        e = refusal("UTC", week);
        CHECK(e.field == QStringLiteral("week.wednesday[0]"));
        CHECK(e.message.contains(QStringLiteral("24:00")));
    }
    SECTION("overlapping holidays")
    {
        const QList<Holiday> holidays = {
            {QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Christmas")},
            {QDate(2027, 1, 1), {}, QStringLiteral("New Year")},
            {QDate(2026, 12, 26), {}, QStringLiteral("Boxing Day")}};
        const Error e = refusal("UTC", good, holidays);
        CHECK(e.field == QStringLiteral("holidays[2]"));
        CHECK(e.message.contains(QStringLiteral("Christmas")));
        CHECK(e.message.contains(QStringLiteral("Boxing Day")));
    }
    SECTION("a holiday that ends before it starts, or has no date")
    {
        Error e = refusal("UTC", good,
                          {{QDate(2026, 1, 1), {}, QStringLiteral("New Year")},
                           {QDate(2026, 8, 10), QDate(2026, 8, 1), QStringLiteral("Summer")}});
        CHECK(e.field == QStringLiteral("holidays[1]"));
        CHECK(e.message.contains(QStringLiteral("Summer")));
        e = refusal("UTC", good, {{QDate(), {}, QStringLiteral("Someday")}});
        CHECK(e.field == QStringLiteral("holidays[0]"));
    }
    SECTION("an unknown or missing time zone")
    {
        Error e = refusal("Mars/Olympus_Mons", good);
        CHECK(e.field == QStringLiteral("zone"));
        CHECK(e.message.contains(QStringLiteral("Mars/Olympus_Mons")));
        e = refusal("", good);
        CHECK(e.field == QStringLiteral("zone"));
        CHECK_FALSE(BusinessCalendar::standard("Nowhere/Special").has_value());
    }
}

TEST_CASE("A calendar without working days for years gives up instead of walking on", "[sla]")
{
    WeekHours mondays;
    mondays[0] = {hours(9, 0, 17, 0)};
    const QDateTime start = utc("2026-01-05T09:00:00Z");

    const auto closed =
        calendar("UTC", mondays, {{QDate(2026, 1, 1), QDate(2030, 12, 31), QStringLiteral("Closed")}});
    CHECK_FALSE(closed.addBusinessMsecs(start, kHour).isValid());
    CHECK_FALSE(closed.nextBusinessStart(start).isValid());
    CHECK(closed.businessMsecsBetween(start, utc("2030-12-31T00:00:00Z")) == 0);

    // Two and a half years closed is long but within reach: the first Monday after.
    const auto reopens =
        calendar("UTC", mondays, {{QDate(2026, 1, 1), QDate(2028, 6, 30), QStringLiteral("Rebuilding")}});
    CHECK_AT(reopens.addBusinessMsecs(start, kHour), "2028-07-03T10:00:00Z");
    CHECK_AT(reopens.nextBusinessStart(start), "2028-07-03T09:00:00Z");
}

TEST_CASE("The always-open calendar counts every millisecond", "[sla]")
{
    const BusinessCalendar cal = BusinessCalendar::alwaysOpen();
    CHECK(cal.zone() == QTimeZone::utc());
    CHECK_AT(cal.addBusinessMsecs(utc("2026-11-21T11:00:00Z"), 72 * kHour), "2026-11-24T11:00:00Z");
    CHECK(cal.businessMsecsBetween(utc("2026-11-21T11:00:00Z"), utc("2026-11-22T11:00:00Z")) == 24 * kHour);
    CHECK(cal.isBusinessTime(utc("2026-11-22T00:00:00Z")));
    // Four years of time is long, not idle: no cap applies.
    CHECK_AT(cal.addBusinessMsecs(utc("2026-01-01T00:00:00Z"), 1461LL * 24 * kHour), "2030-01-01T00:00:00Z");
}

TEST_CASE("Calendars are equal when zone, hours and holidays are", "[sla]")
{
    const WeekHours week = everyDay({hours(9, 0, 12, 0), hours(13, 0, 17, 0)});
    const QList<Holiday> holidays{{QDate(2026, 12, 24), QDate(2026, 12, 26), QStringLiteral("Christmas")},
                                  {QDate(2026, 12, 31), QDate(), QStringLiteral("New Year's Eve")}};
    const auto base = BusinessCalendar::make("Europe/Berlin", week, holidays);
    REQUIRE(base);
    CHECK(*base == *BusinessCalendar::make("Europe/Berlin", week, holidays));

    SECTION("a single day is the same with or without its last day given")
    {
        QList<Holiday> spelled = holidays;
        spelled[1].to = spelled[1].from;
        CHECK(holidays[1] == spelled[1]);
        CHECK(*base == *BusinessCalendar::make("Europe/Berlin", week, spelled));
    }
    SECTION("any difference makes them unequal")
    {
        CHECK_FALSE(*base == *BusinessCalendar::make("Europe/Vienna", week, holidays));
        WeekHours shorter = week;
        shorter[4] = {hours(9, 0, 12, 0)};
        CHECK_FALSE(*base == *BusinessCalendar::make("Europe/Berlin", shorter, holidays));
        QList<Holiday> renamed = holidays;
        renamed[0].name = QStringLiteral("Holidays");
        CHECK_FALSE(*base == *BusinessCalendar::make("Europe/Berlin", week, renamed));
        CHECK_FALSE(*base == *BusinessCalendar::make("Europe/Berlin", week, holidays.mid(0, 1)));
        CHECK_FALSE(*base == BusinessCalendar::alwaysOpen());
    }
}
