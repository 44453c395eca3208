#include "core/sla/SlaPolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::SlaPolicies)
};

constexpr int kYearMinutes = 366 * 24 * 60;
const char* const kDayKeys[7] = {"monday", "tuesday",  "wednesday", "thursday",
                                 "friday", "saturday", "sunday"};

QString clockText(int minute)
{
    return QStringLiteral("%1:%2")
        .arg(minute / 60, 2, 10, QLatin1Char('0'))
        .arg(minute % 60, 2, 10, QLatin1Char('0'));
}

/// "HH:MM" with 24:00 allowed for midnight at the end of the day; -1 if not.
int minuteOf(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min != 0))
        return -1;
    return h * 60 + min;
}

} // namespace

QString slaField(Priority p, const char* target)
{
    return QStringLiteral("sla.%1.%2").arg(keyOf(p), QLatin1String(target));
}

SlaPolicies SlaPolicies::defaults()
{
    SlaPolicies p;
    const auto set = [&](Priority pr, int ack, int contact, int resolve, int exec, bool always) {
        p.m_targets[static_cast<int>(pr)] = SlaTargets{ack, contact, resolve, exec, always};
    };
    // Business days are 8 hours on the standard calendar.
    set(Priority::Emergency, 15, 30, 4 * 60, 60, true);
    set(Priority::Urgent, 30, 60, 8 * 60, 4 * 60, false);
    set(Priority::High, 60, 4 * 60, 2 * 8 * 60, 8 * 60, false);
    set(Priority::Normal, 4 * 60, 8 * 60, 5 * 8 * 60, 2 * 8 * 60, false);
    set(Priority::Low, 8 * 60, 2 * 8 * 60, 10 * 8 * 60, 5 * 8 * 60, false);
    return p;
}

Result<SlaPolicies> SlaPolicies::make(const QHash<Priority, SlaTargets>& targets)
{
    SlaPolicies p;
    for (Priority pr : allPriorities()) {
        const auto it = targets.constFind(pr);
        if (it == targets.cend())
            return invalid(slaField(pr, "resolve"),
                           Tr::tr("There are no SLA targets for priority %1.").arg(labelOf(pr)));
        const SlaTargets& t = *it;
        const struct
        {
            const char* key;
            int minutes;
            const char* name;
            bool mayBeZero;
        } fields[] = {
            {"acknowledge", t.acknowledgeMinutes,
             QT_TRANSLATE_NOOP("redress::core::SlaPolicies", "time to acknowledge"), true},
            {"contact", t.contactMinutes,
             QT_TRANSLATE_NOOP("redress::core::SlaPolicies", "time to first contact"), true},
            {"resolve", t.resolveMinutes, QT_TRANSLATE_NOOP("redress::core::SlaPolicies", "time to resolve"),
             false},
            {"executive", t.executiveMinutes,
             QT_TRANSLATE_NOOP("redress::core::SlaPolicies", "time with the team lead before the executive"),
             false},
        };
        for (const auto& f : fields) {
            if (f.minutes < 0)
                return invalid(slaField(pr, f.key), Tr::tr("The %1 for priority %2 is negative (%3 minutes).")
                                                        .arg(Tr::tr(f.name), labelOf(pr))
                                                        .arg(f.minutes));
            if (f.minutes == 0 && !f.mayBeZero)
                return invalid(slaField(pr, f.key), Tr::tr("The %1 for priority %2 must be more than zero.")
                                                        .arg(Tr::tr(f.name), labelOf(pr)));
            if (f.minutes > kYearMinutes)
                return invalid(
                    slaField(pr, f.key),
                    Tr::tr("The %1 for priority %2 is longer than a year.").arg(Tr::tr(f.name), labelOf(pr)));
        }
        p.m_targets[static_cast<int>(pr)] = t;
    }
    return p;
}

QByteArray weekToJson(const WeekHours& week)
{
    QJsonObject o;
    for (int day = 0; day < 7; ++day) {
        QJsonArray spans;
        for (const WorkingInterval& w : week[day])
            spans.append(QJsonArray{clockText(w.startMinute), clockText(w.endMinute)});
        o.insert(QLatin1String(kDayKeys[day]), spans);
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray holidaysToJson(const QList<Holiday>& holidays)
{
    QJsonArray a;
    for (const Holiday& h : holidays) {
        QJsonObject o{{QStringLiteral("from"), h.from.toString(Qt::ISODate)}};
        if (h.to.isValid() && h.to != h.from)
            o.insert(QStringLiteral("to"), h.to.toString(Qt::ISODate));
        if (!h.name.isEmpty())
            o.insert(QStringLiteral("name"), h.name);
        a.append(o);
    }
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

Result<WeekHours> weekFromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(
            QStringLiteral("week"),
            Tr::tr("The working week is not readable: %1.")
                .arg(doc.isObject() ? error.errorString() : Tr::tr("expected an object of weekdays")));
    const QJsonObject o = doc.object();
    WeekHours week;
    for (int day = 0; day < 7; ++day) {
        const QJsonArray spans = o.value(QLatin1String(kDayKeys[day])).toArray();
        for (qsizetype i = 0; i < spans.size(); ++i) {
            const QJsonArray pair = spans.at(i).toArray();
            const int from = pair.size() == 2 ? minuteOf(pair.at(0).toString()) : -1;
            const int to = pair.size() == 2 ? minuteOf(pair.at(1).toString()) : -1;
            if (from < 0 || to < 0)
                return invalid(QStringLiteral("week.%1[%2]").arg(QLatin1String(kDayKeys[day])).arg(i),
                               Tr::tr("Working hours must be two times such as [\"09:00\", \"17:00\"]."));
            week[day].append(WorkingInterval{from, to});
        }
    }
    return week;
}

Result<QList<Holiday>> holidaysFromJson(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isArray())
        return invalid(QStringLiteral("holidays"),
                       Tr::tr("The holidays are not readable: %1.")
                           .arg(doc.isArray() ? error.errorString() : Tr::tr("expected a list of days")));
    QList<Holiday> out;
    const QJsonArray a = doc.array();
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        Holiday h;
        h.from = QDate::fromString(o.value(QStringLiteral("from")).toString(), Qt::ISODate);
        if (o.contains(QStringLiteral("to")))
            h.to = QDate::fromString(o.value(QStringLiteral("to")).toString(), Qt::ISODate);
        h.name = o.value(QStringLiteral("name")).toString();
        if (!h.from.isValid() || (o.contains(QStringLiteral("to")) && !h.to.isValid()))
            return invalid(QStringLiteral("holidays[%1]").arg(i),
                           Tr::tr("Holiday %1 needs dates written as YYYY-MM-DD.").arg(i + 1));
        out.append(h);
    }
    return out;
}

} // namespace redress::core
