#include "core/report/CaseSummary.h"

#include "core/Clock.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/MailRepository.h"
#include "core/store/RecoveryRepository.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseSummary)
};

/// A value from the store as HTML text: escaped, its line breaks kept.
QString text(const QString& value)
{
    QString escaped = value.toHtmlEscaped();
    escaped.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    escaped.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    escaped.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return escaped;
}

QString when(const QDateTime& t)
{
    if (!t.isValid())
        return {};
    const QLocale locale;
    const QDateTime local = t.toLocalTime();
    // Some locales' short time (C's among them) carries seconds, which a
    // printed summary does not need.
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    return Tr::tr("%1, %2").arg(locale.toString(local.date(), QLocale::LongFormat),
                                locale.toString(local.time(), timeFormat));
}

QString day(const QDate& d)
{
    return d.isValid() ? QLocale().toString(d, QLocale::LongFormat) : QString();
}

QString money(qint64 cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
}

bool blank(const QString& s)
{
    return s.trimmed().isEmpty();
}

/// Label–value rows; a row whose value is empty is left out rather than
/// printed as a blank that reads like "none".
class Facts
{
public:
    /// `value` is plain text; it is escaped here.
    Facts& add(const QString& label, const QString& value)
    {
        if (!blank(value))
            m_rows << row(label, text(value));
        return *this;
    }
    QString html() const
    {
        if (m_rows.isEmpty())
            return {};
        return QStringLiteral("<table class=\"facts\" cellspacing=\"0\" cellpadding=\"3\">\n%1</table>\n")
            .arg(m_rows.join(QString()));
    }

private:
    static QString row(const QString& label, const QString& valueHtml)
    {
        return QStringLiteral("<tr><td class=\"label\">%1</td><td>%2</td></tr>\n")
            .arg(label.toHtmlEscaped(), valueHtml);
    }
    QStringList m_rows;
};

/// A table with a header row; every cell is plain text, escaped here.
class Grid
{
public:
    explicit Grid(const QStringList& headers)
    {
        for (const QString& h : headers)
            m_head += QStringLiteral("<th>%1</th>").arg(h.toHtmlEscaped());
    }
    void add(const QStringList& cells)
    {
        QString row;
        for (const QString& c : cells)
            row += QStringLiteral("<td>%1</td>").arg(text(c));
        m_rows << QStringLiteral("<tr>%1</tr>\n").arg(row);
    }
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString html() const
    {
        return QStringLiteral("<table class=\"grid\" width=\"100%\" border=\"1\" cellspacing=\"0\" "
                              "cellpadding=\"4\">\n<thead><tr>%1</tr></thead>\n%2</table>\n")
            .arg(m_head, m_rows.join(QString()));
    }

private:
    QString m_head;
    QStringList m_rows;
};

QString heading(const QString& title)
{
    return QStringLiteral("<h2>%1</h2>\n").arg(title.toHtmlEscaped());
}

QString paragraph(const QString& plain, const QString& cssClass = {})
{
    if (cssClass.isEmpty())
        return QStringLiteral("<p>%1</p>\n").arg(text(plain));
    return QStringLiteral("<p class=\"%1\">%2</p>\n").arg(cssClass, text(plain));
}

QString stepName(const QString& step)
{
    if (step == QLatin1String("apology"))
        return Tr::tr("Apology sent");
    if (step == QLatin1String("solution"))
        return Tr::tr("Solution");
    if (step == QLatin1String("gesture"))
        return Tr::tr("Gesture");
    if (step == QLatin1String("approval"))
        return Tr::tr("Gesture decided");
    if (step == QLatin1String("decline"))
        return Tr::tr("Gesture declined");
    if (step == QLatin1String("analysis"))
        return Tr::tr("Root cause");
    return step;
}

QString fieldName(const QString& field)
{
    if (field == QLatin1String("product"))
        return Tr::tr("Product");
    if (field == QLatin1String("channel"))
        return Tr::tr("Channel");
    if (field == QLatin1String("description"))
        return Tr::tr("Description");
    if (field == QLatin1String("severity"))
        return Tr::tr("Severity");
    if (field == QLatin1String("impact"))
        return Tr::tr("Impact");
    return field;
}

QString gestureStatusText(const QString& key)
{
    return gestureStatusFromKey(key).transform([](Gesture::Status s) { return labelOf(s); }).value_or(key);
}

