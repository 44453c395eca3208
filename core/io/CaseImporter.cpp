#include "core/io/CaseImporter.h"

#include "core/Clock.h"
#include "core/cases/Case.h"
#include "core/cases/CaseTypes.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/ExportColumns.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/PriorityRepository.h"
#include "core/store/ProductRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Sql.h"
#include "core/store/Transaction.h"
#include "core/store/UserRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSaveFile>
#include <QSqlQuery>

#include <array>
#include <limits>
#include <memory>

namespace redress::core {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("redress::core::CaseImporter", text);
}

constexpr int progressEvery = 256;
constexpr int maxText = 20000;
constexpr int maxName = 200;

// ---- fields and header matching ------------------------------------------

struct FieldInfo
{
    ImportField field;
    const char* key;
    const char* label;
    /// Other desks' and spreadsheets' names, tried only after every key and
    /// label, so that an exact column always wins over a look-alike.
    QList<const char*> synonyms;
};

constexpr size_t fieldCount = 24;

const std::array<FieldInfo, fieldCount>& fieldTable()
{
    static const std::array<FieldInfo, fieldCount> table{{
        {ImportField::Reference,
         "reference",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Reference"),
         {"ref", "ticket", "ticket id", "ticket number", "case id", "case number", "id"}},
        {ImportField::Opened,
         "opened",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Opened"),
         {"opened at", "created", "created at", "date", "date received", "received", "reported"}},
        {ImportField::Customer,
         "customer",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Customer"),
         {"customer name", "client", "contact", "contact name", "requester", "name"}},
        {ImportField::Company,
         "company",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Company"),
         {"company name", "organisation", "organization", "account"}},
        {ImportField::Email,
         "email",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Email"),
         {"email address", "mail"}},
        {ImportField::Phone,
         "phone",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Phone"),
         {"phone number", "telephone", "tel", "mobile"}},
        {ImportField::Product,
         "product",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Product"),
         {"product name", "item", "model"}},
        {ImportField::Channel,
         "channel",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Channel"),
         {"source", "via", "medium"}},
        {ImportField::Description,
         "description",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Description"),
         {"complaint", "details", "problem", "issue", "text", "body", "message", "subject", "summary"}},
        {ImportField::Severity, "severity", QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Severity"), {}},
        {ImportField::Impact,
         "impact",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Impact"),
         {"business impact"}},
        {ImportField::Status,
         "status",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Status"),
         {"state"}},
        {ImportField::Owner,
         "owner",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Owner"),
         {"assignee", "assigned to", "agent", "handler"}},
        {ImportField::RootCause,
         "root_cause",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Root cause"),
         {"cause"}},
        {ImportField::Updated,
         "updated",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Updated"),
         {"updated at", "last updated", "modified", "last modified"}},
        {ImportField::Resolved,
         "resolved",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Resolved"),
         {"resolved at", "solved", "solved at"}},
        {ImportField::Closed,
         "closed",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Closed"),
         {"closed at"}},
        {ImportField::ApologySent,
         "apology_sent",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Apology sent"),
         {"apology", "apologised", "apologized"}},
        {ImportField::Solution,
         "solution",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Solution"),
         {"fix", "resolution"}},
        {ImportField::Gestures,
         "gestures",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Gestures"),
         {"gesture", "goodwill", "compensation"}},
        {ImportField::GestureCost,
         "gesture_cost",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Gesture cost"),
         {"gesture costs", "cost", "goodwill cost", "compensation cost"}},
        {ImportField::PromiseKept,
         "promise_kept",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Promise kept"),
         {"promise"}},
        {ImportField::Segment,
         "segment",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Segment"),
         {"customer segment", "tier", "customer tier", "customer type"}},
        {ImportField::LifetimeValue,
         "lifetime_value",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Lifetime value"),
         {"ltv", "clv", "customer lifetime value", "customer value"}},
    }};
    return table;
}

const FieldInfo& infoOf(ImportField f)
{
    const FieldInfo& info = fieldTable()[static_cast<size_t>(f)];
    Q_ASSERT(info.field == f); // the table lists the fields in the enum's order
    return info;
}

// Header names and choice values compare without case, spaces, hyphens,
// underscores or dots: "Root cause", "root_cause" and "ROOT-CAUSE" agree.
QString fold(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.'))
            continue;
        out += c;
    }
    return out.toCaseFolded();
}

// ---- values ----------------------------------------------------------------

QString dateHint()
{
    return tr("use YYYY-MM-DD HH:MM");
}

// Digits at fixed places, read by hand: Qt's format parser costs more than
// the whole insert of a row.
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

