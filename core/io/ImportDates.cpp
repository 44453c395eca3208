#include "core/io/ImportDates.h"

#include "core/Clock.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace redress::core {

namespace {

// The importer's context: these messages are the rows' problems.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseImporter)
};

// Digits at fixed places, read by hand: Qt's format parser costs more than
// the whole insert of a row, and the export's format is the common case.
int digits(QStringView t, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = t[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// "yyyy-MM-dd HH:mm" with optional seconds, a bare date (local midnight),
// then ISO 8601 with its T and an optional offset.
std::optional<QDateTime> parseIso(const QString& t)
{
    const qsizetype n = t.size();
    if ((n == 10 || n == 16 || n == 19) && t[4] == QLatin1Char('-') && t[7] == QLatin1Char('-') &&
        (n == 10 || t[10] == QLatin1Char(' '))) {
        const QDate date(digits(t, 0, 4), digits(t, 5, 2), digits(t, 8, 2));
        QTime time(0, 0);
        if (n > 10) {
            if (t[13] != QLatin1Char(':') || (n == 19 && t[16] != QLatin1Char(':')))
                return std::nullopt;
            time = QTime(digits(t, 11, 2), digits(t, 14, 2), n == 19 ? digits(t, 17, 2) : 0);
        }
        if (date.isValid() && time.isValid() && digits(t, 0, 4) >= 0) {
            const QDateTime d(date, time, Qt::LocalTime);
            if (d.isValid())
                return d.toUTC();
        }
        return std::nullopt;
    }
    if (t.contains(QLatin1Char('T'))) {
        const QDateTime d = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (d.isValid())
            return d.toUTC();
    }
    return std::nullopt;
}

// Qt reads "yy" as 19yy; complaints are recent, so a two-digit year is the
// latest century's that does not lie in the future.
int fullYear(int twoDigits)
{
    const int now = Clock::now().date().year();
    const int year = now / 100 * 100 + twoDigits;
    return year > now + 1 ? year - 100 : year;
}

bool twoDigitYearOnly(const QString& format)
{
    return format.contains(QLatin1String("yy")) && !format.contains(QLatin1String("yyyy"));
}

std::optional<QDateTime> withFormat(const QString& text, const QString& format)
{
    // Month and day names are English in exports whatever the desk's language.
    QDateTime d = QLocale::c().toDateTime(text, format);
    if (!d.isValid()) {
        const QDate date = QLocale::c().toDate(text, format);
        if (!date.isValid())
            return std::nullopt;
        d = QDateTime(date, QTime(0, 0), Qt::LocalTime);
    }
    if (twoDigitYearOnly(format)) {
        const QDate old = d.date();
        const QDate moved(fullYear(old.year() % 100), old.month(), old.day());
        if (!moved.isValid())
            return std::nullopt;
        d.setDate(moved);
    }
    return d.isValid() ? std::optional<QDateTime>(d.toUTC()) : std::nullopt;
}

// Twitter's "Wed Oct 11 06:55:44 +0000 2017": RFC 2822 with the year moved.
std::optional<QDateTime> parseTwitter(const QString& t)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d\d:\d\d:\d\d) ([+-]\d{4}) (\d{4})$)"));
    const auto m = re.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    const QString rfc = QStringLiteral("%1 %2 %3 %4 %5")
                            .arg(m.captured(2), m.captured(1), m.captured(5), m.captured(3), m.captured(4));
    const QDateTime d = QDateTime::fromString(rfc, Qt::RFC2822Date);
    return d.isValid() ? std::optional<QDateTime>(d.toUTC()) : std::nullopt;
}

// Month names as help desks write them (Jira's 11/Oct/17 6:55 AM among them).
const QStringList& namedMonthFormats()
{
    static const QStringList formats{
        QStringLiteral("dd/MMM/yy h:mm AP"),
        QStringLiteral("d/MMM/yy h:mm AP"),
        QStringLiteral("dd/MMM/yy"),
        QStringLiteral("d MMM yyyy"),
        QStringLiteral("d MMM yyyy HH:mm"),
        QStringLiteral("d MMM yyyy HH:mm:ss"),
        QStringLiteral("d MMMM yyyy"),
        QStringLiteral("MMM d, yyyy"),
        QStringLiteral("MMMM d, yyyy"),
        QStringLiteral("MMM d, yyyy h:mm AP"),
        QStringLiteral("MMM d, yyyy HH:mm"),
        QStringLiteral("dd-MMM-yyyy"),
        QStringLiteral("dd-MMM-yy"),
        QStringLiteral("dd-MMM-yyyy HH:mm"),
        QStringLiteral("ddd, d MMM yyyy HH:mm:ss"),
    };
    return formats;
}

