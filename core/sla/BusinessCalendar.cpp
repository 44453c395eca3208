#include "core/sla/BusinessCalendar.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::BusinessCalendar)
};

constexpr int kMinutesPerDay = 24 * 60;
constexpr qint64 kMsecsPerMinute = 60 * 1000;
constexpr qint64 kMsecsPerDay = 24 * 60 * kMsecsPerMinute;
constexpr qint64 kForever = std::numeric_limits<qint64>::max();
// A calendar whose every working day is a holiday for this long is broken,
// not busy; give up rather than walk on.
constexpr int kMaxIdleDays = 3 * 366;
// No SLA is this long; the bound keeps a huge duration from walking for ever.
constexpr int kMaxWalkDays = 100 * 366;

const char* const kDayKeys[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};

QString dayName(int index)
{
    switch (index) {
    case 0: return Tr::tr("Monday");
    case 1: return Tr::tr("Tuesday");
    case 2: return Tr::tr("Wednesday");
    case 3: return Tr::tr("Thursday");
    case 4: return Tr::tr("Friday");
    case 5: return Tr::tr("Saturday");
    case 6: return Tr::tr("Sunday");
    }
    return {};
}

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

QString intervalText(const WorkingInterval& i)
{
    return Tr::tr("%1–%2").arg(clockText(i.startMinute), clockText(i.endMinute));
}

QString holidayText(const Holiday& h)
{
    const QString dates =
        h.last() == h.from
            ? h.from.toString(Qt::ISODate)
            : Tr::tr("%1 to %2").arg(h.from.toString(Qt::ISODate), h.last().toString(Qt::ISODate));
    return h.name.trimmed().isEmpty() ? dates : Tr::tr("“%1” (%2)").arg(h.name.trimmed(), dates);
}

QString weekField(int day, int index)
{
    return QStringLiteral("week.%1[%2]").arg(QLatin1String(kDayKeys[day])).arg(index);
}

struct Span
{
    qint64 start; // UTC ms, inclusive
    qint64 end;   // UTC ms, exclusive
};

qint64 msecsOf(const QDateTime& t)
{
    return t.toMSecsSinceEpoch();
}

QDateTime utcAt(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

const qint64 kEpochJulianDay = QDate(1970, 1, 1).toJulianDay();

/// Pauses as sorted, disjoint spans; an open pause runs to kForever.
QList<Span> mergedPauses(const QList<Pause>& pauses)
{
    QList<Span> spans;
    for (const Pause& p : pauses) {
        if (!p.start.isValid())
            continue;
        const qint64 s = msecsOf(p.start);
        const qint64 e = p.end.isValid() ? msecsOf(p.end) : kForever;
        if (e > s)
            spans.append({s, e});
    }
    std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.start < b.start; });
    QList<Span> merged;
    for (const Span& s : spans) {
        if (!merged.isEmpty() && s.start <= merged.last().end)
            merged.last().end = std::max(merged.last().end, s.end);
        else
            merged.append(s);
    }
    return merged;
}

/// Walks the unpaused parts of increasing spans; `next` only moves forward,
/// so a whole computation passes over the pauses once.
class PauseCursor
{
public:
    explicit PauseCursor(const QList<Pause>& pauses) : m_spans(mergedPauses(pauses)) {}

    /// Calls f(start, end) for each unpaused piece of [a, b), in order; stops
    /// early when f returns true and then returns true.
    template <typename F> bool forEachFree(qint64 a, qint64 b, F&& f)
    {
        while (m_next < m_spans.size() && m_spans[m_next].end <= a)
            ++m_next;
        qint64 at = a;
        for (qsizetype i = m_next; i < m_spans.size() && at < b; ++i) {
            const Span& p = m_spans[i];
            if (p.start >= b)
                break;
            if (p.start > at && f(at, p.start))
                return true;
            at = std::max(at, p.end);
        }
        return at < b && f(at, b);
    }

