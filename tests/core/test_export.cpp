// CSV export: the writer's quoting and spreadsheet safety, the exporter's
// columns and selection (exactly the list's cases in its order), atomic
// files, and `redress-cli export`. The CSV written is read back with a
// strict RFC 4180 reader written here, never by splitting lines.

#include "core/cli/Cli.h"
#include "core/demo/DemoGenerator.h"
#include "core/io/CaseExporter.h"
#include "core/io/CsvWriter.h"
#include "core/io/ExportColumns.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"
#include "support/CaseBuilder.h"
#include "support/CliRun.h"
#include "support/Helpers.h"
#include "support/TempStore.h"
#include "support/Users.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>
#include <unistd.h>

using namespace redress::core;
using namespace redress::test;
using S = CaseStatus;

namespace {

const QByteArray bom("\xEF\xBB\xBF");

/// A strict reader of what the writer promises: quotes only around a whole
/// field, every record ended by CRLF, no bare CR or LF outside quotes.
QList<QStringList> readCsv(QByteArray bytes, QChar separator = QLatin1Char(','))
{
    if (bytes.startsWith(bom))
        bytes.remove(0, bom.size());
    REQUIRE(bytes.endsWith("\r\n"));
    const QString text = QString::fromUtf8(bytes);
    REQUIRE(text.toUtf8() == bytes); // valid UTF-8
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;    // inside quotes
    bool wasQuoted = false; // this field began with a quote
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            INFO("a quote inside an unquoted field at " << i);
            REQUIRE((field.isEmpty() && !wasQuoted));
            quoted = wasQuoted = true;
        } else if (c == separator) {
            record << field;
            field.clear();
            wasQuoted = false;
        } else if (c == QLatin1Char('\r')) {
            INFO("a CR outside quotes not followed by LF at " << i);
            REQUIRE((i + 1 < text.size() && text[i + 1] == QLatin1Char('\n')));
            ++i;
            record << field;
            records << record;
            record.clear();
            field.clear();
            wasQuoted = false;
        } else {
            INFO("a bare LF outside quotes at " << i);
            REQUIRE(c != QLatin1Char('\n'));
            INFO("text after a closing quote at " << i);
            REQUIRE_FALSE(wasQuoted);
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(record.isEmpty());
    return records;
}

QByteArray writeWith(const std::function<void(CsvWriter&)>& fill, QChar separator = QLatin1Char(','),
                     qsizetype bufferBytes = 1 << 18)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        CsvWriter writer(buffer, separator, bufferBytes);
        fill(writer);
        REQUIRE(writer.flush());
        CHECK(writer.bytesWritten() == buffer.size());
    }
    return buffer.data();
}

QStringList column(const QList<QStringList>& records, const QString& label)
{
    REQUIRE_FALSE(records.isEmpty());
    const qsizetype at = records.first().indexOf(label);
    INFO("no column " << label.toStdString());
    REQUIRE(at >= 0);
    QStringList values;
    for (qsizetype i = 1; i < records.size(); ++i)
        values << records[i].value(at);
    return values;
}

QString localText(const QDateTime& t)
{
    return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// Texts a spreadsheet or a CSV reader could trip on, each stored in a case.
const QString commaQuoteNewline = QStringLiteral("He said \"it's broken, again\",\r\nthen left.\nTwice.");
const QString scripts = QStringLiteral("Не работает — 山田 太郎 — بسرعة — 😡🔧 — e\u0301");
const QString formula = QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"click\")");

/// A store with three cases whose recovery was recorded through the
/// repositories, at times the clock sets.
struct ExportDesk
{
    TempStore store;
    FixedClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)};
    User rep = make(QStringLiteral("sam"), QStringLiteral("Sam Rivera"), Role::Rep);
    User lead = make(QStringLiteral("julia"), QStringLiteral("Julia Novak"), Role::Lead);
    qint64 nasty = 0;   // recovered in full, resolved and closed
    qint64 foreign = 0; // an apology and a promise not yet due
    qint64 bare = 0;    // nothing recorded
    QDateTime nastyOpened, apologySent, closedAt;

    User make(const QString& login, const QString& name, Role role)
    {
        return makeUser(store.db(), login, name, role);
    }

    qint64 open(const QString& customer, const QString& company, const QString& product,
                const QString& description, Channel channel = Channel::Email)
    {
        const NewCase intake = CaseBuilder()
                                   .customer(customer)
                                   .company(company)
                                   .product(product)
                                   .description(description)
                                   .channel(channel)
                                   .severity(Severity::High)
                                   .build();
        auto made = CaseRepository(store.db(), rep.id).create(intake);
        INFO(describe(made));
        REQUIRE(made.has_value());
        return made->id;
    }

    void move(qint64 id, std::initializer_list<S> steps)
    {
        CaseRepository cases(store.db(), lead.id);
        for (S s : steps) {
            auto moved = cases.transition(id, s);
            INFO(describe(moved));
            REQUIRE(moved.has_value());
        }
    }

    qint64 gestureType(const QString& name)
    {
        auto types = RecoveryRepository(store.db(), lead).catalogue();
        REQUIRE(types.has_value());
        for (const GestureType& t : *types) {
            if (t.name == name)
                return t.id;
        }
        FAIL("no gesture type " << name.toStdString());
        return 0;
    }

    qint64 rootCause(const QString& path)
    {
        auto causes = RecoveryRepository(store.db(), lead).rootCauses();
        REQUIRE(causes.has_value());
        for (const RootCause& c : *causes) {
            if (c.path == path)
                return c.id;
        }
        FAIL("no root cause " << path.toStdString());
        return 0;
    }

    ExportDesk()
    {
        RecoveryRepository byLead(store.db(), lead);
        RecoveryRepository byRep(store.db(), rep);

        nastyOpened = clock.now();
        nasty = open(QStringLiteral("Müller, Jürgen"), QStringLiteral("@Acme; \"Best\" Ltd"),
                     QStringLiteral("-5 V adapter"), commaQuoteNewline);
        move(nasty, {S::Acknowledged, S::InRecovery});
        clock.advanceSecs(3600);
        apologySent = clock.now();
        REQUIRE(byRep.recordApology(nasty, QStringLiteral("I am sorry."), Channel::Email).has_value());
        clock.advanceSecs(60);
        REQUIRE(byRep.recordApology(nasty, QStringLiteral("Sorry again."), Channel::Phone).has_value());
        REQUIRE(byRep
                    .recordSolution(nasty, QStringLiteral("+ new adapter, sent"),
                                    QStringLiteral("A working one"), QDate(2026, 3, 5))
                    .has_value());
        REQUIRE(byLead.giveGesture(nasty, gestureType(QStringLiteral("Account credit")), 2500).has_value());
        // Over the rep's limit: it waits, then is rejected, and never counts.
        auto waiting = byRep.giveGesture(nasty, gestureType(QStringLiteral("Free service visit")), 12000);
        REQUIRE(waiting.has_value());
        REQUIRE(waiting->status == Gesture::Status::Pending);
        REQUIRE(byLead.decide(waiting->id, false, QStringLiteral("Too much")).has_value());
        REQUIRE(
            byLead.giveGesture(nasty, gestureType(QStringLiteral("Expedited shipping")), 1500).has_value());
        REQUIRE(byLead
                    .recordAnalysis(
                        nasty, rootCause(QStringLiteral("Product defect › Hardware › Power supply")),
                        {QStringLiteral("The adapter overheated"), QStringLiteral("=A cheap part")}, true)
                    .has_value());
        clock.advanceSecs(24 * 3600);
        move(nasty, {S::Resolved, S::FollowUp});
        clock.advanceSecs(3600);
        closedAt = clock.now();
        move(nasty, {S::Closed});

        clock.advanceSecs(3600);
        foreign = open(QStringLiteral("山田 太郎"), QStringLiteral("Σ Sigma"),
                       QStringLiteral("Kühlschrank ❄"), scripts, Channel::Chat);
        move(foreign, {S::Acknowledged, S::InRecovery});
        REQUIRE(byRep.recordApology(foreign, QStringLiteral("Sorry."), Channel::Chat).has_value());
        REQUIRE(byRep
                    .recordSolution(foreign, QStringLiteral("Repair"), QStringLiteral("Cold food"),
                                    QDate(2026, 12, 31))
                    .has_value());

        clock.advanceSecs(3600);
        bare = open(QStringLiteral("Plain Person"), QString(), QStringLiteral("Toaster"), formula);
    }

    CaseExporter exporter() const { return CaseExporter(store.db()); }

    QByteArray exportBytes(const ExportOptions& options)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = exporter().write(options, buffer);
        INFO(describe(written));
        REQUIRE(written.has_value());
        return buffer.data();
    }
};