/// What happened, and the detail, of one timeline entry for a manager.
std::pair<QString, QString> eventLine(const CaseEvent& e)
{
    using K = CaseEvent::Kind;
    const auto joined = [](const QStringList& parts) {
        QStringList kept;
        for (const QString& p : parts) {
            if (!blank(p))
                kept << p;
        }
        return kept.join(QStringLiteral("\n"));
    };
    const QString from = displayEventValue(e.field, e.oldValue);
    const QString to = displayEventValue(e.field, e.newValue);
    switch (e.kind) {
    case K::Created: return {Tr::tr("Case opened"), joined({to, e.note})};
    case K::StatusChanged: return {Tr::tr("Status"), joined({Tr::tr("%1 → %2").arg(from, to), e.note})};
    case K::Assigned:
        return {Tr::tr("Owner"), joined({Tr::tr("%1 → %2").arg(blank(from) ? Tr::tr("nobody") : from,
                                                               blank(to) ? Tr::tr("nobody") : to),
                                         e.note})};
    case K::FieldChanged:
        return {Tr::tr("%1 changed").arg(fieldName(e.field)),
                joined({Tr::tr("%1 → %2").arg(from, to), e.note})};
    case K::Note: return {Tr::tr("Note"), e.note};
    case K::Recovery:
        if (e.field == QLatin1String("approval"))
            return {stepName(e.field), joined({Tr::tr("%1 → %2").arg(gestureStatusText(e.oldValue),
                                                                     gestureStatusText(e.newValue)),
                                               e.note})};
        if (e.field == QLatin1String("solution"))
            return {stepName(e.field),
                    joined({e.note, blank(e.newValue)
                                        ? QString()
                                        : Tr::tr("Promised by %1")
                                              .arg(day(QDate::fromString(e.newValue, Qt::ISODate)))})};
        return {stepName(e.field), joined({e.newValue, e.note})};
    }
    return {};
}