    /// Where the pause without an end begins, if there is one.
    std::optional<qint64> openStart() const
    {
        if (!m_spans.isEmpty() && m_spans.last().end == kForever)
            return m_spans.last().start;
        return std::nullopt;
    }

private:
    QList<Span> m_spans;
    qsizetype m_next = 0;
};

} // namespace

WorkingInterval WorkingInterval::between(QTime from, QTime to)
{
    const int start = from.msecsSinceStartOfDay() / int(kMsecsPerMinute);
    int end = to.msecsSinceStartOfDay() / int(kMsecsPerMinute);
    if (end == 0)
        end = kMinutesPerDay;
    return {start, end};
}

namespace {

/// The UTC instant of a local wall-clock time. A time in a spring-forward gap
/// maps to the jump itself; a time that occurs twice, to its first occurrence.
qint64 localToUtc(const QTimeZone& zone, QDate date, int minute)
{
    const qint64 local = (date.toJulianDay() - kEpochJulianDay) * kMsecsPerDay + minute * kMsecsPerMinute;
    // Offsets a day either side bracket any single transition near `local`.
    const qint64 before = zone.offsetFromUtc(utcAt(local - kMsecsPerDay)) * 1000LL;
    const qint64 after = zone.offsetFromUtc(utcAt(local + kMsecsPerDay)) * 1000LL;
    auto fits = [&](qint64 offset) { return zone.offsetFromUtc(utcAt(local - offset)) * 1000LL == offset; };
    const bool beforeFits = fits(before);
    if (before == after)
        return local - before;
    const bool afterFits = fits(after);
    if (beforeFits && afterFits)
        return std::min(local - before, local - after);
    if (beforeFits)
        return local - before;
    if (afterFits)
        return local - after;
    // In the gap: the jump lies after local - (larger offset).
    const auto jump = zone.nextTransition(utcAt(local - std::max(before, after)));
    return jump.atUtc.isValid() ? msecsOf(jump.atUtc) : local - before;
}

} // namespace

BusinessCalendar::BusinessCalendar() : m_zone(QTimeZone::utc())
{
    for (auto& day : m_week)
        day = {WorkingInterval{0, kMinutesPerDay}};
}

BusinessCalendar BusinessCalendar::alwaysOpen()
{
    return BusinessCalendar();
}

Result<BusinessCalendar> BusinessCalendar::standard(const QByteArray& zoneId)
{
    WeekHours week;
    for (int day = 0; day < 5; ++day)
        week[day] = {WorkingInterval{9 * 60, 17 * 60}};
    return make(zoneId, week);
}