/// The cases by reference, oldest first, so records can be found by id.
ExportOptions oldestFirst()
{
    ExportOptions options;
    options.query.sortColumn = CaseColumn::Reference;
    options.query.order = Qt::AscendingOrder;
    return options;
}

/// Sets TZ for the test's duration and gives the old one back.
class TimeZone
{
public:
    explicit TimeZone(const QByteArray& zone) : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace

// ---- the writer -----------------------------------------------------------

TEST_CASE("CSV fields with the separator, quotes, CR or LF are quoted, quotes doubled", "[export]")
{
    const QByteArray bytes = writeWith([](CsvWriter& w) {
        w.writeRecord({QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                       QStringLiteral("line\nbreak"), QStringLiteral("cr\rhere"),
                       QStringLiteral("crlf\r\nboth"), QString(), QStringLiteral("semi;colon")});
        w.writeRecord({QStringLiteral("\"")});
    });
    CHECK(bytes ==
          QByteArray("plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\"cr\rhere\",\"crlf\r\nboth\",,"
                     "semi;colon\r\n\"\"\"\"\r\n"));
    const QList<QStringList> records = readCsv(bytes);
    REQUIRE(records.size() == 2);
    CHECK(records[0] == QStringList{QStringLiteral("plain"), QStringLiteral("a,b"),
                                    QStringLiteral("say \"hi\""), QStringLiteral("line\nbreak"),
                                    QStringLiteral("cr\rhere"), QStringLiteral("crlf\r\nboth"), QString(),
                                    QStringLiteral("semi;colon")});
    CHECK(records[1] == QStringList{QStringLiteral("\"")});

    // The same through csvRecord, and from UTF-8 bytes.
    CHECK(csvRecord({QStringLiteral("a,b"), QStringLiteral("x")}) == QByteArray("\"a,b\",x\r\n"));
    const QByteArray fromBytes = writeWith([](CsvWriter& w) {
        w.addField(QByteArrayView("say \"hi\", now"));
        w.addPlainField(QByteArrayView("12.50"));
        w.endRecord();
    });
    CHECK(fromBytes == QByteArray("\"say \"\"hi\"\", now\",12.50\r\n"));
}

TEST_CASE("With semicolon as separator, semicolons are quoted and commas are not", "[export]")
{
    const QByteArray bytes = writeWith(
        [](CsvWriter& w) {
            w.writeRecord({QStringLiteral("a,b"), QStringLiteral("c;d"), QStringLiteral("e")});
        },
        QLatin1Char(';'));
    CHECK(bytes == QByteArray("a,b;\"c;d\";e\r\n"));
    CHECK(readCsv(bytes, QLatin1Char(';')).first() ==
          QStringList{QStringLiteral("a,b"), QStringLiteral("c;d"), QStringLiteral("e")});
    CHECK(csvRecord({QStringLiteral("a\tb"), QStringLiteral("c")}, QLatin1Char('\t')) ==
          QByteArray("\"a\tb\"\tc\r\n"));
}

TEST_CASE("Cells a spreadsheet would evaluate get a leading quote but harmless text does not", "[export]")
{
    const QStringList dangerous{
        QStringLiteral("=1+2"),      QStringLiteral("+44 20 7946 0000"), QStringLiteral("-5"),
        QStringLiteral("@SUM(A1)"),  QStringLiteral("\tindented"),       QStringLiteral("\rreturn"),
        QStringLiteral("'=already"), QStringLiteral("''-twice"),         QStringLiteral("=\"a,b\"")};
    const QStringList harmless{
        QStringLiteral("plain"),    QStringLiteral("a=b"), QStringLiteral("2-3 days"), QStringLiteral(" =x"),
        QStringLiteral("'quoted'"), QStringLiteral("''"),  QStringLiteral("'"),        QString(),
        QStringLiteral("€=5")};
    for (const QString& text : dangerous) {
        CAPTURE(text);
        CHECK(needsNeutralising(QStringView(text)));
        CHECK(needsNeutralising(QByteArrayView(text.toUtf8())));
        CHECK(neutralisedCell(text) == QLatin1Char('\'') + text);
        // What lands in the file reads back as the neutralised text, and the
        // reader's rule gives the original back.
        const QList<QStringList> records = readCsv(csvRecord({text}));
        CHECK(records.first().first() == QLatin1Char('\'') + text);
        CHECK(restoredCell(records.first().first()) == text);
        const QByteArray fromBytes = writeWith([&](CsvWriter& w) {
            w.addField(QByteArrayView(text.toUtf8()));
            w.endRecord();
        });
        CHECK(fromBytes == csvRecord({text}));
    }
    for (const QString& text : harmless) {
        CAPTURE(text);
        CHECK_FALSE(needsNeutralising(QStringView(text)));
        CHECK(neutralisedCell(text) == text);
        CHECK(restoredCell(text) == text);
        CHECK(readCsv(csvRecord({text})).first().first() == text);
    }
    // A quoted dangerous cell keeps its neutraliser inside the quotes.
    CHECK(csvRecord({QStringLiteral("=\"a,b\"")}) == QByteArray("\"'=\"\"a,b\"\"\"\r\n"));
}

TEST_CASE("Non-Latin scripts and emoji stay intact UTF-8 and the BOM comes only when asked", "[export]")
{
    const QByteArray without = writeWith([](CsvWriter& w) { w.writeRecord({scripts, QStringLiteral("x")}); });
    CHECK_FALSE(without.startsWith(bom));
    CHECK(without == scripts.toUtf8() + ",x\r\n");
    const QByteArray with = writeWith([](CsvWriter& w) {
        w.writeByteOrderMark();
        w.writeRecord({scripts});
    });
    CHECK(with == bom + scripts.toUtf8() + "\r\n");
    CHECK(readCsv(with).first().first() == scripts);
}

TEST_CASE("The writer's buffer flushes in pieces without splitting or losing anything", "[export]")
{
    // A buffer far smaller than the data, and fields larger than the buffer.
    QStringList fields;
    for (int i = 0; i < 200; ++i)
        fields << QStringLiteral("%1 \"ü\", 😡 ").arg(i).repeated(i % 7 == 0 ? 300 : 1);
    const QByteArray small = writeWith(
        [&](CsvWriter& w) {
            for (int r = 0; r < 20; ++r)
                w.writeRecord(fields);
        },
        QLatin1Char(','), 1024);
    QByteArray whole;
    for (int r = 0; r < 20; ++r)
        whole += csvRecord(fields);
    CHECK(small == whole);
    const QList<QStringList> records = readCsv(small);
    REQUIRE(records.size() == 20);
    CHECK(records.last() == fields);
}

/// A device that takes `room` bytes and then refuses, as a full disk does.
class FullDevice final : public QIODevice
{
public:
    explicit FullDevice(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }
    QByteArray taken;

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (taken.size() + size > m_room) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        taken.append(data, size);
        return size;
    }

private:
    qint64 m_room;
};