const char* const style = R"(
body { font-size: 10pt; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12pt; margin-top: 16px; margin-bottom: 4px; }
h3 { font-size: 10pt; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; }
.muted { color: #555555; }
td.label { font-weight: bold; padding-right: 12px; }
th { text-align: left; background-color: #eeeeee; }
table.grid { border-collapse: collapse; border-color: #999999; }
)";

// Who complained; a manager also sees how to reach them and what they are worth.
QString personSection(const Case& c, const std::optional<Customer>& customer, bool manager)
{
    QString body;
    body += heading(manager ? Tr::tr("Customer") : Tr::tr("You"));
    Facts person;
    person.add(Tr::tr("Name"), c.customerName).add(Tr::tr("Company"), c.company);
    if (customer) {
        person.add(Tr::tr("Email"), customer->email)
            .add(Tr::tr("Phone"), customer->phone)
            .add(Tr::tr("Segment"), customer->segment)
            .add(Tr::tr("Lifetime value"), money(customer->lifetimeValueCents));
        if (c.earlierCases > 0)
            person.add(Tr::tr("Earlier cases"), QString::number(c.earlierCases));
    }
    body += person.html();
    return body;
}

QString caseSection(const Case& c, bool manager)
{
    QString body;
    body += heading(Tr::tr("The case"));
    Facts facts;
    facts.add(Tr::tr("Reference"), c.reference())
        .add(Tr::tr("Opened"), when(c.openedAt))
        .add(Tr::tr("Channel"), labelOf(c.channel))
        .add(Tr::tr("Product"), c.productName)
        .add(Tr::tr("Severity"), labelOf(c.severity))
        .add(Tr::tr("Impact on the business"), labelOf(c.impact))
        .add(Tr::tr("Status"), labelOf(c.status))
        .add(manager ? Tr::tr("Owner") : Tr::tr("Handled by"), c.ownerName)
        .add(Tr::tr("Resolved"), when(c.resolvedAt))
        .add(Tr::tr("Closed"), when(c.closedAt));
    body += facts.html();

    body += heading(manager ? Tr::tr("What the customer told us") : Tr::tr("What you told us"));
    body += paragraph(c.description);
    return body;
}

QString apologiesSection(const RecoveryState& r, bool manager)
{
    QString body;
    if (!r.apologies.isEmpty()) {
        body +=
            heading(manager ? Tr::tr("Apology as sent")
                            : (r.apologies.size() == 1 ? Tr::tr("Our apology") : Tr::tr("Our apologies")));
        for (const Apology& a : r.apologies) {
            const QString sent =
                blank(a.sentBy)
                    ? Tr::tr("Sent %1 (%2)").arg(when(a.sentAt), labelOf(a.channel))
                    : Tr::tr("Sent %1 by %2 (%3)").arg(when(a.sentAt), a.sentBy, labelOf(a.channel));
            body += paragraph(sent, QStringLiteral("muted"));
            if (manager && a.flags > 0)
                body +=
                    paragraph(Tr::tr("Sent with %1 passages the apology checker had flagged.").arg(a.flags),
                              QStringLiteral("muted"));
            body += paragraph(a.body);
        }
    }
    return body;
}

/// The mail exchanged. The customer's copy has what passed between us: no
/// auto-replies or bounces, nothing that never left; the manager's has
/// every message with where it stands.
QString conversationSection(const QList<ThreadMessage>& thread, bool manager)
{
    QString body;
    for (const ThreadMessage& m : thread) {
        const bool between = m.state == ThreadMessage::State::Received || m.state == ThreadMessage::State::Sent;
        if (!manager && !between)
            continue;
        const bool in = m.direction == ThreadMessage::Direction::In;
        QString line = in ? Tr::tr("From %1, %2").arg(m.from.toString(), when(m.date))
                          : Tr::tr("To %1, %2").arg(m.to, when(m.sentAt.isValid() ? m.sentAt : m.date));
        if (manager && !between)
            line += QStringLiteral(" — ") + labelOf(m.state);
        if (manager && !m.lastError.isEmpty() && m.state != ThreadMessage::State::Sent)
            line += QStringLiteral(" (") + m.lastError + QLatin1Char(')');
        body += paragraph(line, QStringLiteral("muted"));
        body += QStringLiteral("<p><b>%1</b></p>\n").arg(m.subject.toHtmlEscaped());
        body += paragraph(m.newText.isEmpty() ? m.text : m.newText);
        if (!m.attachments.isEmpty()) {
            QStringList names;
            for (const AttachmentInfo& a : m.attachments)
                names << a.name;
            body += paragraph(Tr::tr("Attached: %1").arg(names.join(QStringLiteral(", "))), QStringLiteral("muted"));
        }
    }
    return body.isEmpty() ? body : heading(manager ? Tr::tr("Conversation") : Tr::tr("Our correspondence")) + body;
}

QString solutionSection(const RecoveryState& r, bool manager)
{
    QString body;
    if (r.solution) {
        const Solution& s = *r.solution;
        body += heading(manager ? Tr::tr("Solution") : Tr::tr("What we are doing about it"));
        Facts solution;
        solution.add(manager ? Tr::tr("Fix") : Tr::tr("What we did"), s.fix)
            .add(manager ? Tr::tr("The customer wants") : Tr::tr("What you asked for"), s.customerWants)
            .add(Tr::tr("Promised by"), day(s.promisedBy));
        if (r.promise != PromiseState::None)
            solution.add(Tr::tr("Promise"), labelOf(r.promise));
        if (manager)
            solution.add(Tr::tr("Recorded"), blank(s.recordedBy)
                                                 ? when(s.recordedAt)
                                                 : Tr::tr("%1 by %2").arg(when(s.recordedAt), s.recordedBy));
        body += solution.html();
    }
    return body;
}

// A manager sees every gesture with its cost; the customer only what was given.
QString gesturesSection(const RecoveryState& r, bool manager)
{
    QString body;
    if (manager) {
        if (!r.gestures.isEmpty() || !blank(r.declineReason)) {
            body += heading(Tr::tr("Gestures"));
            if (!r.gestures.isEmpty()) {
                Grid grid({Tr::tr("Gesture"), Tr::tr("Cost"), Tr::tr("Status"), Tr::tr("Requested"),
                           Tr::tr("Decided"), Tr::tr("Note")});
                qint64 total = 0;
                for (const Gesture& g : r.gestures) {
                    if (g.counts())
                        total += g.costCents;
                    const QString requested = QStringList{g.requestedBy, when(g.requestedAt)}
                                                  .filter(QRegularExpression(QStringLiteral("\\S")))
                                                  .join(QStringLiteral("\n"));
                    const QString decided = QStringList{g.decidedBy, when(g.decidedAt), g.decisionReason}
                                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                                .join(QStringLiteral("\n"));
                    grid.add({g.typeName, money(g.costCents), labelOf(g.status), requested, decided, g.note});
                }
                body += grid.html();
                body += paragraph(Tr::tr("Total of the gestures given or approved: %1").arg(money(total)));
            }
            if (!blank(r.declineReason))
                body += paragraph(Tr::tr("The customer declined a gesture: %1").arg(r.declineReason));
        }
    } else {
        QStringList given;
        for (const Gesture& g : r.gestures) {
            if (g.counts())
                given << g.typeName;
        }
        if (!given.isEmpty()) {
            body += heading(Tr::tr("A gesture of goodwill"));
            body += paragraph(given.join(QStringLiteral("\n")));
        }
    }
    return body;
}

QString analysisSection(const Analysis& a)
{
    QString body;
    body += heading(Tr::tr("Root cause"));
    Facts cause;
    cause.add(Tr::tr("Cause"), a.rootCausePath)
        .add(Tr::tr("Customer-education gap"), a.educationGap ? Tr::tr("Yes") : Tr::tr("No"))
        .add(Tr::tr("Recorded"), blank(a.recordedBy)
                                     ? when(a.recordedAt)
                                     : Tr::tr("%1 by %2").arg(when(a.recordedAt), a.recordedBy));
    body += cause.html();
    QStringList whys;
    for (const QString& why : a.whys) {
        if (!blank(why))
            whys << QStringLiteral("<li>%1</li>").arg(text(why));
    }
    if (!whys.isEmpty())
        body += QStringLiteral("<h3>%1</h3>\n<ol>\n%2\n</ol>\n")
                    .arg(Tr::tr("Five whys").toHtmlEscaped(), whys.join(QLatin1Char('\n')));
    return body;
}

QString historySection(const QList<CaseEvent>& events, bool manager)
{
    QString body;
    if (manager) {
        Grid grid({Tr::tr("When"), Tr::tr("Who"), Tr::tr("What"), Tr::tr("Detail")});
        for (const CaseEvent& e : events) {
            const auto [what, detail] = eventLine(e);
            grid.add({when(e.at), e.actor, what, detail});
        }
        if (!grid.isEmpty()) {
            body += heading(Tr::tr("Timeline"));
            body += grid.html();
        }
    } else {
        // The customer's history is the status alone: who did what inside,
        // notes and recovery entries are the company's.
        Grid grid({Tr::tr("When"), Tr::tr("Status")});
        for (const CaseEvent& e : events) {
            if (e.kind == CaseEvent::Kind::Created)
                grid.add({when(e.at), Tr::tr("Case opened")});
            else if (e.kind == CaseEvent::Kind::StatusChanged)
                grid.add({when(e.at), displayEventValue(QStringLiteral("status"), e.newValue)});
        }
        if (!grid.isEmpty()) {
            body += heading(Tr::tr("History"));
            body += grid.html();
        }
    }
    return body;
}

} // namespace

Result<QString> CaseSummary::html(qint64 caseId, Audience audience)
{
    const bool manager = audience == Audience::Manager;
    auto found = CaseRepository(m_db, 0).get(caseId);
    if (!found)
        return std::unexpected(found.error());
    const Case& c = *found;
    auto events = CaseRepository(m_db, 0).timeline(caseId);
    if (!events)
        return std::unexpected(events.error());
    // Reading needs no role; the actor only matters to writes.
    auto recovery = RecoveryRepository(m_db, User{}).state(caseId);
    if (!recovery)
        return std::unexpected(recovery.error());
    auto thread = MailRepository(m_db, 0).thread(caseId);
    if (!thread)
        return std::unexpected(thread.error());
    std::optional<Customer> customer;
    if (manager) {
        auto read = CustomerRepository(m_db).get(c.customerId);
        if (!read)
            return std::unexpected(read.error());
        customer = *read;
    }

    QString body;
    const QString who = blank(c.company) ? c.customerName : Tr::tr("%1, %2").arg(c.customerName, c.company);
    const QString title = Tr::tr("Case %1 — %2").arg(c.reference(), who);
    body += QStringLiteral("<h1>%1</h1>\n").arg(title.toHtmlEscaped());
    body +=
        paragraph((manager ? Tr::tr("Summary for managers, prepared %1. Internal: it shows costs, analysis "
                                    "and notes.")
                           : Tr::tr("Summary of your case, prepared %1."))
                      .arg(when(Clock::now())),
                  QStringLiteral("muted"));

    body += personSection(c, customer, manager);
    body += caseSection(c, manager);

    const RecoveryState& r = *recovery;
    body += apologiesSection(r, manager);
    body += conversationSection(*thread, manager);
    body += solutionSection(r, manager);
    body += gesturesSection(r, manager);
    if (manager && r.analysis)
        body += analysisSection(*r.analysis);
    body += historySection(*events, manager);

    return QStringLiteral("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>%1</title>\n"
                          "<style>%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), QString::fromLatin1(style), body);
}

} // namespace redress::core
