#include "core/io/CaseExporter.h"

#include "core/PrivateFile.h"

#include "core/Clock.h"
#include "core/cases/Priority.h"
#include "core/io/CsvWriter.h"
#include "core/io/ExportColumns.h"
#include "core/PrivateFile.h"
#include "core/recovery/RecoveryTypes.h"
#include "core/store/CaseListRepository.h"
#include "core/store/ExportRepository.h"
#include "core/store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

#include <array>
#include <limits>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CaseExporter)
};

// Rows between two calls of the progress callback (and checks for a device
// that stopped taking bytes): often enough for a smooth bar and a prompt
// cancel, rarely enough to cost nothing.
constexpr qint64 progressEvery = 4096;

/// Local "yyyy-MM-dd HH:mm:ss" for stored milliseconds. Converting each
/// value through QDateTime's local-time rules costs more than the rest of
/// the row; an offset only changes at a transition, so the offset found for
/// one instant is kept for the whole span between the zone's transitions
/// around it.
class LocalTimeFormat
{
public:
    /// 19 bytes into `out`.
    void write(qint64 ms, char* out)
    {
        const qint64 local = floorDiv(ms, 1000) + offsetAt(ms);
        const qint64 days = floorDiv(local, 86400);
        const qint64 secs = local - days * 86400;
        const Civil d = civilFromDays(days);
        put(out, d.year, 4);
        out[4] = '-';
        put(out + 5, d.month, 2);
        out[7] = '-';
        put(out + 8, d.day, 2);
        out[10] = ' ';
        put(out + 11, secs / 3600, 2);
        out[13] = ':';
        put(out + 14, secs / 60 % 60, 2);
        out[16] = ':';
        put(out + 17, secs % 60, 2);
    }

private:
    struct Span
    {
        qint64 from;  // ms, inclusive
        qint64 until; // ms, exclusive
        int offset;   // seconds east of UTC
    };
    struct Civil
    {
        qint64 year;
        int month;
        int day;
    };

    static qint64 floorDiv(qint64 a, qint64 b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

    static void put(char* out, qint64 value, int width)
    {
        if (value < 0 || (width == 4 && value > 9999)) {
            // Outside what the format can hold: leave it visibly wrong.
            std::fill(out, out + width, '?');
            return;
        }
        for (int i = width - 1; i >= 0; --i) {
            out[i] = char('0' + value % 10);
            value /= 10;
        }
    }

    // Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's
    // civil_from_days, public domain).
    static Civil civilFromDays(qint64 z)
    {
        z += 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const qint64 doe = z - era * 146097;
        const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const qint64 mp = (5 * doy + 2) / 153;
        const int day = int(doy - (153 * mp + 2) / 5 + 1);
        const int month = int(mp < 10 ? mp + 3 : mp - 9);
        return {yoe + era * 400 + (month <= 2), month, day};
    }

    int offsetAt(qint64 ms)
    {
        if (m_last < m_spans.size() && contains(m_spans[m_last], ms))
            return m_spans[m_last].offset;
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            if (contains(m_spans[i], ms)) {
                m_last = i;
                return m_spans[i].offset;
            }
        }
        // QDateTime decides, as everywhere else in Redress; the zone's
        // transitions only say how long its answer holds.
        const QDateTime utc = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
        const int offset = QDateTime::fromMSecsSinceEpoch(ms, Qt::LocalTime).offsetFromUtc();
        Span span{ms, ms + 1, offset};
        if (m_zone.isValid() && m_zone.offsetFromUtc(utc) == offset) {
            if (m_zone.hasTransitions()) {
                const QTimeZone::OffsetData before = m_zone.previousTransition(utc.addMSecs(1));
                const QTimeZone::OffsetData after = m_zone.nextTransition(utc);
                span.from = before.atUtc.isValid() ? before.atUtc.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::min();
                span.until = after.atUtc.isValid() ? after.atUtc.toMSecsSinceEpoch()
                                                   : std::numeric_limits<qint64>::max();
            } else if (m_zone.offsetFromUtc(utc) == m_zone.standardTimeOffset(utc) &&
                       !m_zone.hasDaylightTime()) {
                span = {std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max(), offset};
            }
        }
        // A span that does not hold `ms` means the zone and QDateTime
        // disagree; then nothing is kept and each value is converted.
        if (!contains(span, ms))
            span = {ms, ms + 1, offset};
        if (m_spans.size() >= 64)
            m_spans.clear();
        m_spans << span;
        m_last = m_spans.size() - 1;
        return offset;
    }