TEST_CASE("A device that refuses bytes is reported, not ignored", "[export]")
{
    FullDevice full(10);
    CsvWriter writer(full);
    writer.writeRecord({QStringLiteral("a")});
    CHECK(writer.flush());
    writer.writeRecord({QStringLiteral("more than ten bytes")});
    CHECK_FALSE(writer.flush());
    CHECK(writer.hasError());
    CHECK(writer.errorString() == QStringLiteral("No space left on device"));
    // Nothing more is written after the failure.
    writer.writeRecord({QStringLiteral("b")});
    CHECK_FALSE(writer.flush());
    CHECK(full.taken == QByteArray("a\r\n"));
}

TEST_CASE("An export to a device that fills up fails with an I/O error", "[export]")
{
    TempStore store;
    DemoGenerator::Options demo;
    demo.cases = 5000;
    demo.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(DemoGenerator(store.db()).generate(demo).has_value());
    FullDevice full(300 * 1024);
    auto written = CaseExporter(store.db()).write({}, full);
    REQUIRE_FALSE(written.has_value());
    CHECK(written.error().code == Error::Code::Io);
    CHECK(written.error().message.contains(QStringLiteral("No space left on device")));
}

// ---- the columns ------------------------------------------------------------

TEST_CASE("The column registry: keys unique, defaults in order, description last among them", "[export]")
{
    const QList<ExportColumn> all = exportColumns();
    QStringList keys;
    for (const ExportColumn& c : all) {
        CAPTURE(c.key);
        CHECK_FALSE(keys.contains(c.key));
        CHECK_FALSE(c.label.isEmpty());
        CHECK_FALSE(c.sql.isEmpty());
        CHECK(exportColumn(c.key).has_value());
        keys << c.key;
    }
    CHECK(defaultExportColumnKeys() ==
          QStringList{QStringLiteral("reference"), QStringLiteral("opened"), QStringLiteral("customer"),
                      QStringLiteral("company"), QStringLiteral("product"), QStringLiteral("channel"),
                      QStringLiteral("severity"), QStringLiteral("priority"), QStringLiteral("status"),
                      QStringLiteral("owner"), QStringLiteral("root_cause"), QStringLiteral("apology_sent"),
                      QStringLiteral("solution"), QStringLiteral("gestures"), QStringLiteral("gesture_cost"),
                      QStringLiteral("promise_kept"), QStringLiteral("closed"),
                      QStringLiteral("second_failure"), QStringLiteral("links"), QStringLiteral("impact"),
                      QStringLiteral("resolved"), QStringLiteral("email"), QStringLiteral("phone"),
                      QStringLiteral("description")});
    for (const char* extra : {"impact", "updated", "resolved", "email", "phone", "education_gap", "whys"})
        CHECK(keys.contains(QString::fromLatin1(extra)));
    CHECK(exportColumn(QStringLiteral("priority")).has_value());
}