Result<BusinessCalendar> BusinessCalendar::make(const QByteArray& zoneId, const WeekHours& week,
                                                const QList<Holiday>& holidays)
{
    if (zoneId.trimmed().isEmpty())
        return invalid(QStringLiteral("zone"), Tr::tr("The calendar needs a time zone."));
    const QTimeZone zone(zoneId);
    if (!zone.isValid())
        return invalid(QStringLiteral("zone"),
                       Tr::tr("The time zone “%1” is not known; use a name such as Europe/Berlin.")
                           .arg(QString::fromUtf8(zoneId)));

    BusinessCalendar cal;
    cal.m_zone = zone;
    bool anyHours = false;
    for (int day = 0; day < 7; ++day) {
        const QList<WorkingInterval>& given = week[day];
        for (qsizetype i = 0; i < given.size(); ++i) {
            const WorkingInterval& w = given[i];
            if (w.startMinute < 0 || w.endMinute > kMinutesPerDay || w.startMinute > kMinutesPerDay ||
                w.endMinute < 0)
                return invalid(weekField(day, int(i)),
                               Tr::tr("%1's hours %2 must lie between 00:00 and 24:00.")
                                   .arg(dayName(day), intervalText(w)));
            if (w.startMinute >= w.endMinute)
                return invalid(
                    weekField(day, int(i)),
                    Tr::tr("%1's hours %2 must end after they start.").arg(dayName(day), intervalText(w)));
        }
        // Check overlaps in start order, but name the intervals as given.
        QList<qsizetype> order(given.size());
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(),
                  [&](qsizetype a, qsizetype b) { return given[a].startMinute < given[b].startMinute; });
        for (qsizetype k = 1; k < order.size(); ++k) {
            const WorkingInterval& prev = given[order[k - 1]];
            const WorkingInterval& cur = given[order[k]];
            if (cur.startMinute < prev.endMinute)
                return invalid(weekField(day, int(std::max(order[k - 1], order[k]))),
                               Tr::tr("%1's hours %2 and %3 overlap.")
                                   .arg(dayName(day), intervalText(prev), intervalText(cur)));
        }
        QList<WorkingInterval> sorted;
        for (qsizetype i : order)
            sorted.append(given[i]);
        cal.m_week[day] = sorted;
        anyHours = anyHours || !sorted.isEmpty();
    }
    if (!anyHours)
        return invalid(QStringLiteral("week"),
                       Tr::tr("The calendar has no working hours: give at least one day some hours."));

    for (qsizetype i = 0; i < holidays.size(); ++i) {
        const Holiday& h = holidays[i];
        const QString field = QStringLiteral("holidays[%1]").arg(i);
        if (!h.from.isValid())
            return invalid(field, Tr::tr("Holiday %1 needs a valid date.").arg(i + 1));
        if (h.to.isValid() && h.to < h.from)
            return invalid(
                field, Tr::tr("Holiday “%1” ends on %2, before it starts on %3.")
                           .arg(h.name.trimmed(), h.to.toString(Qt::ISODate), h.from.toString(Qt::ISODate)));
    }
    QList<qsizetype> order(holidays.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](qsizetype a, qsizetype b) { return holidays[a].from < holidays[b].from; });
    for (qsizetype k = 1; k < order.size(); ++k) {
        const Holiday& prev = holidays[order[k - 1]];
        const Holiday& cur = holidays[order[k]];
        if (cur.from <= prev.last()) {
            const auto [first, second] = std::minmax(order[k - 1], order[k]);
            return invalid(QStringLiteral("holidays[%1]").arg(second),
                           Tr::tr("The holidays %1 and %2 overlap.")
                               .arg(holidayText(holidays[first]), holidayText(holidays[second])));
        }
    }
    for (qsizetype i : order)
        cal.m_holidays.append(holidays[i]);
    return cal;
}

bool BusinessCalendar::isHoliday(QDate localDate) const
{
    // Sorted and disjoint: only the last holiday starting on or before the
    // date can contain it.
    auto it = std::upper_bound(m_holidays.cbegin(), m_holidays.cend(), localDate,
                               [](QDate d, const Holiday& h) { return d < h.from; });
    return it != m_holidays.cbegin() && localDate <= std::prev(it)->last();
}

namespace {

/// The working spans of one local day in UTC, in order; empty on a day off.
/// Spans may touch the next day's but never overlap them, since the mapping
/// from wall-clock time to UTC never runs backwards.
void daySpans(const BusinessCalendar& cal, QDate date, QList<Span>& out)
{
    out.clear();
    const QList<WorkingInterval>& hours = cal.week()[date.dayOfWeek() - 1];
    if (hours.isEmpty() || cal.isHoliday(date))
        return;
    // Most days have no transition anywhere near them: then one offset serves
    // every interval, and the careful conversion is kept for the few that do.
    const qint64 midnight = (date.toJulianDay() - kEpochJulianDay) * kMsecsPerDay;
    const int before = cal.zone().offsetFromUtc(utcAt(midnight - kMsecsPerDay));
    const int after = cal.zone().offsetFromUtc(utcAt(midnight + 2 * kMsecsPerDay));
    auto toUtc = [&](int minute) {
        return before == after ? midnight + minute * kMsecsPerMinute - before * 1000LL
                               : localToUtc(cal.zone(), date, minute);
    };
    for (const WorkingInterval& w : hours) {
        const qint64 s = toUtc(w.startMinute);
        const qint64 e = toUtc(w.endMinute);
        if (e > s) // an interval wholly inside a spring-forward gap never happens
            out.append({s, e});
    }
}

QDate localDate(const QTimeZone& zone, qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).date();
}

} // namespace