// The export's own format first (local time, as the list shows it:
// "yyyy-MM-dd HH:mm" with optional seconds), a bare date (local midnight),
// then ISO 8601 with its T and an optional offset. In UTC, so that later
// comparisons need no time-zone lookups.
std::optional<QDateTime> parseDate(const QString& text)
{
    const QString t = text.trimmed();
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

template <typename T> struct Choice
{
    QString name; // folded
    T value;
};

template <typename T> std::optional<T> pick(const QList<Choice<T>>& choices, const QString& text)
{
    const QString folded = fold(text);
    for (const Choice<T>& c : choices) {
        if (c.name == folded)
            return c.value;
    }
    return std::nullopt;
}

QList<Choice<CaseStatus>> statusChoices()
{
    QList<Choice<CaseStatus>> choices;
    for (CaseStatus s : allStatuses())
        choices << Choice<CaseStatus>{fold(keyOf(s)), s} << Choice<CaseStatus>{fold(labelOf(s)), s};
    return choices;
}

QList<Choice<Channel>> channelChoices()
{
    QList<Choice<Channel>> choices;
    for (Channel c : allChannels())
        choices << Choice<Channel>{fold(keyOf(c)), c} << Choice<Channel>{fold(labelOf(c)), c};
    for (const char* name : {"telephone", "call", "phone call"})
        choices << Choice<Channel>{fold(QString::fromLatin1(name)), Channel::Phone};
    for (const char* name : {"live chat", "web chat"})
        choices << Choice<Channel>{fold(QString::fromLatin1(name)), Channel::Chat};
    for (const char* name : {"walk in", "in store", "counter", "visit"})
        choices << Choice<Channel>{fold(QString::fromLatin1(name)), Channel::InPerson};
    for (const char* name : {"post", "mail"})
        choices << Choice<Channel>{fold(QString::fromLatin1(name)), Channel::Letter};
    return choices;
}

QList<Choice<Severity>> severityChoices()
{
    QList<Choice<Severity>> choices;
    for (Severity s : allSeverities()) {
        choices << Choice<Severity>{fold(labelOf(s)), s}
                << Choice<Severity>{QString::number(static_cast<int>(s)), s};
    }
    // The stored words, whatever language the labels are in.
    choices << Choice<Severity>{QStringLiteral("low"), Severity::Low}
            << Choice<Severity>{QStringLiteral("medium"), Severity::Medium}
            << Choice<Severity>{QStringLiteral("high"), Severity::High}
            << Choice<Severity>{QStringLiteral("critical"), Severity::Critical};
    return choices;
}

QList<Choice<BusinessImpact>> impactChoices()
{
    QList<Choice<BusinessImpact>> choices;
    for (BusinessImpact i : allImpacts()) {
        choices << Choice<BusinessImpact>{fold(labelOf(i)), i}
                << Choice<BusinessImpact>{QString::number(static_cast<int>(i)), i};
    }
    choices << Choice<BusinessImpact>{QStringLiteral("none"), BusinessImpact::None}
            << Choice<BusinessImpact>{QStringLiteral("minor"), BusinessImpact::Minor}
            << Choice<BusinessImpact>{QStringLiteral("major"), BusinessImpact::Major}
            << Choice<BusinessImpact>{QStringLiteral("stopped"), BusinessImpact::Stopped}
            << Choice<BusinessImpact>{QStringLiteral("businessstopped"), BusinessImpact::Stopped};
    return choices;
}

QString unknownChoice(const QString& what, const QString& value, const QStringList& labels)
{
    return tr("unknown %1 '%2'; one of: %3").arg(what, value, labels.join(QStringLiteral(", ")));
}

QStringList statusLabels()
{
    QStringList l;
    for (CaseStatus s : allStatuses())
        l << labelOf(s);
    return l;
}

QStringList channelLabels()
{
    QStringList l;
    for (Channel c : allChannels())
        l << labelOf(c);
    return l;
}

QStringList severityLabels()
{
    QStringList l;
    for (Severity s : allSeverities())
        l << labelOf(s);
    return l;
}

QStringList impactLabels()
{
    QStringList l;
    for (BusinessImpact i : allImpacts())
        l << labelOf(i);
    return l;
}

// An amount as people write it: "25", "25.00", "25,00", "1,250.50",
// "€ 1.250,50". The separator before the last one or two digits is the
// decimal point; any other dot, comma, space or apostrophe groups digits.
// `negative` says what a negative amount may not be; `max` is the largest
// amount in cents.
std::expected<qint64, QString> parseCents(const QString& text, const QString& negative, qint64 max)
{
    QString t = text.trimmed();
    const auto isDecor = [](QChar c) {
        return c.isSpace() || c.isLetter() || c.category() == QChar::Symbol_Currency;
    };
    while (!t.isEmpty() && isDecor(t.front()))
        t.remove(0, 1);
    while (!t.isEmpty() && isDecor(t.back()))
        t.chop(1);
    const QString notAmount = tr("'%1' is not an amount (use 25.00)").arg(text.trimmed());
    if (t.startsWith(QLatin1Char('-')) || (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))))
        return std::unexpected(negative.arg(text.trimmed()));
    if (t.isEmpty())
        return std::unexpected(notAmount);
    qsizetype decimal = -1;
    const qsizetype lastSep = std::max(t.lastIndexOf(QLatin1Char('.')), t.lastIndexOf(QLatin1Char(',')));
    if (lastSep >= 0) {
        const qsizetype after = t.size() - lastSep - 1;
        if (after == 1 || after == 2)
            decimal = lastSep;
        else if (after != 3)
            return std::unexpected(notAmount);
    }
    QString whole;
    QString fraction;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (i == decimal)
            continue;
        if (c.isDigit() && c.unicode() < 0x80) {
            (decimal >= 0 && i > decimal ? fraction : whole) += c;
        } else if (c == QLatin1Char('.') || c == QLatin1Char(',') || c == QLatin1Char('\'') || c.isSpace()) {
            if (decimal >= 0 && i > decimal)
                return std::unexpected(notAmount);
        } else {
            return std::unexpected(notAmount);
        }
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return std::unexpected(notAmount);
    if (whole.size() > 12)
        return std::unexpected(tr("'%1' is too large an amount").arg(text.trimmed()));
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    const qint64 cents = whole.toLongLong() * 100 + fraction.toLongLong();
    if (cents > max)
        return std::unexpected(tr("'%1' is too large an amount").arg(text.trimmed()));
    return cents;
}

// A root-cause path as typed: "Product defect › Hardware" or with " > ".
QStringList rootCauseParts(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('>'), QChar(0x203A));
    QStringList parts;
    for (const QString& part : t.split(QChar(0x203A)))
        parts << part.simplified();
    return parts;
}

QString foldPath(const QStringList& parts)
{
    QStringList folded;
    for (const QString& p : parts)
        folded << p.toCaseFolded();
    return folded.join(QChar(0x203A));
}

// ---- one row -------------------------------------------------------------

/// Which column feeds each field; -1 when none does.
struct Columns
{
    std::array<int, fieldCount> index{};
    QStringList header;

    bool has(ImportField f) const { return index[static_cast<size_t>(f)] >= 0; }
    QString name(ImportField f) const
    {
        const int i = index[static_cast<size_t>(f)];
        const QString n = i >= 0 && i < header.size() ? header.at(i).trimmed() : QString();
        return n.isEmpty() ? labelOf(f) : n;
    }
    /// The cell as the text it stands for: the export's neutralising quote
    /// in front of = + - @ TAB CR comes off again.
    QString value(ImportField f, const QStringList& fields) const
    {
        const int i = index[static_cast<size_t>(f)];
        return i >= 0 && i < fields.size() ? restoredCell(fields.at(i)) : QString();
    }
};

struct ParsedRow
{
    qint64 wantedId = 0; ///< an RD reference's id, 0 when none
    QString reference;   ///< the reference as the file has it
    QString customer;
    QString company;
    QString email;
    QString phone;
    QString segment;
    std::optional<qint64> lifetimeValueCents; ///< nullopt: the cell was empty
    QString product;
    Channel channel = Channel::Phone;
    QString description;
    Severity severity = Severity::Medium;
    BusinessImpact impact = BusinessImpact::None;
    CaseStatus status = CaseStatus::New;
    QString owner;
    QStringList rootCause;
    QDateTime opened;
    QDateTime updated;
    QDateTime resolved;
    QDateTime closed;
    QDateTime apologySent;
    QString solution;
    QString gestures;
    std::optional<qint64> gestureCostCents;
    QString promise;
};

/// Where a row's problems go, each with the row's line and the column's name.
struct Problems
{
    const Columns& cols;
    qint64 line;
    QList<RowProblem> list;

    void add(ImportField f, const QString& reason) { list << RowProblem{line, cols.name(f), reason}; }
};