// ---- the exporter -----------------------------------------------------------

TEST_CASE("An export carries the cases' own values and their recovery", "[export]")
{
    ExportDesk desk;
    const QByteArray bytes = desk.exportBytes(oldestFirst());
    CHECK_FALSE(bytes.startsWith(bom));
    const QList<QStringList> records = readCsv(bytes);
    REQUIRE(records.size() == 4);

    QStringList labels;
    for (const QString& key : defaultExportColumnKeys())
        labels << exportColumn(key)->label;
    CHECK(records[0] == labels);
    CHECK(records[0].last() == QStringLiteral("Description"));

    CHECK(column(records, QStringLiteral("Reference")) ==
          QStringList{referenceFor(desk.nasty), referenceFor(desk.foreign), referenceFor(desk.bare)});
    const QStringList& nasty = records[1];
    const auto cell = [&](const QStringList& record, const QString& label) {
        return record.value(records[0].indexOf(label));
    };
    CHECK(cell(nasty, QStringLiteral("Opened")) == localText(desk.nastyOpened));
    CHECK(cell(nasty, QStringLiteral("Customer")) == QStringLiteral("Müller, Jürgen"));
    CHECK(cell(nasty, QStringLiteral("Company")) == QStringLiteral("'@Acme; \"Best\" Ltd"));
    CHECK(cell(nasty, QStringLiteral("Product")) == QStringLiteral("'-5 V adapter"));
    CHECK(cell(nasty, QStringLiteral("Channel")) == labelOf(Channel::Email));
    CHECK(cell(nasty, QStringLiteral("Severity")) == labelOf(Severity::High));
    CHECK(cell(nasty, QStringLiteral("Status")) == labelOf(S::Closed));
    CHECK(cell(nasty, QStringLiteral("Owner")).isEmpty());
    CHECK(cell(nasty, QStringLiteral("Root cause")) ==
          QStringLiteral("Product defect › Hardware › Power supply"));
    CHECK(cell(nasty, QStringLiteral("Apology sent")) == localText(desk.apologySent));
    CHECK(cell(nasty, QStringLiteral("Solution")) == QStringLiteral("'+ new adapter, sent"));
    CHECK(cell(nasty, QStringLiteral("Gestures")) == QStringLiteral("Account credit; Expedited shipping"));
    CHECK(cell(nasty, QStringLiteral("Gesture cost")) == QStringLiteral("40.00"));
    // Resolved a day after the promise was made, before 5 March ended.
    CHECK(cell(nasty, QStringLiteral("Promise kept")) == QStringLiteral("Kept"));
    CHECK(cell(nasty, QStringLiteral("Closed")) == localText(desk.closedAt));
    CHECK(cell(nasty, QStringLiteral("Description")) == commaQuoteNewline);

    const QStringList& foreign = records[2];
    CHECK(cell(foreign, QStringLiteral("Customer")) == QStringLiteral("山田 太郎"));
    CHECK(cell(foreign, QStringLiteral("Product")) == QStringLiteral("Kühlschrank ❄"));
    CHECK(cell(foreign, QStringLiteral("Description")) == scripts);
    CHECK(cell(foreign, QStringLiteral("Promise kept")) == QStringLiteral("Pending"));
    CHECK(cell(foreign, QStringLiteral("Gestures")).isEmpty());
    CHECK(cell(foreign, QStringLiteral("Gesture cost")).isEmpty());
    CHECK(cell(foreign, QStringLiteral("Root cause")).isEmpty());
    CHECK(cell(foreign, QStringLiteral("Closed")).isEmpty());

    const QStringList& bare = records[3];
    CHECK(cell(bare, QStringLiteral("Description")) == QLatin1Char('\'') + formula);
    CHECK(restoredCell(cell(bare, QStringLiteral("Description"))) == formula);
    for (const char* empty : {"Apology sent", "Solution", "Promise kept", "Company"})
        CHECK(cell(bare, QString::fromUtf8(empty)).isEmpty());

    // A promise whose day has passed unresolved is broken.
    desk.clock.advanceSecs(400LL * 24 * 3600);
    const QList<QStringList> later = readCsv(desk.exportBytes(oldestFirst()));
    CHECK(later[2].value(records[0].indexOf(QStringLiteral("Promise kept"))) == QStringLiteral("Broken"));
}

TEST_CASE("An export carries the columns chosen, in the order chosen", "[export]")
{
    ExportDesk desk;
    ExportOptions options = oldestFirst();
    options.columns = {QStringLiteral("whys"),          QStringLiteral("reference"),
                       QStringLiteral("education_gap"), QStringLiteral("impact"),
                       QStringLiteral("resolved"),      QStringLiteral("customer_wants")};
    const QList<QStringList> records = readCsv(desk.exportBytes(options));
    REQUIRE(records.size() == 4);
    CHECK(records[0] == QStringList{QStringLiteral("Five whys"), QStringLiteral("Reference"),
                                    QStringLiteral("Education gap"), QStringLiteral("Impact"),
                                    QStringLiteral("Resolved"), QStringLiteral("Customer wants")});
    CHECK(records[1][0] == QStringLiteral("The adapter overheated\n=A cheap part"));
    CHECK(records[1][1] == referenceFor(desk.nasty));
    CHECK(records[1][2] == QStringLiteral("Yes"));
    CHECK(records[1][3] == labelOf(BusinessImpact::None));
    CHECK_FALSE(records[1][4].isEmpty());
    CHECK(records[1][5] == QStringLiteral("A working one"));
    CHECK(records[3] == QStringList{QString(), referenceFor(desk.bare), QString(),
                                    labelOf(BusinessImpact::None), QString(), QString()});
}

