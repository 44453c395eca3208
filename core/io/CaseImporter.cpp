#include "core/io/CaseImporter.h"

#include "core/Clock.h"
#include "core/PrivateFile.h"
#include "core/cases/Case.h"
#include "core/cases/CaseTypes.h"
#include "core/cases/Customer.h"
#include "core/io/CsvReader.h"
#include "core/io/CsvWriter.h"
#include "core/io/ExportColumns.h"
#include "core/io/ImportDates.h"
#include "core/io/ZendeskReader.h"
#include "core/recovery/RecoveryTypes.h"
#include "core/store/AuditChain.h"
#include "core/store/CaseRepository.h"
#include "core/store/CustomerRepository.h"
#include "core/store/ImportWriter.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/SlaRepository.h"
#include "core/store/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <array>
#include <limits>
#include <memory>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseImporter)
};

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

constexpr size_t fieldCount = 25;

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
         {"opened at", "created", "created at", "date created", "created time", "created date", "created on",
          "sys created on", "date", "date received", "received", "reported"}},
        {ImportField::Customer,
         "customer",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Customer"),
         {"customer name", "full name", "requester name", "client", "contact", "contact name", "requester",
          "from", "reporter", "caller", "name"}},
        {ImportField::Company,
         "company",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Company"),
         {"company name", "organisation", "organization", "account"}},
        {ImportField::Email,
         "email",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Email"),
         {"email address", "customer email", "requester email", "contact email", "from email", "mail"}},
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
         {"source", "via", "medium", "submitted via", "contact type", "ticket channel"}},
        {ImportField::Description,
         "description",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Description"),
         // The customer's own words before a category: the consumer complaint
         // data's "Issue" is a category, its narrative the words.
         {"consumer complaint narrative", "narrative", "complaint", "details", "text", "body", "message",
          "ticket description", "problem", "issue", "subject", "summary", "short description"}},
        {ImportField::Severity, "severity", QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Severity"), {}},
        {ImportField::Impact,
         "impact",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Impact"),
         {"business impact"}},
        {ImportField::Status,
         "status",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Status"),
         // Not "state": in US files that is where the customer lives.
         {"current status", "ticket status"}},
        {ImportField::Owner,
         "owner",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Owner"),
         {"assignee", "assigned to", "agent", "agent assigned", "handler"}},
        {ImportField::RootCause,
         "root_cause",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Root cause"),
         {"cause"}},
        {ImportField::Updated,
         "updated",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Updated"),
         {"updated at", "last updated", "last updated time", "modified", "last modified"}},
        {ImportField::Resolved,
         "resolved",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Resolved"),
         {"resolved at", "resolved time", "solved", "solved at"}},
        {ImportField::Closed,
         "closed",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "Closed"),
         {"closed at", "closed time"}},
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
        {ImportField::ExternalId,
         "external_id",
         QT_TRANSLATE_NOOP("redress::core::CaseImporter", "External id"),
         {"external id", "complaint id", "incident number", "number", "issue key"}},
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
    for (const char* name : {"post", "mail", "postal mail"})
        choices << Choice<Channel>{fold(QString::fromLatin1(name)), Channel::Letter};
    for (const char* name : {"twitter", "facebook", "instagram", "social"})
        choices << Choice<Channel>{fold(QString::fromLatin1(name)), Channel::Social};
    for (const char* name : {"web form", "webform", "website", "portal", "online", "self service", "internet"})
        choices << Choice<Channel>{fold(QString::fromLatin1(name)), Channel::Web};
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
    return Tr::tr("unknown %1 '%2'; one of: %3").arg(what, value, labels.join(QStringLiteral(", ")));
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
    const QString notAmount = Tr::tr("'%1' is not an amount (use 25.00)").arg(text.trimmed());
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
        return std::unexpected(Tr::tr("'%1' is too large an amount").arg(text.trimmed()));
    while (fraction.size() < 2)
        fraction += QLatin1Char('0');
    const qint64 cents = whole.toLongLong() * 100 + fraction.toLongLong();
    if (cents > max)
        return std::unexpected(Tr::tr("'%1' is too large an amount").arg(text.trimmed()));
    return cents;
}