bool BusinessCalendar::isBusinessTime(const QDateTime& at) const
{
    if (!at.isValid())
        return false;
    const qint64 t = msecsOf(at);
    const QDate d = localDate(m_zone, t);
    QList<Span> spans;
    // A day's spans may start before its local midnight in rare zones whose
    // clocks change at midnight; looking a day either side is cheap.
    for (QDate day = d.addDays(-1); day <= d.addDays(1); day = day.addDays(1)) {
        daySpans(*this, day, spans);
        for (const Span& s : spans) {
            if (s.start <= t && t < s.end)
                return true;
        }
    }
    return false;
}

QDateTime BusinessCalendar::nextBusinessStart(const QDateTime& at) const
{
    if (!at.isValid())
        return {};
    const qint64 t = msecsOf(at);
    QList<Span> spans;
    int idle = 0;
    for (QDate day = localDate(m_zone, t).addDays(-1); idle <= kMaxIdleDays; day = day.addDays(1)) {
        daySpans(*this, day, spans);
        idle = spans.isEmpty() ? idle + 1 : 0;
        for (const Span& s : spans) {
            if (s.end > t)
                return utcAt(std::max(s.start, t));
        }
    }
    return {};
}

qint64 BusinessCalendar::businessMsecsBetween(const QDateTime& from, const QDateTime& to,
                                              const QList<Pause>& pauses) const
{
    if (!from.isValid() || !to.isValid())
        return 0;
    const qint64 a = msecsOf(from);
    const qint64 b = msecsOf(to);
    if (b <= a)
        return 0;
    PauseCursor cursor(pauses);
    QList<Span> spans;
    qint64 total = 0;
    const QDate last = localDate(m_zone, b).addDays(1);
    for (QDate day = localDate(m_zone, a).addDays(-1); day <= last; day = day.addDays(1)) {
        daySpans(*this, day, spans);
        for (const Span& s : spans) {
            const qint64 lo = std::max(s.start, a);
            const qint64 hi = std::min(s.end, b);
            if (lo < hi)
                cursor.forEachFree(lo, hi, [&](qint64 x, qint64 y) {
                    total += y - x;
                    return false;
                });
        }
    }
    return total;
}

QDateTime BusinessCalendar::addBusinessMsecs(const QDateTime& start, qint64 msecs,
                                             const QList<Pause>& pauses) const
{
    if (!start.isValid() || msecs < 0)
        return {};
    const qint64 t0 = msecsOf(start);
    if (msecs == 0)
        return utcAt(t0);
    PauseCursor cursor(pauses);
    const std::optional<qint64> openStart = cursor.openStart();
    QList<Span> spans;
    qint64 remaining = msecs;
    qint64 due = 0;
    int idle = 0;
    QDate day = localDate(m_zone, t0).addDays(-1);
    for (int walked = 0; walked <= kMaxWalkDays && idle <= kMaxIdleDays; ++walked, day = day.addDays(1)) {
        daySpans(*this, day, spans);
        idle = spans.isEmpty() ? idle + 1 : 0;
        for (const Span& s : spans) {
            const qint64 lo = std::max(s.start, t0);
            if (lo >= s.end)
                continue;
            const bool done = cursor.forEachFree(lo, s.end, [&](qint64 x, qint64 y) {
                if (y - x >= remaining) {
                    due = x + remaining;
                    return true;
                }
                remaining -= y - x;
                return false;
            });
            if (done)
                return utcAt(due);
            // Everything from here on is paused until someone resumes the clock.
            if (openStart && s.end >= *openStart)
                return {};
        }
    }
    return {};
}

} // namespace redress::core