TEST_CASE("Unknown or repeated columns and odd separators are refused before anything is written", "[export]")
{
    ExportDesk desk;
    const QString target = desk.store.filePath(QStringLiteral("out.csv"));

    ExportOptions unknown;
    unknown.columns = {QStringLiteral("reference"), QStringLiteral("mood")};
    auto refused = desk.exporter().writeFile(unknown, target);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::InvalidInput);
    CHECK(refused.error().field == QStringLiteral("columns"));
    CHECK(refused.error().message.contains(QStringLiteral("'mood'")));
    CHECK(refused.error().message.contains(QStringLiteral("gesture_cost")));
    CHECK_FALSE(QFile::exists(target));

    ExportOptions twice;
    twice.columns = {QStringLiteral("reference"), QStringLiteral("reference")};
    CHECK_FALSE(CaseExporter::validate(twice).has_value());

    for (QChar bad : {QChar(u'"'), QChar(u'\n'), QChar(u'a'), QChar(0x00A7)}) {
        ExportOptions options;
        options.separator = bad;
        auto r = CaseExporter::validate(options);
        REQUIRE_FALSE(r.has_value());
        CHECK(r.error().field == QStringLiteral("separator"));
    }
}

TEST_CASE(
    "Export to a file with a BOM and a semicolon separator while progress counts up to the list's total",
    "[export]")
{
    ExportDesk desk;
    ExportOptions options = oldestFirst();
    options.byteOrderMark = true;
    options.separator = QLatin1Char(';');
    const QString target = desk.store.filePath(QStringLiteral("cases.csv"));
    QList<std::pair<qint64, qint64>> calls;
    auto written = desk.exporter().writeFile(options, target, [&](qint64 done, qint64 total) {
        calls << std::pair{done, total};
        return true;
    });
    INFO(describe(written));
    REQUIRE(written.has_value());
    CHECK(*written == 3);
    REQUIRE_FALSE(calls.isEmpty());
    CHECK(calls.first() == std::pair<qint64, qint64>{0, 3});
    CHECK(calls.last() == std::pair<qint64, qint64>{3, 3});

    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith(bom));
    const QList<QStringList> records = readCsv(bytes, QLatin1Char(';'));
    REQUIRE(records.size() == 4);
    CHECK(records[1].value(records[0].indexOf(QStringLiteral("Customer"))) ==
          QStringLiteral("Müller, Jürgen"));
    CHECK(records[1].value(records[0].indexOf(QStringLiteral("Company"))) ==
          QStringLiteral("'@Acme; \"Best\" Ltd"));
    CHECK(QDir(desk.store.dirPath()).entryList({QStringLiteral("cases.csv*")}, QDir::Files) ==
          QStringList{QStringLiteral("cases.csv")});
}

TEST_CASE("A cancelled export leaves no file, and an existing one as it was", "[export]")
{
    TempStore store;
    DemoGenerator::Options demo;
    demo.cases = 10000; // several progress calls' worth
    demo.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(DemoGenerator(store.db()).generate(demo).has_value());
    CaseExporter exporter(store.db());
    const auto cancelAfter = [](qint64 rows) { return [rows](qint64 done, qint64) { return done < rows; }; };

    const QString fresh = store.filePath(QStringLiteral("fresh.csv"));
    for (qint64 at : {0, 4096}) {
        auto cancelled = exporter.writeFile({}, fresh, cancelAfter(at));
        REQUIRE_FALSE(cancelled.has_value());
        CHECK(cancelled.error().code == Error::Code::Cancelled);
        CHECK_FALSE(QFile::exists(fresh));
    }

    const QString existing = store.filePath(QStringLiteral("existing.csv"));
    {
        QFile f(existing);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("the old export\r\n");
    }
    const QByteArray before = fileChecksum(existing);
    auto cancelled = exporter.writeFile({}, existing, cancelAfter(4096));
    REQUIRE_FALSE(cancelled.has_value());
    CHECK(cancelled.error().code == Error::Code::Cancelled);
    CHECK(fileChecksum(existing) == before);
    // Nothing else was left beside it (QSaveFile's temporary file).
    CHECK(QDir(store.dirPath()).entryList({QStringLiteral("*.csv*")}, QDir::Files) ==
          QStringList{QStringLiteral("existing.csv")});

    // Not cancelled, the same call replaces it.
    auto done = exporter.writeFile({}, existing);
    REQUIRE(done.has_value());
    CHECK(*done == 10000);
    CHECK(fileChecksum(existing) != before);
}