// ---- one row -------------------------------------------------------------

/// Which column feeds each field; -1 when none does.
struct Columns
{
    std::array<int, fieldCount> index{};
    QStringList header;
    /// The profile's constants ("set"), null where none.
    std::array<QString, fieldCount> constant;
    /// The profile's "values", keyed by the folded value of the other system.
    std::array<QHash<QString, QString>, fieldCount> translate;
    ImportDates dates;

    bool has(ImportField f) const
    {
        return index[static_cast<size_t>(f)] >= 0 || !constant[static_cast<size_t>(f)].isNull();
    }
    QString name(ImportField f) const
    {
        const int i = index[static_cast<size_t>(f)];
        const QString n = i >= 0 && i < header.size() ? header.at(i).trimmed() : QString();
        return n.isEmpty() ? labelOf(f) : n;
    }
    /// The cell as the text it stands for: the export's neutralising quote
    /// in front of = + - @ TAB CR comes off again.
    /// Then the profile's translation, and its constant for an empty cell.
    QString value(ImportField f, const QStringList& fields) const
    {
        const auto slot = static_cast<size_t>(f);
        const int i = index[slot];
        QString cell = i >= 0 && i < fields.size() ? restoredCell(fields.at(i)) : QString();
        if (!translate[slot].isEmpty() && !cell.isEmpty()) {
            if (auto it = translate[slot].constFind(fold(cell)); it != translate[slot].constEnd())
                cell = *it;
        }
        if (cell.trimmed().isEmpty() && !constant[slot].isNull())
            return constant[slot];
        return cell;
    }
};

