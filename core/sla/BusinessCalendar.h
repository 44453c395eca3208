#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace redress::core {

/// One stretch of working hours on a weekday, in local wall-clock minutes
/// since midnight: [startMinute, endMinute), 0 ≤ start < end ≤ 1440. Minutes
/// rather than QTime because a shift may run to midnight (1440), which
/// QTime cannot say, and because the store will keep them as integers.
struct WorkingInterval
{
    int startMinute = 0;
    int endMinute = 0;

    /// From wall-clock times; `to` of 00:00 means midnight at the end of the day.
    static WorkingInterval between(QTime from, QTime to);
    friend bool operator==(const WorkingInterval&, const WorkingInterval&) = default;
};

/// Working hours per weekday, index 0 = Monday … 6 = Sunday.
using WeekHours = std::array<QList<WorkingInterval>, 7>;

/// Whole local days off: `from` to `to` inclusive; an invalid `to` means the
/// single day `from`.
struct Holiday
{
    QDate from;
    QDate to;
    QString name;

    QDate last() const { return to.isValid() ? to : from; }
    /// Equal when they cover the same days under the same name: a single
    /// day may be given with `to` invalid or equal to `from`.
    friend bool operator==(const Holiday& a, const Holiday& b)
    {
        return a.from == b.from && a.last() == b.last() && a.name == b.name;
    }
};

/// A span during which an SLA clock stands still, in UTC: [start, end). An
/// invalid `end` means the clock is still paused.
struct Pause
{
    QDateTime start;
    QDateTime end;
};

/// Working days and hours, holidays and a time zone: the clock SLAs run on.
///
/// Hours are wall-clock times in the calendar's zone; every instant going
/// in or out is absolute (returned in UTC). Around daylight-saving changes a
/// local time that does not exist (spring forward) stands for the instant
/// the clocks jump, and a local time that happens twice (fall back) for its
/// first occurrence, so a night shift across the change counts the hours
/// really worked and nothing is counted twice or skipped.
///
/// Cost: one computation walks the local days it spans, O(days). Adding
/// business time gives up (invalid result) after about three years of days
/// without any working hours, or a century of walking in all.
class BusinessCalendar
{
public:
    /// The same as alwaysOpen(), so a calendar can be a plain member.
    BusinessCalendar();
    /// Validates and builds a calendar. `zoneId` is an IANA id such as
    /// "Europe/Berlin" (or "UTC"). Errors name the field: "zone", "week",
    /// "week.tuesday[1]" (the second interval given for Tuesday), "holidays[2]".
    static Result<BusinessCalendar> make(const QByteArray& zoneId, const WeekHours& week,
                                         const QList<Holiday>& holidays = {});
    /// Every minute of every day, in UTC: the default when no calendar is set.
    static BusinessCalendar alwaysOpen();
    /// Monday to Friday, 09:00–17:00, in the given zone.
    static Result<BusinessCalendar> standard(const QByteArray& zoneId);

    const QTimeZone& zone() const { return m_zone; }
    /// The hours as given, each day's intervals sorted by start.
    const WeekHours& week() const { return m_week; }
    /// The holidays sorted by first day.
    const QList<Holiday>& holidays() const { return m_holidays; }

    bool isHoliday(QDate localDate) const;
    /// Whether `at` falls inside working hours (start inclusive, end exclusive).
    bool isBusinessTime(const QDateTime& at) const;
    /// `at` itself when it is business time, else the start of the next working
    /// interval; invalid when none comes within the search limit.
    QDateTime nextBusinessStart(const QDateTime& at) const;

    /// Business time between two instants, less the paused spans (pauses may
    /// overlap each other and non-working time; nothing is subtracted twice).
    /// 0 when `to` is not after `from` or either is invalid: elapsed time never
    /// runs backwards.
    qint64 businessMsecsBetween(const QDateTime& from, const QDateTime& to,
                                const QList<Pause>& pauses = {}) const;

    /// The instant at which `msecs` of unpaused business time have passed since
    /// `start`: an SLA's due time. `msecs` 0 gives `start` itself; when the
    /// time runs out exactly at the end of an interval, that end (Friday 17:00,
    /// not Monday 09:00). Invalid (a due time not known) when:
    /// - a pause without an end begins before the time is used up (the due
    ///   time depends on when the pause ends; a due time reached before the
    ///   pause began is still returned);
    /// - `msecs` < 0 or `start` is invalid (callers validate durations first);
    /// - no working hours come within the search limit (see the class comment).
    QDateTime addBusinessMsecs(const QDateTime& start, qint64 msecs, const QList<Pause>& pauses = {}) const;

    /// The same zone (by IANA id), hours and holidays: whether saving one
    /// over the other would change any due time.
    friend bool operator==(const BusinessCalendar& a, const BusinessCalendar& b)
    {
        return a.m_zone.id() == b.m_zone.id() && a.m_week == b.m_week && a.m_holidays == b.m_holidays;
    }

private:
    QTimeZone m_zone;
    WeekHours m_week;
    QList<Holiday> m_holidays;
};

} // namespace redress::core