/// The customer's cells, which cases and customers files share.
void checkCustomer(const Columns& cols, const CsvRecord& record, ParsedRow& row, Problems& problems)
{
    const auto text = [&](ImportField f) { return cols.value(f, record.fields).trimmed(); };
    row.customer = text(ImportField::Customer).simplified();
    row.company = text(ImportField::Company).simplified();
    row.email = text(ImportField::Email);
    row.phone = text(ImportField::Phone);
    row.segment = text(ImportField::Segment).simplified();
    if (row.customer.isEmpty())
        problems.add(ImportField::Customer, tr("missing customer"));
    if (row.segment.size() > maxName)
        problems.add(ImportField::Segment, tr("a segment may be at most %1 characters long").arg(maxName));
    if (const QString v = text(ImportField::LifetimeValue); !v.isEmpty()) {
        // The store asks only for a value of at least 0; a key account may
        // be worth far more than any gesture, so no gesture's cap here.
        auto cents = parseCents(v, tr("a lifetime value cannot be negative ('%1')"),
                                std::numeric_limits<qint64>::max());
        if (cents)
            row.lifetimeValueCents = *cents;
        else
            problems.add(ImportField::LifetimeValue, cents.error());
    }

    // The store's own checks for lengths, with the field they name.
    Customer customer;
    customer.name = row.customer.isEmpty() ? QStringLiteral("-") : row.customer;
    customer.company = row.company;
    customer.email = row.email;
    customer.phone = row.phone;
    customer.segment = row.segment;
    customer.lifetimeValueCents = row.lifetimeValueCents.value_or(0);
    if (auto check = CustomerRepository::validate(customer); !check) {
        const auto f = importFieldFromKey(check.error().field);
        problems.add(f.value_or(ImportField::Customer), check.error().message);
    }
}

/// The checks of a customers file's row that need no store.
QList<RowProblem> checkCustomerRow(const Columns& cols, const CsvRecord& record, ParsedRow& row)
{
    Problems problems{cols, record.line, {}};
    checkCustomer(cols, record, row, problems);
    return problems.list;
}

/// The checks that need no store: every problem of the row, empty when good.
QList<RowProblem> checkRow(const Columns& cols, const CsvRecord& record, const QDateTime& now, ParsedRow& row)
{
    Problems problems{cols, record.line, {}};
    const auto problem = [&](ImportField f, const QString& reason) { problems.add(f, reason); };
    const auto text = [&](ImportField f) { return cols.value(f, record.fields).trimmed(); };

    row.reference = text(ImportField::Reference);
    if (row.reference.startsWith(QLatin1String("RD-"), Qt::CaseInsensitive))
        row.wantedId = caseIdFromReference(row.reference).value_or(0);

    checkCustomer(cols, record, row, problems);
    row.product = text(ImportField::Product).simplified();
    row.description = text(ImportField::Description);
    if (row.product.isEmpty())
        problem(ImportField::Product, tr("missing product"));
    if (row.description.isEmpty())
        problem(ImportField::Description, tr("missing description"));

    // The intake's own checks for lengths, with the field they name; the
    // customer's ran above, so a stand-in keeps them from being named twice.
    NewCase intake;
    intake.customerName = QStringLiteral("-");
    intake.productName = row.product.isEmpty() ? QStringLiteral("-") : row.product;
    intake.description = row.description.isEmpty() ? QStringLiteral("-") : row.description;
    if (auto check = CaseRepository::validate(intake); !check) {
        const auto f = importFieldFromKey(check.error().field);
        problem(f.value_or(ImportField::Description), check.error().message);
    }
    if (row.product.size() > maxName)
        problem(ImportField::Product, tr("a product name may be at most %1 characters long").arg(maxName));

    if (const QString v = text(ImportField::Channel); !v.isEmpty()) {
        static const auto choices = channelChoices();
        if (auto c = pick(choices, v))
            row.channel = *c;
        else
            problem(ImportField::Channel, unknownChoice(tr("channel"), v, channelLabels()));
    }
    if (const QString v = text(ImportField::Severity); !v.isEmpty()) {
        static const auto choices = severityChoices();
        if (auto s = pick(choices, v))
            row.severity = *s;
        else
            problem(ImportField::Severity, unknownChoice(tr("severity"), v, severityLabels()));
    }
    if (const QString v = text(ImportField::Impact); !v.isEmpty()) {
        static const auto choices = impactChoices();
        if (auto i = pick(choices, v))
            row.impact = *i;
        else
            problem(ImportField::Impact, unknownChoice(tr("impact"), v, impactLabels()));
    }

    const auto date = [&](ImportField f) -> QDateTime {
        const QString v = text(f);
        if (v.isEmpty())
            return {};
        auto d = parseDate(v);
        if (!d) {
            problem(f, tr("'%1' is not a date (%2)").arg(v, dateHint()));
            return {};
        }
        // A day's grace for clocks and time zones.
        if (*d > now.addDays(1)) {
            problem(f, tr("'%1' lies in the future").arg(v));
            return {};
        }
        return *d;
    };
    row.opened = date(ImportField::Opened);
    if (text(ImportField::Opened).isEmpty())
        problem(ImportField::Opened, tr("missing opened date"));
    row.updated = date(ImportField::Updated);
    row.resolved = date(ImportField::Resolved);
    row.closed = date(ImportField::Closed);
    row.apologySent = date(ImportField::ApologySent);
    if (row.opened.isValid()) {
        for (ImportField f : {ImportField::Updated, ImportField::Resolved, ImportField::Closed}) {
            const QDateTime& d = f == ImportField::Updated    ? row.updated
                                 : f == ImportField::Resolved ? row.resolved
                                                              : row.closed;
            if (d.isValid() && d < row.opened)
                problem(f, tr("'%1' is before the case was opened").arg(text(f)));
        }
    }

    if (const QString v = text(ImportField::Status); !v.isEmpty()) {
        static const auto choices = statusChoices();
        if (auto s = pick(choices, v))
            row.status = *s;
        else
            problem(ImportField::Status, unknownChoice(tr("status"), v, statusLabels()));
    } else if (!text(ImportField::Closed).isEmpty()) {
        // Without a status a closing date is the best witness of one.
        row.status = CaseStatus::Closed;
    } else if (!text(ImportField::Resolved).isEmpty()) {
        row.status = CaseStatus::Resolved;
    }

    row.owner = text(ImportField::Owner).simplified();
    if (row.owner.size() > maxName)
        problem(ImportField::Owner, tr("an owner's name may be at most %1 characters long").arg(maxName));

    if (const QString v = text(ImportField::RootCause); !v.isEmpty()) {
        row.rootCause = rootCauseParts(v);
        if (row.rootCause.contains(QString()))
            problem(ImportField::RootCause,
                    tr("'%1' has an empty step; write it as Product defect › Hardware").arg(v));
        else if (row.rootCause.size() > 8)
            problem(ImportField::RootCause, tr("'%1' is deeper than the taxonomy allows").arg(v));
    }

    row.solution = text(ImportField::Solution);
    row.gestures = text(ImportField::Gestures);
    row.promise = text(ImportField::PromiseKept);
    for (ImportField f : {ImportField::Solution, ImportField::Gestures, ImportField::PromiseKept}) {
        if (text(f).size() > maxText)
            problem(f,
                    tr("this text is %1 characters long; at most %2 fit").arg(text(f).size()).arg(maxText));
    }
    if (const QString v = text(ImportField::GestureCost); !v.isEmpty()) {
        auto cents =
            parseCents(v, tr("a gesture's cost cannot be negative ('%1')"), RecoveryRepository::maxCostCents);
        if (cents)
            row.gestureCostCents = *cents;
        else
            problem(ImportField::GestureCost, cents.error());
    }
    return problems.list;
}

// ---- writing -------------------------------------------------------------