    static bool contains(const Span& s, qint64 ms) { return ms >= s.from && ms < s.until; }

    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<Span> m_spans;
    qsizetype m_last = 0;
};

QByteArray money(qint64 cents)
{
    QByteArray text = QByteArray::number(cents / 100);
    const qint64 rest = cents % 100;
    text += '.';
    text += char('0' + rest / 10);
    text += char('0' + rest % 10);
    return text;
}

QString promiseText(PromiseState state)
{
    switch (state) {
    case PromiseState::None: return {};
    case PromiseState::Pending: return Tr::tr("Pending");
    case PromiseState::Kept: return Tr::tr("Kept");
    case PromiseState::Broken: return Tr::tr("Broken");
    }
    return {};
}

/// What one export needs besides the rows: labels in UTF-8 once, the
/// root-cause paths, "now" for promises still open.
class Formatter
{
public:
    explicit Formatter(Database db) : m_db(std::move(db))
    {
        for (Channel c : allChannels())
            m_channels.insert(keyOf(c), labelOf(c).toUtf8());
        for (CaseStatus s : allStatuses())
            m_statuses.insert(keyOf(s), labelOf(s).toUtf8());
        for (Priority p : allPriorities())
            m_priorities.insert(keyOf(p), labelOf(p).toUtf8());
        for (Severity s : allSeverities())
            m_severities.insert(static_cast<int>(s), labelOf(s).toUtf8());
        for (BusinessImpact i : allImpacts())
            m_impacts.insert(static_cast<int>(i), labelOf(i).toUtf8());
        for (PromiseState p : {PromiseState::Pending, PromiseState::Kept, PromiseState::Broken})
            m_promises[static_cast<int>(p)] = promiseText(p).toUtf8();
        m_yes = Tr::tr("Yes").toUtf8();
        m_no = Tr::tr("No").toUtf8();
    }

    /// Reads the taxonomy, inactive causes included: old analyses still
    /// name them.
    Status loadRootCauses()
    {
        auto nodes = ExportRepository(m_db).rootCauses();
        if (!nodes)
            return std::unexpected(nodes.error());
        QHash<qint64, std::pair<qint64, QString>> byId;
        for (const RootCauseNode& n : *nodes)
            byId.insert(n.id, {n.parentId, n.name});
        m_paths.clear();
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            QStringList parts{it->second};
            qint64 parent = it->first;
            // The depth bound guards against a cycle written outside Redress.
            for (int depth = 0; parent != 0 && byId.contains(parent) && depth < 32; ++depth) {
                parts.prepend(byId.value(parent).second);
                parent = byId.value(parent).first;
            }
            m_paths.insert(it.key(), parts.join(QStringLiteral(" › ")).toUtf8());
        }
        return {};
    }

    /// Writes one cell from the row's values starting at `first`.
    void write(CsvWriter& out, const ExportColumn& column, const ExportRow& row, int first)
    {
        const QVariant v = row.value(first);
        using F = ExportFormat;
        switch (column.format) {
        case F::Text: out.addField(QStringView(v.toString())); return;
        case F::Reference: out.addPlainField(referenceFor(v.toLongLong()).toLatin1()); return;
        case F::LocalTime:
            if (v.isNull()) {
                out.addPlainField({});
            } else {
                char text[19];
                m_times.write(v.toLongLong(), text);
                out.addPlainField(QByteArrayView(text, sizeof text));
            }
            return;
        case F::Channel: out.addField(QByteArrayView(m_channels.value(v.toString()))); return;
        case F::Status: out.addField(QByteArrayView(m_statuses.value(v.toString()))); return;
        case F::Priority: out.addField(QByteArrayView(m_priorities.value(v.toString()))); return;
        case F::Severity: out.addField(QByteArrayView(m_severities.value(v.toInt()))); return;
        case F::Impact: out.addField(QByteArrayView(m_impacts.value(v.toInt()))); return;
        case F::RootCause: out.addField(QByteArrayView(rootCause(v))); return;
        case F::Money: out.addPlainField(v.isNull() ? QByteArray() : money(v.toLongLong())); return;
        case F::YesNo:
            out.addField(QByteArrayView(v.isNull() ? QByteArray() : v.toBool() ? m_yes : m_no));
            return;
        case F::Lines: out.addField(QStringView(lines(v))); return;
        case F::Promise: writePromise(out, column, row, first); return;
        }
    }