TEST_CASE("An unwritable target is reported clearly and leaves no file", "[export]")
{
    ExportDesk desk;
    // A "folder" that is a regular file: refused whoever runs the test,
    // root included.
    const QString notAFolder = desk.store.filePath(QStringLiteral("plain-file"));
    {
        QFile f(notAFolder);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("x");
    }
    const QString inside = notAFolder + QStringLiteral("/cases.csv");
    auto refused = desk.exporter().writeFile({}, inside);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == Error::Code::Io);
    CHECK(refused.error().message.contains(QStringLiteral("cases.csv")));
    CHECK_FALSE(QFileInfo::exists(inside));

    // A read-only folder. Root writes there regardless, so the check only
    // means something for an ordinary user; as root it is skipped.
    if (::geteuid() != 0) {
        const QString locked = desk.store.filePath(QStringLiteral("locked"));
        REQUIRE(QDir().mkpath(locked));
        REQUIRE(QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const QString target = locked + QStringLiteral("/cases.csv");
        auto denied = desk.exporter().writeFile({}, target);
        QFile::setPermissions(locked,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        REQUIRE_FALSE(denied.has_value());
        CHECK(denied.error().code == Error::Code::Io);
        CHECK(denied.error().message.contains(QStringLiteral("cases.csv")));
        CHECK(QDir(locked).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
}

TEST_CASE("An export holds exactly the list's cases in the list's order", "[export]")
{
    TempStore store;
    DemoGenerator::Options demo;
    demo.cases = 600;
    demo.seed = 7;
    demo.now = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    REQUIRE(DemoGenerator(store.db()).generate(demo).has_value());
    const qint64 someOwner =
        scalar(store.db().connection(),
               QStringLiteral("SELECT owner_id FROM cases WHERE owner_id IS NOT NULL LIMIT 1"))
            .toLongLong();
    const QString someName =
        scalar(store.db().connection(),
               QStringLiteral("SELECT customer_name FROM cases ORDER BY id LIMIT 1 OFFSET 17"))
            .toString();

    QList<CaseListQuery> queries;
    for (int c = 0; c < caseColumnCount; ++c) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            CaseListQuery q;
            q.sortColumn = static_cast<CaseColumn>(c);
            q.order = order;
            queries << q;
        }
    }
    CaseListQuery open;
    open.filter.statuses = {S::InRecovery, S::Reopened, S::New};
    open.sortColumn = CaseColumn::Customer;
    queries << open;
    CaseListQuery owned;
    owned.filter.ownerId = someOwner;
    owned.sortColumn = CaseColumn::Status;
    queries << owned;
    CaseListQuery nobodys;
    nobodys.filter.ownerId = 0;
    queries << nobodys;
    CaseListQuery words;
    words.filter.search = QStringLiteral("replacement");
    queries << words;
    CaseListQuery name;
    name.filter.search = someName.left(2);
    name.sortColumn = CaseColumn::Severity;
    queries << name;
    CaseListQuery reference;
    reference.filter.search = referenceFor(42);
    queries << reference;
    CaseListQuery spring;
    spring.filter.openedFrom = QDateTime(QDate(2025, 3, 1), QTime(0, 0), Qt::LocalTime);
    spring.filter.openedBefore = QDateTime(QDate(2025, 6, 1), QTime(0, 0), Qt::LocalTime);
    spring.order = Qt::AscendingOrder;
    queries << spring;
    CaseListQuery since = spring;
    since.filter.openedBefore = {};
    since.filter.statuses = {S::Closed};
    since.sortColumn = CaseColumn::Owner;
    queries << since;
    CaseListQuery until = spring;
    until.filter.openedFrom = {};
    until.filter.search = QStringLiteral("refund");
    queries << until;

    CaseListRepository list(store.db());
    CaseExporter exporter(store.db());
    for (const CaseListQuery& q : queries) {
        CAPTURE(keyOf(q.sortColumn), q.order, q.filter.search, q.filter.statuses.size(),
                q.filter.openedFrom.toString(Qt::ISODate), q.filter.openedBefore.toString(Qt::ISODate));
        auto total = list.count(q);
        REQUIRE(total.has_value());
        auto ids = list.ids(q, 0, 100000, *total);
        REQUIRE(ids.has_value());
        REQUIRE(ids->size() == *total);

        ExportOptions options;
        options.query = q;
        options.columns = {QStringLiteral("reference"), QStringLiteral("status")};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = exporter.write(options, buffer);
        INFO(describe(written));
        REQUIRE(written.has_value());
        CHECK(*written == *total);
        QList<qint64> exported;
        for (const QString& ref : column(readCsv(buffer.data()), QStringLiteral("Reference")))
            exported << caseIdFromReference(ref).value_or(-1);
        CHECK(exported == *ids);
    }
}

TEST_CASE("The date range is half-open on the stored opening time", "[export]")
{
    ExportDesk desk;
    CaseListRepository list(desk.store.db());
    CaseListQuery q;
    q.order = Qt::AscendingOrder;
    // From the first case's very instant; before the second case's.
    auto opened = [&](qint64 id) { return CaseRepository(desk.store.db(), 0).get(id)->openedAt; };
    q.filter.openedFrom = opened(desk.nasty);
    q.filter.openedBefore = opened(desk.foreign);
    CHECK(list.ids(q, 0, 10).value() == QList<qint64>{desk.nasty});
    q.filter.openedBefore = opened(desk.foreign).addMSecs(1);
    CHECK(list.ids(q, 0, 10).value() == QList<qint64>{desk.nasty, desk.foreign});
    q.filter.openedFrom = opened(desk.nasty).addMSecs(1);
    CHECK(list.ids(q, 0, 10).value() == QList<qint64>{desk.foreign});
    CHECK(list.count(q).value() == 1);
    q.filter.openedBefore = {};
    CHECK(list.ids(q, 0, 10).value() == QList<qint64>{desk.foreign, desk.bare});
    CHECK(list.rowOf(q, desk.bare).value() == 1);
    CHECK(list.rowOf(q, desk.nasty).value() == -1);

    // The range is served by the opening-time index (SQLite's plan; a
    // server plans for itself).
    if (onPostgres())
        return;
    QSqlQuery plan(desk.store.db().connection());
    REQUIRE(plan.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT count(*) FROM cases c WHERE c.opened_at >= 0 "
                                     "AND c.opened_at < 1")));
    QString text;
    while (plan.next())
        text += plan.value(3).toString() + QLatin1Char('\n');
    CHECK(text.contains(QStringLiteral("cases_by_opened")));
}

TEST_CASE("Times are local, across a daylight-saving change too", "[export]")
{
    TempStore store;
    User admin;
    admin.login = QStringLiteral("ada");
    admin.displayName = QStringLiteral("Ada");
    admin = UserRepository(store.db()).create(admin).value();
    // Around the EU's spring and autumn changes of 2026, and a winter and a
    // summer day.
    const QList<QDateTime> instants{
        QDateTime(QDate(2026, 3, 29), QTime(0, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 3, 29), QTime(1, 0), Qt::UTC),
        QDateTime(QDate(2026, 10, 25), QTime(0, 59, 59), Qt::UTC),
        QDateTime(QDate(2026, 10, 25), QTime(1, 0, 1), Qt::UTC),
        QDateTime(QDate(2025, 1, 15), QTime(23, 30), Qt::UTC),
        QDateTime(QDate(2025, 7, 15), QTime(22, 30), Qt::UTC),
        QDateTime(QDate(2000, 2, 29), QTime(12, 0), Qt::UTC),
    };
    for (const QDateTime& at : instants) {
        FixedClock clock(at);
        const NewCase intake = CaseBuilder()
                                   .customer(QStringLiteral("Zoe"))
                                   .product(QStringLiteral("Clock"))
                                   .description(QStringLiteral("Wrong hour"))
                                   .build();
        REQUIRE(CaseRepository(store.db(), admin.id).create(intake).has_value());
    }
    ExportOptions options;
    options.query.sortColumn = CaseColumn::Reference;
    options.query.order = Qt::AscendingOrder;
    options.columns = {QStringLiteral("opened")};
    for (const QByteArray& zone : {QByteArray(), QByteArray("Europe/Berlin"), QByteArray("America/St_Johns"),
                                   QByteArray("Australia/Lord_Howe"), QByteArray("UTC")}) {
        CAPTURE(zone.toStdString());
        std::optional<TimeZone> tz;
        if (!zone.isEmpty())
            tz.emplace(zone);
        // The zone really changed what local time is (tzdata installed).
        if (zone == "Europe/Berlin")
            REQUIRE(localText(instants[5]) == QStringLiteral("2025-07-16 00:30:00"));
        if (zone == "America/St_Johns")
            REQUIRE(localText(instants[5]) == QStringLiteral("2025-07-15 20:00:00"));
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        REQUIRE(CaseExporter(store.db()).write(options, buffer).has_value());
        QStringList expected;
        for (const QDateTime& at : instants)
            expected << localText(at);
        CHECK(column(readCsv(buffer.data()), QStringLiteral("Opened")) == expected);
    }
}