/// A statement prepared once and run for every row: at a hundred thousand
/// rows, preparing each time costs more than the inserts themselves.
class Prepared
{
public:
    Prepared(QSqlDatabase db, QString statement) : m_db(std::move(db)), m_statement(std::move(statement)) {}

    /// `what` names the work for an error message; it is called only then,
    /// as formatting it for every row would cost more than some inserts.
    template <typename What> Result<QSqlQuery*> run(const QVariantList& values, const What& what)
    {
        if (!m_query) {
            m_query = std::make_unique<QSqlQuery>(m_db);
            m_query->setForwardOnly(true);
            if (!m_query->prepare(m_statement)) {
                Error e = sql::errorFrom(*m_query, what());
                m_query.reset();
                return std::unexpected(e);
            }
        }
        for (int i = 0; i < values.size(); ++i) {
            m_query->bindValue(i, sql::bindable(values.at(i)));
        }
        if (!m_query->exec())
            return std::unexpected(sql::errorFrom(*m_query, what()));
        return m_query.get();
    }

private:
    QSqlDatabase m_db;
    QString m_statement;
    std::unique_ptr<QSqlQuery> m_query;
};

QVariant nullId()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : nullId();
}

struct Named
{
    qint64 id = 0;
    QString name;
    QString company;
};