struct ParsedRow
{
    qint64 wantedId = 0; ///< an RD reference's id, 0 when none
    QString reference;   ///< the reference as the file has it
    QString externalId;  ///< the source system's id: its column, or a reference not of ours
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
        problems.add(ImportField::Customer, Tr::tr("missing customer"));
    if (row.segment.size() > maxName)
        problems.add(ImportField::Segment,
                     Tr::tr("a segment may be at most %1 characters long").arg(maxName));
    if (const QString v = text(ImportField::LifetimeValue); !v.isEmpty()) {
        // The store asks only for a value of at least 0; a key account may
        // be worth far more than any gesture, so no gesture's cap here.
        auto cents = parseCents(v, Tr::tr("a lifetime value cannot be negative ('%1')"),
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

/// Channel, severity and impact, each one of the names the store knows.
void checkChoices(const Columns& cols, const CsvRecord& record, ParsedRow& row, Problems& problems)
{
    const auto problem = [&](ImportField f, const QString& reason) { problems.add(f, reason); };
    const auto text = [&](ImportField f) { return cols.value(f, record.fields).trimmed(); };
    if (const QString v = text(ImportField::Channel); !v.isEmpty()) {
        static const auto choices = channelChoices();
        if (auto c = pick(choices, v))
            row.channel = *c;
        else
            problem(ImportField::Channel, unknownChoice(Tr::tr("channel"), v, channelLabels()));
    }
    if (const QString v = text(ImportField::Severity); !v.isEmpty()) {
        static const auto choices = severityChoices();
        if (auto s = pick(choices, v))
            row.severity = *s;
        else
            problem(ImportField::Severity, unknownChoice(Tr::tr("severity"), v, severityLabels()));
    }
    if (const QString v = text(ImportField::Impact); !v.isEmpty()) {
        static const auto choices = impactChoices();
        if (auto i = pick(choices, v))
            row.impact = *i;
        else
            problem(ImportField::Impact, unknownChoice(Tr::tr("impact"), v, impactLabels()));
    }
}

/// The dates, none in the future and none before the case was opened.
void checkDates(const Columns& cols, const CsvRecord& record, const QDateTime& now, ParsedRow& row,
                Problems& problems)
{
    const auto problem = [&](ImportField f, const QString& reason) { problems.add(f, reason); };
    const auto text = [&](ImportField f) { return cols.value(f, record.fields).trimmed(); };
    const auto date = [&](ImportField f) -> QDateTime {
        const QString v = text(f);
        if (v.isEmpty())
            return {};
        auto d = cols.dates.parse(v);
        if (!d) {
            problem(f, d.error());
            return {};
        }
        // A day's grace for clocks and time zones.
        if (*d > now.addDays(1)) {
            problem(f, Tr::tr("'%1' lies in the future").arg(v));
            return {};
        }
        return *d;
    };
    row.opened = date(ImportField::Opened);
    if (text(ImportField::Opened).isEmpty())
        problem(ImportField::Opened, Tr::tr("missing opened date"));
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
                problem(f, Tr::tr("'%1' is before the case was opened").arg(text(f)));
        }
    }
}

/// The status as written, or the one a closing or resolution date implies.
void checkStatus(const Columns& cols, const CsvRecord& record, ParsedRow& row, Problems& problems)
{
    const auto problem = [&](ImportField f, const QString& reason) { problems.add(f, reason); };
    const auto text = [&](ImportField f) { return cols.value(f, record.fields).trimmed(); };
    if (const QString v = text(ImportField::Status); !v.isEmpty()) {
        static const auto choices = statusChoices();
        if (auto s = pick(choices, v))
            row.status = *s;
        else
            problem(ImportField::Status, unknownChoice(Tr::tr("status"), v, statusLabels()));
    } else if (!text(ImportField::Closed).isEmpty()) {
        // Without a status a closing date is the best witness of one.
        row.status = CaseStatus::Closed;
    } else if (!text(ImportField::Resolved).isEmpty()) {
        row.status = CaseStatus::Resolved;
    }
}

/// What the old system knew of the recovery: root cause, texts and cost.
void checkRecovery(const Columns& cols, const CsvRecord& record, ParsedRow& row, Problems& problems)
{
    const auto problem = [&](ImportField f, const QString& reason) { problems.add(f, reason); };
    const auto text = [&](ImportField f) { return cols.value(f, record.fields).trimmed(); };
    if (const QString v = text(ImportField::RootCause); !v.isEmpty()) {
        row.rootCause = rootCausePathParts(v);
        if (row.rootCause.contains(QString()))
            problem(ImportField::RootCause,
                    Tr::tr("'%1' has an empty step; write it as Product defect › Hardware").arg(v));
        else if (row.rootCause.size() > 8)
            problem(ImportField::RootCause, Tr::tr("'%1' is deeper than the taxonomy allows").arg(v));
    }

    row.solution = text(ImportField::Solution);
    row.gestures = text(ImportField::Gestures);
    row.promise = text(ImportField::PromiseKept);
    for (ImportField f : {ImportField::Solution, ImportField::Gestures, ImportField::PromiseKept}) {
        if (text(f).size() > maxText)
            problem(
                f,
                Tr::tr("this text is %1 characters long; at most %2 fit").arg(text(f).size()).arg(maxText));
    }
    if (const QString v = text(ImportField::GestureCost); !v.isEmpty()) {
        auto cents = parseCents(v, Tr::tr("a gesture's cost cannot be negative ('%1')"),
                                RecoveryRepository::maxCostCents);
        if (cents)
            row.gestureCostCents = *cents;
        else
            problem(ImportField::GestureCost, cents.error());
    }
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
    row.externalId = text(ImportField::ExternalId);
    if (row.externalId.isEmpty() && row.wantedId == 0)
        row.externalId = row.reference;
    if (row.externalId.size() > maxName)
        problem(ImportField::ExternalId,
                Tr::tr("an external id may be at most %1 characters long").arg(maxName));

    checkCustomer(cols, record, row, problems);
    row.product = text(ImportField::Product).simplified();
    row.description = text(ImportField::Description);
    if (row.product.isEmpty())
        problem(ImportField::Product, Tr::tr("missing product"));
    if (row.description.isEmpty())
        problem(ImportField::Description, Tr::tr("missing description"));

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
        problem(ImportField::Product,
                Tr::tr("a product name may be at most %1 characters long").arg(maxName));

    checkChoices(cols, record, row, problems);
    checkDates(cols, record, now, row, problems);
    checkStatus(cols, record, row, problems);

    row.owner = text(ImportField::Owner).simplified();
    if (row.owner.size() > maxName)
        problem(ImportField::Owner, Tr::tr("an owner's name may be at most %1 characters long").arg(maxName));

    checkRecovery(cols, record, row, problems);
    return problems.list;
}

// ---- writing -------------------------------------------------------------

ImportWriter::CustomerRow customerOf(const ParsedRow& row)
{
    return {row.customer, row.company, row.email, row.phone, row.segment, row.lifetimeValueCents};
}

/// The case a row stands for, as the store writes it. What the old system
/// knew last decides the stamps; an open case has neither, as in Redress,
/// where reopening clears both.
ImportWriter::Row caseOf(const ParsedRow& row, qint64 line, const QString& source)
{
    ImportWriter::Row c;
    c.line = line;
    c.wantedId = row.wantedId;
    c.externalId = row.externalId;
    c.customer = customerOf(row);
    c.product = row.product;
    c.owner = row.owner;
    c.rootCause = row.rootCause;
    c.channel = row.channel;
    c.description = row.description;
    c.severity = row.severity;
    c.impact = row.impact;
    c.status = row.status;
    c.opened = row.opened;
    const QDateTime lastKnown = row.updated.isValid() ? row.updated : row.opened;
    if (row.status == CaseStatus::Resolved || row.status == CaseStatus::FollowUp) {
        c.resolved = row.resolved.isValid() ? row.resolved : lastKnown;
    } else if (row.status == CaseStatus::Closed) {
        c.closed = row.closed.isValid() ? row.closed : lastKnown;
        c.resolved = row.resolved.isValid() ? row.resolved : c.closed;
    }
    c.updated = row.opened;
    for (const QDateTime& t : {row.updated, c.resolved, c.closed}) {
        if (t.isValid() && t > c.updated)
            c.updated = t;
    }
    c.note = Tr::tr("Imported from %1, line %2").arg(source).arg(line);
    c.noteIdTaken = c.note;
    if (row.wantedId > 0)
        c.noteIdTaken =
            Tr::tr("%1; it was %2 there, a reference already in use here").arg(c.note, row.reference);
    else if (!row.reference.isEmpty())
        c.note = c.noteIdTaken = Tr::tr("%1; its reference there: %2").arg(c.note, row.reference);
    c.statusNote = Tr::tr("imported");
    c.apologySent = row.apologySent;
    c.solution = row.solution;
    c.gestures = row.gestures;
    c.gestureCostCents = row.gestureCostCents;
    c.promise = row.promise;
    return c;
}

/// A reference the store refused, as the row's problem in the column that
/// named it (or the field the store's error names).
RowProblem problemOf(const ImportWriter::Refusal& refusal, qint64 line, const Columns& cols)
{
    using Part = ImportWriter::Part;
    if (refusal.part == Part::RootCause)
        return RowProblem{line, cols.name(ImportField::RootCause), refusal.error.message};
    if (refusal.part == Part::Duplicate)
        return RowProblem{line, QString(), refusal.error.message};
    const ImportField fallback =
        refusal.part == Part::Customer  ? ImportField::Customer
        : refusal.part == Part::Product ? ImportField::Product
        : refusal.part == Part::Key
            ? (cols.has(ImportField::ExternalId) ? ImportField::ExternalId : ImportField::Reference)
            : ImportField::Owner;
    const auto named = importFieldFromKey(refusal.error.field);
    return RowProblem{line, cols.name(named.value_or(fallback)), refusal.error.message};
}

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
            // The rows carry customers' names and words: private, like an export.
            m_file = std::make_unique<PrivateFile>(m_path);
            if (auto opened = m_file->open(); !opened)
                return failed(opened.error().message);
            if (m_bom)
                m_file->device().write("\xEF\xBB\xBF", 3);
            write(m_header, QStringLiteral("error"));
        }
        QStringList reasons;
        for (const RowProblem& p : problems) {
            reasons << (p.column.isEmpty() ? Tr::tr("line %1: %2").arg(p.line).arg(p.reason)
                                           : Tr::tr("line %1: %2: %3").arg(p.line).arg(p.column, p.reason));
        }
        write(fields, reasons.join(QStringLiteral("; ")));
        if (m_file->device().error() != QFileDevice::NoError)
            return failed(m_file->device().errorString());
        return {};
    }

    Status commit()
    {
        if (!m_file)
            return {};
        if (auto ok = m_file->commit(); !ok)
            return failed(ok.error().message);
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
        m_file->device().write(csvRecord(out, m_separator));
    }

    Status failed(const QString& reason)
    {
        if (m_file)
            m_file->cancel();
        return fail(
            Error::Code::Io,
            Tr::tr("The rejected rows cannot be saved to %1: %2. Nothing was imported.").arg(m_path, reason));
    }

    QString m_path;
    QStringList m_header;
    QChar m_separator;
    bool m_bom = false;
    std::unique_ptr<PrivateFile> m_file;
};

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
                               ImportKind kind, const ImportProfile& profile)
{
    Columns cols;
    cols.index.fill(-1);
    cols.header = header;
    cols.dates = ImportDates(profile.dates);
    // The profile was checked when it was read: its keys name fields.
    for (const auto& [key, value] : profile.set) {
        if (const auto f = importFieldFromKey(key))
            cols.constant[static_cast<size_t>(*f)] = value.isNull() ? QLatin1String("") : value;
    }
    for (const auto& [key, pairs] : profile.values) {
        if (const auto f = importFieldFromKey(key)) {
            for (const auto& [from, to] : pairs)
                cols.translate[static_cast<size_t>(*f)].insert(fold(from), to);
        }
    }
    for (qsizetype i = 0; i < mapping.size() && i < header.size(); ++i) {
        if (!mapping.at(i))
            continue;
        if (kind == ImportKind::Customers && !isCustomerField(*mapping.at(i)))
            return fail(Error::Code::InvalidInput,
                        Tr::tr("Column '%1' of %2 is mapped to %3, which only cases have; a customers import "
                               "takes %4. Skip the column, or import the file as cases.")
                            .arg(header.at(i), source, labelOf(*mapping.at(i)), customerFieldLabels()));
        int& slot = cols.index[static_cast<size_t>(*mapping.at(i))];
        if (slot >= 0)
            return fail(Error::Code::InvalidInput,
                        Tr::tr("Two columns of %1 feed %2: '%3' and '%4'; choose one.")
                            .arg(source, labelOf(*mapping.at(i)), header.at(slot), header.at(i)));
        slot = static_cast<int>(i);
    }
    if (kind == ImportKind::Customers) {
        if (!cols.has(ImportField::Customer))
            return fail(Error::Code::InvalidInput,
                        Tr::tr("%1 has no column for %2; every customer needs a name.")
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
            Tr::tr("%1 has no column for %2; every case needs a customer, a product, a description and the "
                   "date it was opened.")
                .arg(source, missing.join(QStringLiteral(", "))));
    return cols;
}

/// One import under way: reads the records, checks each, hands the good
/// rows to the store and the bad ones to the report and the rejects file.
template <typename Reader> class ImportRun
{
public:
    ImportRun(Reader& reader, QString source, const QStringList& header, const Columns& cols,
              const ImportOptions& options, ImportWriter& writer, const CaseImporter::Progress& progress,
              qint64 total)
        : m_reader(reader), m_source(std::move(source)), m_header(header), m_cols(cols), m_options(options),
          m_writer(writer), m_progress(progress), m_total(total), m_now(Clock::now())
    {
        if (!options.allOrNothing && !options.rejectsPath.isEmpty())
            m_rejects.emplace(options.rejectsPath, header, QLatin1Char(reader.separator()),
                              reader.hadByteOrderMark());
    }

    const ImportReport& report() const { return m_report; }
    std::optional<RejectsFile>& rejects() { return m_rejects; }

    Status readAll()
    {
        qint64 records = 0;
        while (true) {
            auto next = m_reader.next();
            if (!next)
                return std::unexpected(next.error());
            if (!*next)
                break;
            const CsvRecord& record = **next;
            if (++records % progressEvery == 0) {
                if (auto ok = cancelled(); !ok)
                    return ok;
            }
            // A record the reader could not split is a bad row like any other.
            if (!record.problem.isEmpty()) {
                const QString column = record.problemField >= 0 && record.problemField < m_header.size()
                                           ? m_header.at(record.problemField).trimmed()
                                           : QString();
                if (auto ok = reject(record, {RowProblem{record.line, column, record.problem}}); !ok)
                    return ok;
                continue;
            }
            // Rows of empty cells are what spreadsheets leave below the data.
            if (isBlank(record.fields))
                continue;
            Status ok = record.fields.size() != m_header.size()
                            ? reject(record, {RowProblem{record.line, QString(),
                                                         Tr::tr("the row has %1 fields; the header has %2")
                                                             .arg(record.fields.size())
                                                             .arg(m_header.size())}})
                        : m_options.kind == ImportKind::Customers ? customerRow(record)
                                                                  : caseRow(record);
            if (!ok)
                return ok;
        }
        // One last word from the caller before anything is kept.
        return cancelled();
    }

private:
    Status cancelled()
    {
        if (m_progress && !m_progress(m_reader.bytesRead(), m_total))
            return fail(Error::Code::Cancelled, Tr::tr("The import was cancelled; nothing was imported."));
        return {};
    }

    Status reject(const CsvRecord& record, const QList<RowProblem>& problems)
    {
        ++m_report.rejected;
        for (const RowProblem& p : problems) {
            if (m_report.problems.size() < CaseImporter::maxProblems)
                m_report.problems << p;
        }
        return m_rejects ? m_rejects->add(record.fields, problems) : Status();
    }

    Status customerRow(const CsvRecord& record)
    {
        ParsedRow row;
        QList<RowProblem> problems = checkCustomerRow(m_cols, record, row);
        // A customers file names each customer once: two rows for one would
        // leave which of them counts to the order of the file.
        if (!row.customer.isEmpty()) {
            const QString key = row.customer.toCaseFolded() + QChar(0x1F) + row.company.toCaseFolded();
            if (const qint64 first = m_customerLines.value(key); first > 0)
                problems << RowProblem{
                    record.line, m_cols.name(ImportField::Customer),
                    Tr::tr("the same customer as line %1; give each customer one row").arg(first)};
            else
                m_customerLines.insert(key, record.line);
        }
        if (!problems.isEmpty())
            return reject(record, problems);
        if (auto ok = m_writer.writeCustomer(customerOf(row), record.line); !ok)
            return ok;
        ++m_report.imported;
        return {};
    }

    Status caseRow(const CsvRecord& record)
    {
        ParsedRow row;
        QList<RowProblem> problems = checkRow(m_cols, record, m_now, row);
        ImportWriter::Outcome outcome = ImportWriter::Outcome::Imported;
        if (problems.isEmpty()) {
            auto written = m_writer.write(caseOf(row, record.line, m_source));
            if (!written)
                return std::unexpected(written.error());
            if (written->refusal)
                problems << problemOf(*written->refusal, record.line, m_cols);
            outcome = written->outcome;
        }
        if (!problems.isEmpty())
            return reject(record, problems);
        if (outcome == ImportWriter::Outcome::Imported) {
            ++m_report.imported;
        } else if (outcome == ImportWriter::Outcome::Updated) {
            ++m_report.updated;
        } else {
            ++m_report.unchanged;
        }
        return {};
    }

    Reader& m_reader;
    QString m_source;
    const QStringList& m_header;
    const Columns& m_cols;
    const ImportOptions& m_options;
    ImportWriter& m_writer;
    const CaseImporter::Progress& m_progress;
    qint64 m_total = 0;
    QDateTime m_now;
    ImportReport m_report;
    std::optional<RejectsFile> m_rejects;
    // The first line that named a customer, kept or not, by name and
    // company in any case.
    QHash<QString, qint64> m_customerLines;
};

/// What makes the rows kept: their search entries, SLA clocks and audit
/// seal, the rejects file, then the commit.
Status keep(const QSqlDatabase& db, Transaction& tx, ImportWriter& writer, const QStringList& searchTriggers,
            std::optional<RejectsFile>& rejects)
{
    if (auto ok =
            ImportWriter::indexAndRestore(db, searchTriggers, writer.unindexedCases(), writer.newCustomers());
        !ok)
        return ok;
    if (!writer.newCases().isEmpty()) {
        const qint64 first = *std::min_element(writer.newCases().cbegin(), writer.newCases().cend());
        if (auto n = SlaRepository::adoptIn(db, first); !n)
            return std::unexpected(n.error());
        if (auto ok = writer.flagSecondFailures(); !ok)
            return ok;
    }
    // The imported timeline joins the audit chain before the commit.
    if (auto sealed = AuditChain::seal(db); !sealed)
        return std::unexpected(sealed.error());
    // The rejects first: when they cannot be saved, nothing is imported.
    if (rejects) {
        if (auto ok = rejects->commit(); !ok)
            return ok;
    }
    if (auto ok = tx.commit(); !ok) {
        if (rejects)
            rejects->discard();
        return ok;
    }
    return {};
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
        return fail(Error::Code::Io, Tr::tr("%1 cannot be read: %2.").arg(path, file.errorString()));
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
    // Synonyms by rank: a field's likelier name takes it before a looser
    // one in an earlier column does.
    qsizetype longest = 0;
    for (const FieldInfo& info : fieldTable())
        longest = std::max(longest, info.synonyms.size());
    for (qsizetype rank = 0; rank < longest; ++rank) {
        for (const FieldInfo& info : fieldTable()) {
            if (rank >= info.synonyms.size())
                continue;
            const QString synonym = fold(QString::fromLatin1(info.synonyms.at(rank)));
            for (qsizetype i = 0; i < header.size(); ++i) {
                if (!mapping[i] && fold(header.at(i)) == synonym)
                    assign(i, info.field);
            }
        }
    }
    return mapping;
}

ImportMapping CaseImporter::mappingFor(const QStringList& header, const ImportProfile& profile,
                                       ImportKind kind)
{
    if (profile.columns.isEmpty())
        return guessMapping(header, kind);
    ImportMapping mapping(header.size());
    QList<bool> named(header.size(), false);
    QList<ImportField> taken;
    for (qsizetype i = 0; i < header.size(); ++i) {
        for (const auto& [name, key] : profile.columns) {
            if (fold(name) != fold(header.at(i)))
                continue;
            named[i] = true;
            if (key) {
                mapping[i] = importFieldFromKey(*key);
                if (mapping[i])
                    taken << *mapping[i];
            }
        }
    }
    // The guess for the rest, as if the profile's columns were not there.
    QStringList rest = header;
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (named[i])
            rest[i].clear();
    }
    const ImportMapping guessed = guessMapping(rest, kind);
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (!named[i] && guessed[i] && !taken.contains(*guessed[i]))
            mapping[i] = guessed[i];
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
        return fail(Error::Code::Io, Tr::tr("%1 cannot be read: %2.").arg(path, file.errorString()));
    return run(file, QFileInfo(path).fileName(), options, progress);
}