private:
    QByteArray rootCause(const QVariant& id)
    {
        if (id.isNull())
            return {};
        const qint64 key = id.toLongLong();
        auto it = m_paths.constFind(key);
        // A cause added while the export ran: read the taxonomy again, once.
        if (it == m_paths.cend() && !m_reloaded) {
            m_reloaded = true;
            if (loadRootCauses())
                it = m_paths.constFind(key);
        }
        return it == m_paths.cend() ? QByteArray::number(key) : *it;
    }

    static QString lines(const QVariant& json)
    {
        if (json.isNull())
            return {};
        QStringList items;
        for (const QJsonValue& v : QJsonDocument::fromJson(json.toString().toUtf8()).array())
            items << v.toString();
        return items.join(QLatin1Char('\n'));
    }

    void writePromise(CsvWriter& out, const ExportColumn& column, const ExportRow& row, int first)
    {
        const QVariant promised = row.value(first);
        PromiseState state = PromiseState::None;
        if (!promised.isNull())
            state = promiseState(promised.toString(), row.value(first + 1));
        if (state == PromiseState::None && column.sql.size() > 2) {
            // What an imported case brought along, as it was written there.
            out.addField(QStringView(row.value(first + 2).toString()));
            return;
        }
        out.addField(QByteArrayView(m_promises[static_cast<int>(state)]));
    }

    /// RecoveryRepository::promiseState's rule, with the deadline of each
    /// promised day worked out once: finding the end of a local day costs
    /// a time-zone lookup, and a million cases share a few hundred days.
    /// The tests hold the two to the same answers.
    PromiseState promiseState(const QString& promisedBy, const QVariant& resolvedAt)
    {
        auto deadline = m_deadlines.constFind(promisedBy);
        if (deadline == m_deadlines.cend()) {
            const QDate by = QDate::fromString(promisedBy, Qt::ISODate);
            if (!by.isValid())
                return PromiseState::None;
            const QDateTime end(by.addDays(1), QTime(0, 0), Qt::LocalTime);
            deadline = m_deadlines.insert(promisedBy, end.toMSecsSinceEpoch());
        }
        if (!resolvedAt.isNull())
            return resolvedAt.toLongLong() < *deadline ? PromiseState::Kept : PromiseState::Broken;
        return m_nowMs < *deadline ? PromiseState::Pending : PromiseState::Broken;
    }

    Database m_db;
    LocalTimeFormat m_times;
    QHash<QString, qint64> m_deadlines;
    QHash<QString, QByteArray> m_channels;
    QHash<QString, QByteArray> m_statuses;
    QHash<QString, QByteArray> m_priorities;
    QHash<int, QByteArray> m_severities;
    QHash<int, QByteArray> m_impacts;
    std::array<QByteArray, 4> m_promises;
    QByteArray m_yes;
    QByteArray m_no;
    QHash<qint64, QByteArray> m_paths;
    bool m_reloaded = false;
    const qint64 m_nowMs = Clock::now().toMSecsSinceEpoch();
};

QList<ExportColumn> chosenColumns(const ExportOptions& options)
{
    const QStringList keys = options.columns.isEmpty() ? defaultExportColumnKeys() : options.columns;
    QList<ExportColumn> columns;
    for (const QString& key : keys) {
        if (auto c = exportColumn(key))
            columns << *c;
    }
    return columns;
}

Error ioError(const QString& message, const QString& detail)
{
    return Error::make(Error::Code::Io, message, detail);
}

} // namespace