/// Finds or adds what a row refers to and writes its case; the caches keep
/// a file of many cases per customer from asking the store each time.
class RowWriter
{
public:
    RowWriter(Database db, User actor, QString source, ImportReport& report)
        : m_db(std::move(db)), m_conn(m_db.connection()), m_actor(std::move(actor)),
          m_source(std::move(source)), m_report(report), m_now(sql::toStored(Clock::now())),
          m_caseExists(m_conn, QStringLiteral("SELECT 1 FROM cases WHERE id = ?")),
          // By name alone, the company compared here: the planner would
          // otherwise take the company index, which for customers without
          // a company is a scan of all of them.
          m_findCustomer(m_conn,
                         QStringLiteral("SELECT id, name, company, email, phone, segment, "
                                        "lifetime_value_cents FROM customers WHERE name = ? ORDER BY id")),
          m_insertCustomer(m_conn,
                           QStringLiteral("INSERT INTO customers (name, company, email, phone, segment, "
                                          "lifetime_value_cents, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                                          "RETURNING id")),
          // Never the name or the company: they are what matched, and the
          // search index (whose insert trigger is set aside) follows them.
          m_updateCustomer(m_conn, QStringLiteral("UPDATE customers SET email = ?, phone = ?, segment = ?, "
                                                  "lifetime_value_cents = ? WHERE id = ?")),
          m_findProduct(m_conn, QStringLiteral("SELECT id, name FROM products WHERE name = ?")),
          m_findUser(m_conn,
                     QStringLiteral("SELECT id, display_name FROM users WHERE lower(display_name) = lower(?) "
                                    "OR lower(login) = lower(?) ORDER BY lower(display_name) = lower(?) "
                                    "DESC, id LIMIT 1")),
          m_loginTaken(m_conn, QStringLiteral("SELECT 1 FROM users WHERE lower(login) = lower(?)")),
          m_insertCase(
              m_conn,
              QStringLiteral("INSERT INTO cases (id, customer_id, product_id, channel, description, "
                             "severity, impact, status, owner_id, opened_at, updated_at, resolved_at, "
                             "closed_at, customer_name, company, product_name, owner_name, priority) "
                             "VALUES (%1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id")
                  .arg(sql::dialect(
                      m_conn, QStringLiteral("?"),
                      QStringLiteral("coalesce(?, nextval(pg_get_serial_sequence('cases', 'id')))")))),
          m_advanceCaseIds(m_conn,
                           QStringLiteral("SELECT setval(pg_get_serial_sequence('cases', 'id'), "
                                          "greatest(CAST(? AS BIGINT), (SELECT max(id) FROM cases)))")),
          m_insertEvent(m_conn,
                        QStringLiteral("INSERT INTO case_events (case_id, at, actor_id, kind, field, "
                                       "old_value, new_value, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")),
          m_insertAnalysis(m_conn,
                           QStringLiteral("INSERT INTO analyses (case_id, root_cause_id, whys, "
                                          "education_gap, recorded_at, recorded_by) VALUES (?, ?, '[]', "
                                          "0, ?, ?)")),
          m_insertImport(m_conn,
                         QStringLiteral("INSERT INTO case_imports (case_id, source, line, imported_at, "
                                        "imported_by, apology_sent_at, solution, gestures, "
                                        "gesture_cost_cents, promise) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    {
    }

    /// Writes the row's case. A problem only the store can find (a root
    /// cause the actor may not add) comes back as a row problem; anything
    /// else that fails is an error that ends the import.
    Result<std::optional<RowProblem>> write(const ParsedRow& row, qint64 line, const Columns& cols)
    {
        qint64 rootCauseId = 0;
        if (!row.rootCause.isEmpty()) {
            auto cause = rootCause(row.rootCause);
            if (!cause) {
                if (cause.error().code != Error::Code::InvalidInput)
                    return std::unexpected(cause.error());
                return std::optional<RowProblem>(
                    RowProblem{line, cols.name(ImportField::RootCause), cause.error().message});
            }
            rootCauseId = *cause;
        }
        auto customer = customerFor(row);
        if (!customer)
            return rowProblemOr(customer.error(), line, cols, ImportField::Customer);
        auto product = productFor(row.product);
        if (!product)
            return rowProblemOr(product.error(), line, cols, ImportField::Product);
        Named owner;
        if (!row.owner.isEmpty()) {
            auto found = ownerFor(row.owner);
            if (!found)
                return rowProblemOr(found.error(), line, cols, ImportField::Owner);
            owner = *found;
        }

        const auto what = [&] { return tr("importing line %1 of %2").arg(line).arg(m_source); };
        qint64 id = 0;
        if (row.wantedId > 0) {
            auto taken = m_caseExists.run({row.wantedId}, what);
            if (!taken)
                return std::unexpected(taken.error());
            if (!(*taken)->next())
                id = row.wantedId;
            (*taken)->finish();
        }

        // What the old system knew last decides the stamps; an open case
        // has neither, as in Redress, where reopening clears both.
        QDateTime resolvedAt;
        QDateTime closedAt;
        const QDateTime lastKnown = row.updated.isValid() ? row.updated : row.opened;
        if (row.status == CaseStatus::Resolved || row.status == CaseStatus::FollowUp) {
            resolvedAt = row.resolved.isValid() ? row.resolved : lastKnown;
        } else if (row.status == CaseStatus::Closed) {
            closedAt = row.closed.isValid() ? row.closed : lastKnown;
            resolvedAt = row.resolved.isValid() ? row.resolved : closedAt;
        }
        QDateTime updatedAt = row.opened;
        for (const QDateTime& t : {row.updated, resolvedAt, closedAt}) {
            if (t.isValid() && t > updatedAt)
                updatedAt = t;
        }

        // Priority is this store's answer for the severity and impact: a
        // "priority" column in the file (the old system's own scale, or our
        // export) is deliberately not an import field and is ignored.
        if (!m_matrix) {
            auto matrix = PriorityRepository::matrixIn(m_conn);
            if (!matrix)
                return std::unexpected(matrix.error());
            m_matrix = *matrix;
        }
        const QString priority = keyOf(m_matrix->of(row.severity, row.impact));
        auto inserted =
            m_insertCase.run({id > 0 ? QVariant(id) : nullId(), customer->id, product->id, keyOf(row.channel),
                              row.description, static_cast<int>(row.severity), static_cast<int>(row.impact),
                              keyOf(row.status), idOrNull(owner.id), sql::toStored(row.opened),
                              sql::toStored(updatedAt), sql::toStored(resolvedAt), sql::toStored(closedAt),
                              customer->name, customer->company, product->name, owner.name, priority},
                             what);
        if (!inserted)
            return std::unexpected(inserted.error());
        const qint64 caseId = sql::returnedId(**inserted);
        if (id > 0 && sql::isPostgres(m_conn)) {
            auto advanced = m_advanceCaseIds.run({caseId}, what);
            if (!advanced)
                return std::unexpected(advanced.error());
            (*advanced)->finish();
        }
        m_newCases << caseId;

        QString note = tr("Imported from %1, line %2").arg(m_source).arg(line);
        if (row.wantedId > 0 && id == 0)
            note = tr("%1; it was %2 there, a reference already in use here").arg(note, row.reference);
        else if (row.wantedId == 0 && !row.reference.isEmpty())
            note = tr("%1; its reference there: %2").arg(note, row.reference);
        const QVariant actor = idOrNull(m_actor.id);
        if (auto ok =
                m_insertEvent.run({caseId, sql::toStored(row.opened), actor, keyOf(CaseEvent::Kind::Created),
                                   QStringLiteral("status"), QString(), keyOf(CaseStatus::New), note},
                                  what);
            !ok)
            return std::unexpected(ok.error());
        // The timeline must lead to the status the case has.
        if (row.status != CaseStatus::New) {
            if (auto ok = m_insertEvent.run({caseId, sql::toStored(updatedAt), actor,
                                             keyOf(CaseEvent::Kind::StatusChanged), QStringLiteral("status"),
                                             keyOf(CaseStatus::New), keyOf(row.status), tr("imported")},
                                            what);
                !ok)
                return std::unexpected(ok.error());
        }
        if (rootCauseId > 0) {
            if (auto ok = m_insertAnalysis.run({caseId, rootCauseId, sql::toStored(updatedAt), actor}, what);
                !ok)
                return std::unexpected(ok.error());
        }
        const QVariant cost =
            row.gestureCostCents ? QVariant(*row.gestureCostCents) : QVariant(QMetaType::fromType<qint64>());
        if (auto ok =
                m_insertImport.run({caseId, m_source, line, m_now, actor, sql::toStored(row.apologySent),
                                    row.solution, row.gestures, cost, row.promise},
                                   what);
            !ok)
            return std::unexpected(ok.error());
        return std::optional<RowProblem>();
    }

    /// Adds the customer of a customers file's row, or writes its non-empty
    /// cells over those of the known customer of that name and company.
    Status writeCustomer(const ParsedRow& row, qint64 line)
    {
        const auto what = [&] { return tr("importing line %1 of %2").arg(line).arg(m_source); };
        auto known = findCustomer(row, what);
        if (!known)
            return std::unexpected(known.error());
        if (!*known) {
            auto made = insertCustomer(row, what);
            if (!made)
                return std::unexpected(made.error());
            return {};
        }
        StoredCustomer merged = **known;
        if (!row.email.isEmpty())
            merged.email = row.email;
        if (!row.phone.isEmpty())
            merged.phone = row.phone;
        if (!row.segment.isEmpty())
            merged.segment = row.segment;
        if (row.lifetimeValueCents)
            merged.lifetimeValueCents = *row.lifetimeValueCents;
        if (merged != **known) {
            if (auto ok = m_updateCustomer.run(
                    {merged.email, merged.phone, merged.segment, merged.lifetimeValueCents, merged.named.id},
                    what);
                !ok)
                return std::unexpected(ok.error());
        }
        ++m_report.customersUpdated;
        return {};
    }

    const QList<qint64>& newCases() const { return m_newCases; }
    const QList<qint64>& newCustomers() const { return m_newCustomers; }

private:
    static Result<std::optional<RowProblem>> rowProblemOr(const Error& e, qint64 line, const Columns& cols,
                                                          ImportField f)
    {
        if (e.code != Error::Code::InvalidInput)
            return std::unexpected(e);
        const auto named = importFieldFromKey(e.field);
        return std::optional<RowProblem>(RowProblem{line, cols.name(named.value_or(f)), e.message});
    }

    struct StoredCustomer
    {
        Named named;
        QString email;
        QString phone;
        QString segment;
        qint64 lifetimeValueCents = 0;

        bool operator==(const StoredCustomer& o) const
        {
            return named.id == o.named.id && email == o.email && phone == o.phone && segment == o.segment &&
                   lifetimeValueCents == o.lifetimeValueCents;
        }
    };

    /// The first customer (by id) of the row's name and company, both in
    /// any case.
    template <typename What>
    Result<std::optional<StoredCustomer>> findCustomer(const ParsedRow& row, const What& what)
    {
        auto q = m_findCustomer.run({row.customer}, what);
        if (!q)
            return std::unexpected(q.error());
        std::optional<StoredCustomer> found;
        while ((*q)->next()) {
            if ((*q)->value(2).toString().compare(row.company, Qt::CaseInsensitive) == 0) {
                found = StoredCustomer{
                    Named{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), (*q)->value(2).toString()},
                    (*q)->value(3).toString(), (*q)->value(4).toString(), (*q)->value(5).toString(),
                    (*q)->value(6).toLongLong()};
                break;
            }
        }
        (*q)->finish();
        return found;
    }

    // The insert CustomerRepository::create makes (checkCustomer ran its
    // checks), without the savepoint it opens: at every savepoint FTS5
    // writes out the index entries it holds, and a file of 100,000 new
    // customers took a minute instead of seconds.
    template <typename What> Result<Named> insertCustomer(const ParsedRow& row, const What& what)
    {
        auto made = m_insertCustomer.run({row.customer, row.company, row.email, row.phone, row.segment,
                                          row.lifetimeValueCents.value_or(0), m_now},
                                         what);
        if (!made)
            return std::unexpected(made.error());
        const Named found{sql::returnedId(**made), row.customer, row.company};
        m_newCustomers << found.id;
        ++m_report.customersCreated;
        return found;
    }

    // A case row's segment and lifetime value go into a customer it adds
    // (the first such row decides); a customer already known is not changed
    // by a case, only by a customers import.
    Result<Named> customerFor(const ParsedRow& row)
    {
        const QString key = row.customer.toCaseFolded() + QChar(0x1F) + row.company.toCaseFolded();
        if (auto it = m_customers.constFind(key); it != m_customers.constEnd())
            return *it;
        const auto what = [&] { return tr("looking up customer %1").arg(row.customer); };
        auto known = findCustomer(row, what);
        if (!known)
            return std::unexpected(known.error());
        Named found;
        if (*known) {
            found = (*known)->named;
        } else {
            auto made = insertCustomer(row, what);
            if (!made)
                return std::unexpected(made.error());
            found = *made;
        }
        m_customers.insert(key, found);
        return found;
    }

    Result<Named> productFor(const QString& name)
    {
        const QString key = name.toCaseFolded();
        if (auto it = m_products.constFind(key); it != m_products.constEnd())
            return *it;
        auto q = m_findProduct.run({name}, [&] { return tr("looking up product %1").arg(name); });
        if (!q)
            return std::unexpected(q.error());
        Named found;
        if ((*q)->next()) {
            found = Named{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), {}};
            (*q)->finish();
        } else {
            auto made = ProductRepository(m_db).ensure(name);
            if (!made)
                return std::unexpected(made.error());
            found = Named{made->id, made->name, {}};
            ++m_report.productsCreated;
        }
        m_products.insert(key, found);
        return found;
    }

    // "Ann-Marie O'Neill" → "ann-marie.oneill"; letters of any script stay.
    static QString loginFrom(const QString& name)
    {
        QString login;
        for (QChar c : name.simplified().toLower()) {
            if (c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_'))
                login += c;
            else if (c == QLatin1Char(' ') || c == QLatin1Char('.'))
                login += QLatin1Char('.');
        }
        while (login.contains(QStringLiteral("..")))
            login.replace(QStringLiteral(".."), QStringLiteral("."));
        if (login.startsWith(QLatin1Char('.')))
            login.remove(0, 1);
        if (login.endsWith(QLatin1Char('.')))
            login.chop(1);
        return login.isEmpty() ? QStringLiteral("user") : login.left(90);
    }

    Result<Named> ownerFor(const QString& name)
    {
        const QString key = name.toCaseFolded();
        if (auto it = m_owners.constFind(key); it != m_owners.constEnd())
            return *it;
        const auto what = [&] { return tr("looking up user %1").arg(name); };
        auto q = m_findUser.run({name, name, name}, what);
        if (!q)
            return std::unexpected(q.error());
        Named found;
        if ((*q)->next()) {
            found = Named{(*q)->value(0).toLongLong(), (*q)->value(1).toString(), {}};
            (*q)->finish();
        } else {
            const QString base = loginFrom(name);
            QString login = base;
            for (int n = 2;; ++n) {
                auto taken = m_loginTaken.run({login}, what);
                if (!taken)
                    return std::unexpected(taken.error());
                const bool used = (*taken)->next();
                (*taken)->finish();
                if (!used)
                    break;
                login = base + QLatin1Char('.') + QString::number(n);
            }
            User u;
            u.login = login;
            u.displayName = name;
            u.role = Role::Rep;
            auto made = UserRepository(m_db).create(u);
            if (!made)
                return std::unexpected(made.error());
            found = Named{made->id, made->displayName, {}};
            m_report.usersCreated << QStringLiteral("%1 (%2)").arg(made->displayName, made->login);
        }
        m_owners.insert(key, found);
        return found;
    }

    Result<qint64> rootCause(const QStringList& parts)
    {
        RecoveryRepository recovery(m_db, m_actor);
        if (!m_causesLoaded) {
            auto causes = recovery.rootCauses();
            if (!causes)
                return std::unexpected(causes.error());
            for (const RootCause& c : *causes)
                m_causes.insert(foldPath(rootCauseParts(c.path)), c.id);
            m_causesLoaded = true;
        }
        qint64 parent = 0;
        for (qsizetype depth = 1; depth <= parts.size(); ++depth) {
            const QString key = foldPath(parts.mid(0, depth));
            if (auto it = m_causes.constFind(key); it != m_causes.constEnd()) {
                parent = *it;
                continue;
            }
            auto added = recovery.addRootCause(parent, parts.at(depth - 1));
            if (!added) {
                Error e = added.error();
                if (e.code == Error::Code::InvalidInput)
                    e.message = tr("'%1' is not in the root-cause taxonomy and cannot be added: %2")
                                    .arg(parts.join(QStringLiteral(" › ")), e.message);
                return std::unexpected(e);
            }
            parent = added->id;
            m_causes.insert(key, parent);
        }
        return parent;
    }

    Database m_db;
    QSqlDatabase m_conn;
    User m_actor;
    QString m_source;
    ImportReport& m_report;
    QVariant m_now;
    Prepared m_caseExists;
    Prepared m_findCustomer;
    Prepared m_insertCustomer;
    Prepared m_updateCustomer;
    Prepared m_findProduct;
    Prepared m_findUser;
    Prepared m_loginTaken;
    Prepared m_insertCase;
    /// PostgreSQL: a case imported with its own id moves the id sequence past it.
    Prepared m_advanceCaseIds;
    Prepared m_insertEvent;
    Prepared m_insertAnalysis;
    Prepared m_insertImport;
    QHash<QString, Named> m_customers;
    QHash<QString, Named> m_products;
    QHash<QString, Named> m_owners;
    QHash<QString, qint64> m_causes;
    bool m_causesLoaded = false;
    QList<qint64> m_newCases;
    std::optional<PriorityMatrix> m_matrix; // read on the first case written
    QList<qint64> m_newCustomers;
};

/// The rows that were not imported, as CSV beside the original: its header
/// and each row's cells, and an "error" column saying why. Opened on the
/// first bad row, so a clean import leaves no file; written atomically.
class RejectsFile
{
public:
    RejectsFile(QString path, const QStringList& header, QChar separator, bool byteOrderMark)
        : m_path(std::move(path)), m_header(header), m_separator(separator), m_bom(byteOrderMark)
    {
    }

    bool isOpen() const { return m_file != nullptr; }

    Status add(const QStringList& fields, const QList<RowProblem>& problems)
    {
        if (!m_file) {
            m_file = std::make_unique<QSaveFile>(m_path);
            if (!m_file->open(QIODevice::WriteOnly))
                return failed();
            if (m_bom)
                m_file->write("\xEF\xBB\xBF", 3);
            write(m_header, QStringLiteral("error"));
        }
        QStringList reasons;
        for (const RowProblem& p : problems) {
            reasons << (p.column.isEmpty() ? tr("line %1: %2").arg(p.line).arg(p.reason)
                                           : tr("line %1: %2: %3").arg(p.line).arg(p.column, p.reason));
        }
        write(fields, reasons.join(QStringLiteral("; ")));
        if (m_file->error() != QFileDevice::NoError)
            return failed();
        return {};
    }

    Status commit()
    {
        if (m_file && !m_file->commit())
            return failed();
        return {};
    }

    /// Takes the written file away again when the import fails after it.
    void discard()
    {
        if (m_file)
            QFile::remove(m_path);
    }

private:
    void write(const QStringList& cells, const QString& error)
    {
        // Cells as the text they stand for; csvRecord neutralises again.
        QStringList out;
        out.reserve(cells.size() + 1);
        for (const QString& c : cells)
            out << restoredCell(c);
        out << error;
        m_file->write(csvRecord(out, m_separator));
    }

    Status failed()
    {
        const QString reason = m_file ? m_file->errorString() : QString();
        if (m_file)
            m_file->cancelWriting();
        return fail(
            Error::Code::Io,
            tr("The rejected rows cannot be saved to %1: %2. Nothing was imported.").arg(m_path, reason));
    }

    QString m_path;
    QStringList m_header;
    QChar m_separator;
    bool m_bom = false;
    std::unique_ptr<QSaveFile> m_file;
};

// The triggers that feed the search indexes are set aside while the rows
// go in, and the new rows indexed in one statement at the end, inside the
// same transaction. Row by row, every statement after an index write makes
// FTS5 write out what it holds (it does so at each statement savepoint):
// measured, that more than doubled the time of a 100,000-row import. The
// triggers' text is read from the schema, so it cannot drift from the
// migrations; a rollback puts them back with everything else.
Result<QStringList> setSearchTriggersAside(const QSqlDatabase& db)
{
    const QString what = tr("preparing the import");
    if (sql::isPostgres(db))
        return QStringList(); // its trigram indexes follow the rows themselves
    auto q = sql::run(db,
                      QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN "
                                     "('cases_search_insert', 'customers_search_insert')"),
                      what);
    if (!q)
        return std::unexpected(q.error());
    QStringList names;
    QStringList creates;
    while (q->next()) {
        names << q->value(0).toString();
        creates << q->value(1).toString();
    }
    q->finish();
    for (const QString& name : names) {
        // The name comes from the schema, not from input.
        if (auto r = sql::run(db, QStringLiteral("DROP TRIGGER %1").arg(name), what); !r)
            return std::unexpected(r.error());
    }
    return creates;
}

QString idArray(const QList<qint64>& ids)
{
    QString json = QStringLiteral("[");
    for (qsizetype i = 0; i < ids.size(); ++i) {
        if (i > 0)
            json += QLatin1Char(',');
        json += QString::number(ids.at(i));
    }
    return json + QLatin1Char(']');
}

Status indexAndRestore(const QSqlDatabase& db, const QStringList& creates, const QList<qint64>& cases,
                       const QList<qint64>& customers)
{
    const QString what = tr("indexing the imported cases for search");
    if (sql::isPostgres(db))
        return {}; // trigram indexes follow the rows; ids moved on row by row
    if (!cases.isEmpty()) {
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO case_search (rowid, description) SELECT id, description FROM "
                           "cases WHERE id IN (SELECT value FROM json_each(?))"),
            {idArray(cases)}, what);
        if (!q)
            return std::unexpected(q.error());
    }
    if (!customers.isEmpty()) {
        auto q = sql::run(
            db,
            QStringLiteral("INSERT INTO customer_search (rowid, name, company) SELECT id, name, company "
                           "FROM customers WHERE id IN (SELECT value FROM json_each(?))"),
            {idArray(customers)}, what);
        if (!q)
            return std::unexpected(q.error());
    }
    for (const QString& statement : creates) {
        if (auto r = sql::run(db, statement, what); !r)
            return std::unexpected(r.error());
    }
    return {};
}