TEST_CASE("Promise kept follows RecoveryRepository's rule to the millisecond", "[export]")
{
    ExportDesk desk;
    // Clock::set rather than another FixedClock: the desk's own puts the
    // wall clock back when the test ends, and nothing may read it before.
    const auto setNow = [](const QDateTime& t) { Clock::set([t] { return t; }); };
    // Promised by 10 March: the promise holds until that day ends locally.
    const QDate by(2026, 3, 10);
    const QDateTime deadline(by.addDays(1), QTime(0, 0), Qt::LocalTime);
    RecoveryRepository recovery(desk.store.db(), desk.lead);
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        const qint64 id =
            desk.open(QStringLiteral("Pat"), QString(), QStringLiteral("Kettle"), QStringLiteral("Leaks"));
        desk.move(id, {S::Acknowledged, S::InRecovery});
        REQUIRE(recovery.recordApology(id, QStringLiteral("Sorry."), Channel::Email).has_value());
        REQUIRE(recovery.recordSolution(id, QStringLiteral("Fix"), QStringLiteral("Tea"), by).has_value());
        REQUIRE(recovery.recordDecline(id, QStringLiteral("No need")).has_value());
        ids << id;
    }
    // Resolved a millisecond before the deadline, and at it; the third
    // stays open and is read a millisecond before and at the deadline.
    setNow(deadline.addMSecs(-1));
    desk.move(ids[0], {S::Resolved});
    setNow(deadline);
    desk.move(ids[1], {S::Resolved});

    const auto text = [](PromiseState s) {
        switch (s) {
        case PromiseState::None: return QString();
        case PromiseState::Pending: return QStringLiteral("Pending");
        case PromiseState::Kept: return QStringLiteral("Kept");
        case PromiseState::Broken: return QStringLiteral("Broken");
        }
        return QStringLiteral("?");
    };
    ExportOptions options = oldestFirst();
    options.columns = {QStringLiteral("reference"), QStringLiteral("promise_kept")};
    for (qint64 offset : {-1, 0}) {
        setNow(deadline.addMSecs(offset));
        QHash<QString, QString> exported;
        for (const QStringList& r : readCsv(desk.exportBytes(options)).mid(1))
            exported.insert(r[0], r[1]);
        for (qint64 id : QList<qint64>{desk.nasty, desk.foreign, desk.bare, ids[0], ids[1], ids[2]}) {
            CAPTURE(id, offset);
            auto state = RecoveryRepository(desk.store.db(), desk.lead).state(id);
            REQUIRE(state.has_value());
            CHECK(exported.value(referenceFor(id)) == text(state->promise));
        }
        CHECK(exported.value(referenceFor(ids[0])) == QStringLiteral("Kept"));
        CHECK(exported.value(referenceFor(ids[1])) == QStringLiteral("Broken"));
        CHECK(exported.value(referenceFor(ids[2])) ==
              (offset < 0 ? QStringLiteral("Pending") : QStringLiteral("Broken")));
    }
}

// ---- redress-cli export -------------------------------------------------------

TEST_CASE("redress-cli export writes a file, or standard output with --out -", "[export][cli]")
{
    ExportDesk desk;
    const QString db = desk.store.path();
    const QString target = desk.store.filePath(QStringLiteral("cli.csv"));

    const CliRun toFile =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), target});
    INFO(show(toFile));
    CHECK(toFile.code == 0);
    CHECK(toFile.out == QStringLiteral("exported: 3\n"));
    CHECK(toFile.err.isEmpty());
    QFile file(target);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray fileBytes = file.readAll();
    CHECK(readCsv(fileBytes).size() == 4);

    // Standard output carries the very same CSV and nothing else.
    const CliRun toOut = cli(
        {QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), QStringLiteral("-")});
    INFO(show(toOut));
    CHECK(toOut.code == 0);
    CHECK(toOut.err.isEmpty());
    CHECK(toOut.out.toUtf8() == fileBytes);

    const CliRun options =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
             QStringLiteral("-"), QStringLiteral("--bom"), QStringLiteral("--separator"), QStringLiteral(";"),
             QStringLiteral("--columns"), QStringLiteral("reference, customer,status"),
             QStringLiteral("--status"), QStringLiteral("Closed,new")});
    INFO(show(options));
    CHECK(options.code == 0);
    const QByteArray bytes = options.out.toUtf8();
    CHECK(bytes.startsWith(bom));
    const QList<QStringList> records = readCsv(bytes, QLatin1Char(';'));
    REQUIRE(records.size() == 3);
    CHECK(records[0] ==
          QStringList{QStringLiteral("Reference"), QStringLiteral("Customer"), QStringLiteral("Status")});
    // The list's default order: newest first.
    CHECK(records[1] ==
          QStringList{referenceFor(desk.bare), QStringLiteral("Plain Person"), labelOf(S::New)});
    CHECK(records[2] ==
          QStringList{referenceFor(desk.nasty), QStringLiteral("Müller, Jürgen"), labelOf(S::Closed)});

    const CliRun searched =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"),
             QStringLiteral("-"), QStringLiteral("--columns"), QStringLiteral("reference"),
             QStringLiteral("--search"), QStringLiteral("Müller")});
    CHECK(searched.code == 0);
    CHECK(searched.out == QStringLiteral("Reference\r\n%1\r\n").arg(referenceFor(desk.nasty)));
}