Status CaseExporter::validate(const ExportOptions& options)
{
    QStringList seen;
    for (const QString& key : options.columns) {
        if (!exportColumn(key)) {
            QStringList known;
            for (const ExportColumn& c : exportColumns())
                known << c.key;
            return invalid(QStringLiteral("columns"), Tr::tr("There is no column '%1'; the columns are %2.")
                                                          .arg(key, known.join(QStringLiteral(", "))));
        }
        if (seen.contains(key))
            return invalid(QStringLiteral("columns"), Tr::tr("The column '%1' is named twice.").arg(key));
        seen << key;
    }
    const QChar s = options.separator;
    if (s != QLatin1Char(',') && s != QLatin1Char(';') && s != QLatin1Char('\t'))
        return invalid(QStringLiteral("separator"),
                       Tr::tr("The separator can be a comma, a semicolon or a tab, not '%1'.").arg(s));
    return {};
}

Result<CaseExporter::Statement> CaseExporter::statement(const QSqlDatabase& db, const ExportOptions& options)
{
    const bool postgres = sql::isPostgres(db);
    if (auto ok = validate(options); !ok)
        return std::unexpected(ok.error());
    QList<QStringList> select;
    for (const ExportColumn& c : chosenColumns(options))
        select << (postgres && !c.postgresSql.isEmpty() ? c.postgresSql : c.sql);
    const ExportRepository::Statement s = ExportRepository::statement(db, select, options.query);
    return Statement{s.sql, s.values};
}

Result<qint64> CaseExporter::write(const ExportOptions& options, QIODevice& device, const Progress& progress)
{
    auto statement = CaseExporter::statement(m_db.connection(), options);
    if (!statement)
        return std::unexpected(statement.error());
    const QList<ExportColumn> columns = chosenColumns(options);

    Formatter format(m_db);
    if (std::any_of(columns.begin(), columns.end(),
                    [](const ExportColumn& c) { return c.format == ExportFormat::RootCause; })) {
        if (auto ok = format.loadRootCauses(); !ok)
            return std::unexpected(ok.error());
    }
    qint64 total = -1;
    if (progress) {
        auto n = CaseListRepository(m_db).count(options.query);
        if (!n)
            return std::unexpected(n.error());
        total = *n;
        if (!progress(0, total))
            return fail(Error::Code::Cancelled, Tr::tr("The export was cancelled."));
    }

    CsvWriter out(device, options.separator);
    if (options.byteOrderMark)
        out.writeByteOrderMark();
    for (const ExportColumn& c : columns)
        out.addField(QStringView(c.label));
    out.endRecord();

    // Where each column's values start in the row: Promise reads several.
    QList<int> firsts;
    int at = 0;
    for (const ExportColumn& c : columns) {
        firsts << at;
        at += static_cast<int>(c.sql.size());
    }

    const auto writeFailed = [&] {
        return ioError(Tr::tr("Could not write the export: %1").arg(out.errorString()), {});
    };
    qint64 written = 0;
    Status stopped;
    auto read =
        ExportRepository(m_db).forEachRow({statement->sql, statement->values}, [&](const ExportRow& row) {
            for (qsizetype i = 0; i < columns.size(); ++i)
                format.write(out, columns[i], row, firsts[i]);
            out.endRecord();
            if (++written % progressEvery == 0) {
                if (out.hasError())
                    stopped = std::unexpected(writeFailed());
                else if (progress && !progress(written, total))
                    stopped = fail(Error::Code::Cancelled, Tr::tr("The export was cancelled."));
            }
            return stopped.has_value();
        });
    if (!stopped)
        return std::unexpected(stopped.error());
    if (!read)
        return std::unexpected(read.error());
    if (!out.flush())
        return std::unexpected(writeFailed());
    if (progress)
        progress(written, std::max(total, written));
    return written;
}

Result<qint64> CaseExporter::writeFile(const ExportOptions& options, const QString& path,
                                       const Progress& progress)
{
    if (auto ok = validate(options); !ok)
        return std::unexpected(ok.error());
    // Written beside the target and renamed over it, so a failed or
    // cancelled export leaves no file and an old one as it was; private to
    // its owner, since it holds customers' names and words.
    const QString shown = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
    PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return std::unexpected(opened.error());
    auto written = write(options, file.device(), progress);
    if (!written) {
        Error e = written.error();
        if (e.code == Error::Code::Io)
            e.message =
                Tr::tr("Could not write the export to %1: %2").arg(shown, file.device().errorString());
        file.cancel();
        return std::unexpected(e);
    }
    if (auto committed = file.commit(); !committed)
        return std::unexpected(committed.error());
    return written;
}

} // namespace redress::core