bool isBlank(const QStringList& fields)
{
    for (const QString& f : fields) {
        if (!f.trimmed().isEmpty())
            return false;
    }
    return true;
}

QString customerFieldLabels()
{
    QStringList labels;
    for (ImportField f : allImportFields()) {
        if (isCustomerField(f))
            labels << labelOf(f);
    }
    return labels.join(QStringLiteral(", "));
}

Result<Columns> resolveColumns(const QStringList& header, const ImportMapping& mapping, const QString& source,
                               ImportKind kind)
{
    Columns cols;
    cols.index.fill(-1);
    cols.header = header;
    for (qsizetype i = 0; i < mapping.size() && i < header.size(); ++i) {
        if (!mapping.at(i))
            continue;
        if (kind == ImportKind::Customers && !isCustomerField(*mapping.at(i)))
            return fail(Error::Code::InvalidInput,
                        tr("Column '%1' of %2 is mapped to %3, which only cases have; a customers import "
                           "takes %4. Skip the column, or import the file as cases.")
                            .arg(header.at(i), source, labelOf(*mapping.at(i)), customerFieldLabels()));
        int& slot = cols.index[static_cast<size_t>(*mapping.at(i))];
        if (slot >= 0)
            return fail(Error::Code::InvalidInput,
                        tr("Two columns of %1 feed %2: '%3' and '%4'; choose one.")
                            .arg(source, labelOf(*mapping.at(i)), header.at(slot), header.at(i)));
        slot = static_cast<int>(i);
    }
    if (kind == ImportKind::Customers) {
        if (!cols.has(ImportField::Customer))
            return fail(Error::Code::InvalidInput, tr("%1 has no column for %2; every customer needs a name.")
                                                       .arg(source, labelOf(ImportField::Customer)));
        return cols;
    }
    QStringList missing;
    for (ImportField f :
         {ImportField::Customer, ImportField::Product, ImportField::Description, ImportField::Opened}) {
        if (!cols.has(f))
            missing << labelOf(f);
    }
    if (!missing.isEmpty())
        return fail(
            Error::Code::InvalidInput,
            tr("%1 has no column for %2; every case needs a customer, a product, a description and the "
               "date it was opened.")
                .arg(source, missing.join(QStringLiteral(", "))));
    return cols;
}

} // namespace