namespace {

/// How Zendesk's fields and values map, under the user's profile.
ImportProfile zendeskProfile()
{
    ImportProfile p;
    p.columns = {{QStringLiteral("id"), QStringLiteral("external_id")},
                 {QStringLiteral("created_at"), QStringLiteral("opened")},
                 {QStringLiteral("updated_at"), QStringLiteral("updated")},
                 {QStringLiteral("status"), QStringLiteral("status")},
                 {QStringLiteral("priority"), QStringLiteral("severity")},
                 {QStringLiteral("via"), QStringLiteral("channel")},
                 {QStringLiteral("requester"), QStringLiteral("customer")},
                 {QStringLiteral("requester_email"), QStringLiteral("email")},
                 {QStringLiteral("organization"), QStringLiteral("company")},
                 {QStringLiteral("assignee"), QStringLiteral("owner")},
                 {QStringLiteral("subject"), std::nullopt},
                 {QStringLiteral("description"), std::nullopt},
                 {QStringLiteral("customer_words"), QStringLiteral("description")}};
    p.values = {{QStringLiteral("status"),
                 {{QStringLiteral("open"), QStringLiteral("acknowledged")},
                  {QStringLiteral("pending"), QStringLiteral("in_recovery")},
                  {QStringLiteral("hold"), QStringLiteral("in_recovery")},
                  {QStringLiteral("solved"), QStringLiteral("resolved")}}},
                {QStringLiteral("severity"),
                 {{QStringLiteral("normal"), QStringLiteral("medium")},
                  {QStringLiteral("urgent"), QStringLiteral("critical")}}},
                {QStringLiteral("channel"),
                 {{QStringLiteral("voice"), QStringLiteral("phone")},
                  {QStringLiteral("api"), QStringLiteral("web")},
                  {QStringLiteral("web_widget"), QStringLiteral("web")},
                  {QStringLiteral("mobile_sdk"), QStringLiteral("web")},
                  {QStringLiteral("native_messaging"), QStringLiteral("chat")}}}};
    p.key = QStringLiteral("external_id");
    return p;
}

} // namespace