struct Reading
{
    QString format; // as Qt writes it, for the message
    QDate date;
};

} // namespace

ImportDates::ImportDates(QStringList formats) : m_formats(std::move(formats)) {}

std::expected<QDateTime, QString> ImportDates::parse(const QString& text) const
{
    const QString t = text.trimmed();
    if (auto iso = parseIso(t))
        return *iso;
    if (m_formats.isEmpty())
        return guess(t);
    for (const QString& format : m_formats) {
        if (auto d = withFormat(t, format))
            return *d;
    }
    return std::unexpected(Tr::tr("'%1' is not a date in any of the formats given (%2) nor ISO 8601")
                               .arg(t, m_formats.join(QStringLiteral(", "))));
}

std::expected<QDateTime, QString> ImportDates::guess(const QString& t) const
{
    const QString notDate = Tr::tr("'%1' is not a date (%2)").arg(t, Tr::tr("use YYYY-MM-DD HH:MM"));
    if (auto d = parseTwitter(t))
        return *d;
    // Numbers only: day, month and year in some order, maybe a time.
    static const QRegularExpression numeric(QStringLiteral(
        R"(^(\d{1,4})([-/.])(\d{1,2})\2(\d{2}|\d{4})(?:[ T]+(\d{1,2}):(\d\d)(?::(\d\d))?\s*([AaPp][Mm])?)?$)"));
    const auto m = numeric.match(t);
    if (!m.hasMatch()) {
        if (!t.isEmpty() && t.front().isLetter()) {
            const QDateTime rfc = QDateTime::fromString(t, Qt::RFC2822Date);
            if (rfc.isValid())
                return rfc.toUTC();
        }
        for (const QString& format : namedMonthFormats()) {
            if (auto d = withFormat(t, format))
                return *d;
        }
        return std::unexpected(notDate);
    }
    const QString a = m.captured(1);
    const QString sep = m.captured(2);
    const int b = m.captured(3).toInt();
    const QString c = m.captured(4);
    QList<Reading> readings;
    const auto add = [&](const QString& format, int y, int mo, int d) {
        const QDate date(y, mo, d);
        if (!date.isValid())
            return;
        for (const Reading& r : readings) {
            if (r.date == date)
                return;
        }
        readings << Reading{format, date};
    };
    const QString yy = c.size() == 4 ? QStringLiteral("yyyy") : QStringLiteral("yy");
    const int year = c.size() == 4 ? c.toInt() : fullYear(c.toInt());
    if (a.size() == 4) {
        if (c.size() <= 2)
            add(QStringLiteral("yyyy%1MM%1dd").arg(sep), a.toInt(), b, c.toInt());
    } else if (a.size() <= 2) {
        add(QStringLiteral("dd%1MM%1%2").arg(sep, yy), year, b, a.toInt());
        add(QStringLiteral("MM%1dd%1%2").arg(sep, yy), year, a.toInt(), b);
        if (c.size() == 2 && a.size() == 2)
            add(QStringLiteral("yy%1MM%1dd").arg(sep), fullYear(a.toInt()), b, c.toInt());
    }
    if (readings.isEmpty())
        return std::unexpected(notDate);
    if (readings.size() > 1) {
        QStringList ways;
        for (const Reading& r : readings)
            ways << Tr::tr("%1 as %2").arg(r.date.toString(Qt::ISODate), r.format);
        return std::unexpected(
            Tr::tr("'%1' is ambiguous: it reads %2; name the format with --date-format or in the "
                   "profile's \"dates\"")
                .arg(t, ways.join(Tr::tr(" or "))));
    }
    QTime time(0, 0);
    if (m.hasCaptured(5)) {
        int hour = m.captured(5).toInt();
        if (m.hasCaptured(8)) {
            if (hour < 1 || hour > 12)
                return std::unexpected(notDate);
            const bool pm = m.captured(8).startsWith(QLatin1Char('p'), Qt::CaseInsensitive);
            hour = hour % 12 + (pm ? 12 : 0);
        }
        time = QTime(hour, m.captured(6).toInt(), m.hasCaptured(7) ? m.captured(7).toInt() : 0);
        if (!time.isValid())
            return std::unexpected(notDate);
    }
    const QDateTime d(readings.first().date, time, Qt::LocalTime);
    if (!d.isValid())
        return std::unexpected(notDate);
    return d.toUTC();
}

} // namespace redress::core