TEST_CASE("redress-cli export --from/--to take whole local days, both ends included", "[export][cli]")
{
    TempStore store;
    User admin;
    admin.login = QStringLiteral("ada");
    admin.displayName = QStringLiteral("Ada");
    admin = UserRepository(store.db()).create(admin).value();
    QList<qint64> ids;
    // Local midnight of 10 to 13 May, a millisecond either side.
    for (int day = 10; day <= 13; ++day) {
        const QDateTime midnight(QDate(2025, 5, day), QTime(0, 0), Qt::LocalTime);
        for (qint64 ms : {-1, 0}) {
            FixedClock clock(midnight.addMSecs(ms));
            const NewCase intake = CaseBuilder()
                                       .customer(QStringLiteral("Day %1").arg(day))
                                       .product(QStringLiteral("Kettle"))
                                       .description(QStringLiteral("Leaks"))
                                       .build();
            ids << CaseRepository(store.db(), admin.id).create(intake).value().id;
        }
    }
    store.db().closeAll();
    const auto exported = [&](const QStringList& range) {
        const CliRun r = cli(QStringList{QStringLiteral("export"), QStringLiteral("--db"), store.path(),
                                         QStringLiteral("--out"), QStringLiteral("-"),
                                         QStringLiteral("--columns"), QStringLiteral("reference")} +
                             range);
        INFO(show(r));
        REQUIRE(r.code == 0);
        QList<qint64> got;
        for (const QString& ref : column(readCsv(r.out.toUtf8()), QStringLiteral("Reference")))
            got << caseIdFromReference(ref).value();
        std::sort(got.begin(), got.end());
        return got;
    };
    // ids: [10th −1 ms, 10th 00:00, 11th −1 ms, 11th 00:00, 12th −1 ms, 12th 00:00, 13th −1 ms, 13th 00:00]
    CHECK(exported({QStringLiteral("--from"), QStringLiteral("2025-05-11"), QStringLiteral("--to"),
                    QStringLiteral("2025-05-12")}) == QList<qint64>{ids[3], ids[4], ids[5], ids[6]});
    CHECK(exported({QStringLiteral("--from"), QStringLiteral("2025-05-12")}) ==
          QList<qint64>{ids[5], ids[6], ids[7]});
    CHECK(exported({QStringLiteral("--to"), QStringLiteral("2025-05-10")}) ==
          QList<qint64>{ids[0], ids[1], ids[2]});
    CHECK(exported({QStringLiteral("--from"), QStringLiteral("2025-05-11T00:00:00"), QStringLiteral("--to"),
                    QStringLiteral("2025-05-11T00:00:00")}) == QList<qint64>{ids[3]});
}

TEST_CASE("redress-cli export: usage errors exit 2 before any store is made", "[export][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("never.sqlite"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const QStringList base{QStringLiteral("export"), QStringLiteral("--db"), db};
    const QList<std::pair<QStringList, const char*>> wrong{
        {{}, "--out"},
        {{QStringLiteral("--out"), QString()}, "--out"},
        {{QStringLiteral("--out"), out, QStringLiteral("--status"), QStringLiteral("pending")}, "'pending'"},
        {{QStringLiteral("--out"), out, QStringLiteral("--status"), QStringLiteral("new,,closed")},
         "--status"},
        {{QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("yesterday")}, "--from"},
        {{QStringLiteral("--out"), out, QStringLiteral("--to"), QStringLiteral("2026-02-30")}, "--to"},
        {{QStringLiteral("--out"), out, QStringLiteral("--from"), QStringLiteral("2026-02-02"),
          QStringLiteral("--to"), QStringLiteral("2026-02-01")},
         "comes after"},
        {{QStringLiteral("--out"), out, QStringLiteral("--columns"), QStringLiteral("reference,mood")},
         "reference, opened"},
        {{QStringLiteral("--out"), out, QStringLiteral("--columns"), QStringLiteral(",")}, "--columns"},
        {{QStringLiteral("--out"), out, QStringLiteral("--separator"), QStringLiteral("|")}, "--separator"},
        {{QStringLiteral("--out"), out, QStringLiteral("--cases"), QStringLiteral("5")}, "--cases"},
    };
    for (const auto& [arguments, mentions] : wrong) {
        const CliRun r = cli(base + arguments);
        INFO(show(r));
        CHECK(r.code == 2);
        CHECK(r.out.isEmpty());
        CHECK(r.err.contains(QString::fromUtf8(mentions)));
        CHECK_FALSE(QFileInfo::exists(db));
        CHECK_FALSE(QFileInfo::exists(out));
    }
}

TEST_CASE("redress-cli export: a missing store is an error and is not created", "[export][cli]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("missing.sqlite"));
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    const CliRun r =
        cli({QStringLiteral("export"), QStringLiteral("--db"), db, QStringLiteral("--out"), out});
    INFO(show(r));
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.startsWith(QStringLiteral("redress-cli: ")));
    CHECK_FALSE(QFileInfo::exists(db));
    CHECK_FALSE(QFileInfo::exists(out));
}

TEST_CASE("redress-cli export: a target it cannot write exits 1 and leaves no file", "[export][cli]")
{
    ExportDesk desk;
    const QString notAFolder = desk.store.filePath(QStringLiteral("plain-file"));
    {
        QFile f(notAFolder);
        REQUIRE(f.open(QIODevice::WriteOnly));
    }
    const QString target = notAFolder + QStringLiteral("/x.csv");
    const CliRun r = cli({QStringLiteral("export"), QStringLiteral("--db"), desk.store.path(),
                          QStringLiteral("--out"), target});
    INFO(show(r));
    CHECK(r.code == 1);
    CHECK(r.out.isEmpty());
    CHECK(r.err.contains(QStringLiteral("x.csv")));
    CHECK_FALSE(QFileInfo::exists(target));
}