QList<ImportField> allImportFields()
{
    QList<ImportField> fields;
    for (const FieldInfo& info : fieldTable())
        fields << info.field;
    return fields;
}

bool isCustomerField(ImportField f)
{
    switch (f) {
    case ImportField::Customer:
    case ImportField::Company:
    case ImportField::Email:
    case ImportField::Phone:
    case ImportField::Segment:
    case ImportField::LifetimeValue: return true;
    default: return false;
    }
}

QString keyOf(ImportField f)
{
    return QLatin1String(infoOf(f).key);
}

QString labelOf(ImportField f)
{
    return QCoreApplication::translate("redress::core::CaseImporter", infoOf(f).label);
}

std::optional<ImportField> importFieldFromKey(const QString& key)
{
    for (const FieldInfo& info : fieldTable()) {
        if (key == QLatin1String(info.key))
            return info.field;
    }
    return std::nullopt;
}

Result<CsvPreview> CaseImporter::preview(const QString& path, int rows)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    CsvReader reader(file, name);
    auto header = reader.readHeader();
    if (!header)
        return std::unexpected(header.error());
    CsvPreview preview;
    preview.header = header->fields;
    preview.separator = QLatin1Char(reader.separator());
    preview.bytes = file.size();
    while (preview.rows.size() < rows) {
        auto record = reader.next();
        if (!record)
            return std::unexpected(record.error());
        if (!*record)
            break;
        if (!isBlank((*record)->fields))
            preview.rows << (*record)->fields;
    }
    return preview;
}