Result<ImportReport> CaseImporter::run(QIODevice& input, const QString& sourceName,
                                       const ImportOptions& options, const Progress& progress)
{
    if (options.format == ImportFormat::ZendeskJson) {
        ImportOptions zendesk = options;
        zendesk.profile = zendeskProfile();
        zendesk.profile.add(options.profile);
        ZendeskReader reader(input, sourceName);
        return runWith(reader, input, sourceName, zendesk, progress);
    }
    CsvReader reader(input, sourceName);
    return runWith(reader, input, sourceName, options, progress);
}

template <typename Reader>
Result<ImportReport> CaseImporter::runWith(Reader& reader, QIODevice& input, const QString& sourceName,
                                           const ImportOptions& options, const Progress& progress)
{
    auto header = reader.readHeader();
    if (!header)
        return std::unexpected(header.error());
    // A record that cannot be read goes to the rejects file with its line,
    // when there is one; without it the file is refused whole, as before,
    // since nobody could see what was left out.
    reader.setRecovering(!options.allOrNothing && !options.rejectsPath.isEmpty());
    auto cols =
        resolveColumns(header->fields,
                       options.mapping.isEmpty() ? mappingFor(header->fields, options.profile, options.kind)
                                                 : options.mapping,
                       sourceName, options.kind, options.profile);
    if (!cols)
        return std::unexpected(cols.error());

    QSqlDatabase db = m_db.connection();
    Transaction tx(db);
    if (auto ok = tx.begun(); !ok)
        return std::unexpected(ok.error());
    auto searchTriggers = ImportWriter::setSearchTriggersAside(db);
    if (!searchTriggers)
        return std::unexpected(searchTriggers.error());

    ImportWriter::Options writing;
    writing.key = options.profile.key == QLatin1String("external_id") ? ImportWriter::Key::ExternalId
                  : options.profile.key == QLatin1String("reference") ? ImportWriter::Key::Reference
                                                                      : ImportWriter::Key::None;
    writing.update = options.update;
    writing.allowDuplicates = options.allowDuplicates;
    writing.createUsers = options.createUsers;
    ImportWriter writer(m_db, m_actor, sourceName, writing);
    ImportRun import(reader, sourceName, header->fields, *cols, options, writer, progress,
                     input.isSequential() ? 0 : input.size());
    if (auto ok = import.readAll(); !ok)
        return std::unexpected(ok.error());
    ImportReport report = import.report();
    // Under all-or-nothing the transaction rolls back: nothing of the good
    // rows stays either, and the report says so.
    if (options.allOrNothing && report.rejected > 0) {
        report.imported = 0;
        return report;
    }
    report.customersCreated = writer.customersCreated();
    report.customersUpdated = writer.customersUpdated();
    report.productsCreated = writer.productsCreated();
    report.usersCreated = writer.usersCreated();
    if (auto ok = keep(db, tx, writer, *searchTriggers, import.rejects()); !ok)
        return std::unexpected(ok.error());
    if (import.rejects() && import.rejects()->isOpen())
        report.rejectsPath = options.rejectsPath;
    return report;
}

} // namespace redress::core