ImportMapping CaseImporter::guessMapping(const QStringList& header, ImportKind kind)
{
    ImportMapping mapping(header.size());
    std::array<bool, fieldCount> used{};
    const auto assign = [&](qsizetype column, ImportField f) {
        // A customer list's "ID" or "Created" is no case's reference or
        // opening date: for customers only their fields are guessed.
        if (used[static_cast<size_t>(f)] || mapping[column] ||
            (kind == ImportKind::Customers && !isCustomerField(f)))
            return;
        mapping[column] = f;
        used[static_cast<size_t>(f)] = true;
    };
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = fold(header.at(i));
        if (name.isEmpty())
            continue;
        for (const FieldInfo& info : fieldTable()) {
            const auto exported = exportColumn(QString::fromLatin1(info.key));
            if (name == fold(QString::fromLatin1(info.key)) || name == fold(labelOf(info.field)) ||
                name == fold(QString::fromLatin1(info.label)) || (exported && name == fold(exported->label)))
                assign(i, info.field);
        }
    }
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = fold(header.at(i));
        if (name.isEmpty() || mapping[i])
            continue;
        for (const FieldInfo& info : fieldTable()) {
            for (const char* synonym : info.synonyms) {
                if (name == fold(QString::fromLatin1(synonym)))
                    assign(i, info.field);
            }
        }
    }
    return mapping;
}

ImportKind CaseImporter::guessKind(const QStringList& header)
{
    bool customer = false;
    for (const std::optional<ImportField>& f : guessMapping(header)) {
        if (f && !isCustomerField(*f))
            return ImportKind::Cases;
        customer = customer || f == ImportField::Customer;
    }
    return customer ? ImportKind::Customers : ImportKind::Cases;
}

Result<ImportReport> CaseImporter::run(const QString& path, const ImportOptions& options,
                                       const Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    return run(file, QFileInfo(path).fileName(), options, progress);
}

Result<ImportReport> CaseImporter::run(QIODevice& input, const QString& sourceName,
                                       const ImportOptions& options, const Progress& progress)
{
    CsvReader reader(input, sourceName);
    auto header = reader.readHeader();
    if (!header)
        return std::unexpected(header.error());
    const bool customers = options.kind == ImportKind::Customers;
    auto cols = resolveColumns(header->fields,
                               options.mapping.isEmpty() ? guessMapping(header->fields, options.kind)
                                                         : options.mapping,
                               sourceName, options.kind);
    if (!cols)
        return std::unexpected(cols.error());
    const qint64 total = input.isSequential() ? 0 : input.size();
    const QDateTime now = Clock::now();

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());

    auto searchTriggers = setSearchTriggersAside(db);
    if (!searchTriggers)
        return std::unexpected(searchTriggers.error());

    ImportReport report;
    RowWriter writer(m_db, m_actor, sourceName, report);
    std::optional<RejectsFile> rejects;
    if (!options.allOrNothing && !options.rejectsPath.isEmpty())
        rejects.emplace(options.rejectsPath, header->fields, QLatin1Char(reader.separator()),
                        reader.hadByteOrderMark());

    const auto reject = [&](const CsvRecord& record, const QList<RowProblem>& problems) -> Status {
        ++report.rejected;
        for (const RowProblem& p : problems) {
            if (report.problems.size() < maxProblems)
                report.problems << p;
        }
        return rejects ? rejects->add(record.fields, problems) : Status();
    };
    const auto cancelled = [&]() -> Status {
        if (progress && !progress(reader.bytesRead(), total))
            return fail(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));
        return {};
    };

    // A customers file names each customer once: two rows for one would
    // leave which of them counts to the order of the file. The first line
    // that named a customer, kept or not, by name and company in any case.
    QHash<QString, qint64> customerLines;

    qint64 records = 0;
    while (true) {
        auto next = reader.next();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const CsvRecord& record = **next;
        if (++records % progressEvery == 0) {
            if (auto ok = cancelled(); !ok)
                return std::unexpected(ok.error());
        }
        // Rows of empty cells are what spreadsheets leave below the data.
        if (isBlank(record.fields))
            continue;
        if (record.fields.size() != header->fields.size()) {
            const QString reason = tr("the row has %1 fields; the header has %2")
                                       .arg(record.fields.size())
                                       .arg(header->fields.size());
            if (auto ok = reject(record, {RowProblem{record.line, QString(), reason}}); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        ParsedRow row;
        if (customers) {
            QList<RowProblem> problems = checkCustomerRow(*cols, record, row);
            if (!row.customer.isEmpty()) {
                const QString key = row.customer.toCaseFolded() + QChar(0x1F) + row.company.toCaseFolded();
                if (const qint64 first = customerLines.value(key); first > 0)
                    problems << RowProblem{
                        record.line, cols->name(ImportField::Customer),
                        tr("the same customer as line %1; give each customer one row").arg(first)};
                else
                    customerLines.insert(key, record.line);
            }
            if (problems.isEmpty()) {
                if (auto ok = writer.writeCustomer(row, record.line); !ok)
                    return std::unexpected(ok.error());
                ++report.imported;
            } else if (auto ok = reject(record, problems); !ok) {
                return std::unexpected(ok.error());
            }
            continue;
        }
        QList<RowProblem> problems = checkRow(*cols, record, now, row);
        if (problems.isEmpty()) {
            auto written = writer.write(row, record.line, *cols);
            if (!written)
                return std::unexpected(written.error());
            if (*written)
                problems << **written;
        }
        if (!problems.isEmpty()) {
            if (auto ok = reject(record, problems); !ok)
                return std::unexpected(ok.error());
            continue;
        }
        ++report.imported;
    }
    // One last word from the caller before anything is kept.
    if (progress && !progress(reader.bytesRead(), total))
        return fail(Error::Code::Cancelled, tr("The import was cancelled; nothing was imported."));

    if (options.allOrNothing && report.rejected > 0) {
        // The transaction rolls back: nothing of the good rows stays either.
        report.imported = 0;
        report.customersCreated = 0;
        report.customersUpdated = 0;
        report.productsCreated = 0;
        report.usersCreated.clear();
        return report;
    }
    if (auto ok = indexAndRestore(db, *searchTriggers, writer.newCases(), writer.newCustomers()); !ok)
        return std::unexpected(ok.error());
    if (!writer.newCases().isEmpty()) {
        const qint64 first = *std::min_element(writer.newCases().cbegin(), writer.newCases().cend());
        if (auto n = SlaRepository::adoptIn(db, first); !n)
            return std::unexpected(n.error());
    }
    // The imported timeline joins the audit chain before the commit.
    if (auto sealed = AuditChain::seal(db); !sealed)
        return std::unexpected(sealed.error());
    // The rejects first: when they cannot be saved, nothing is imported.
    if (rejects) {
        if (auto ok = rejects->commit(); !ok)
            return std::unexpected(ok.error());
        if (rejects->isOpen())
            report.rejectsPath = options.rejectsPath;
    }
    if (auto ok = tx.commit(); !ok) {
        if (rejects)
            rejects->discard();
        return std::unexpected(ok.error());
    }
    return report;
}

} // namespace redress::core
