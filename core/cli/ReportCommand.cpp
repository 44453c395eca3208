#include "core/cli/CliCommands.h"

#include "core/io/CsvWriter.h"
#include "core/report/Effectiveness.h"
#include "core/report/Reports.h"
#include "core/store/ProblemRepository.h"

#include <QBuffer>
#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Report)
};

enum class Kind
{
    Pareto,
    Trend,
    Champions,
    Problems
};

const QStringList reportNames{QStringLiteral("pareto"), QStringLiteral("trend"), QStringLiteral("champions"),
                              QStringLiteral("problems")};

struct ReportOptions
{
    Kind kind = Kind::Pareto;
    ReportRange range;
    bool csv = false;
    ParetoMeasure measure = ParetoMeasure::Count;
    ReportPeriod period = ReportPeriod::Month;
};

std::expected<ReportOptions, QString> reportOptions(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    const QString known = reportNames.join(QStringLiteral(", "));
    if (positional.size() < 2)
        return std::unexpected(Tr::tr("report needs the name of a report: %1.").arg(known));
    const QString name = positional.at(1);
    if (!reportNames.contains(name))
        return std::unexpected(Tr::tr("'%1' is not a report; the reports are %2.").arg(name, known));
    ReportOptions options;
    options.kind = static_cast<Kind>(reportNames.indexOf(name));

    for (const QString& bound : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(bound))
            continue;
        const QString text = parser.value(bound).trimmed();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        if (text.size() != 10 || !day.isValid())
            return std::unexpected(Tr::tr("--%1 takes an ISO date such as 2026-01-31, not '%2'.")
                                       .arg(bound, parser.value(bound)));
        (bound == QLatin1String("from") ? options.range.from : options.range.to) = day;
    }
    if (!Reports::validate(options.range))
        return std::unexpected(
            Tr::tr("--from %1 comes after --to %2.")
                .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to"))));

    if (parser.isSet(QStringLiteral("format"))) {
        const QString format = parser.value(QStringLiteral("format"));
        if (format != QLatin1String("csv") && format != QLatin1String("text"))
            return std::unexpected(Tr::tr("--format takes csv or text, not '%1'.").arg(format));
        options.csv = format == QLatin1String("csv");
    }
    if (parser.isSet(QStringLiteral("by"))) {
        if (options.kind != Kind::Pareto)
            return std::unexpected(Tr::tr("report %1 takes no option --by.").arg(name));
        const QString by = parser.value(QStringLiteral("by"));
        if (by != QLatin1String("count") && by != QLatin1String("cost"))
            return std::unexpected(Tr::tr("--by takes count or cost, not '%1'.").arg(by));
        options.measure = by == QLatin1String("cost") ? ParetoMeasure::Cost : ParetoMeasure::Count;
    }
    if (parser.isSet(QStringLiteral("period"))) {
        if (options.kind == Kind::Pareto || options.kind == Kind::Problems)
            return std::unexpected(Tr::tr("report %1 takes no option --period.").arg(name));
        const QString period = parser.value(QStringLiteral("period"));
        if (period != QLatin1String("week") && period != QLatin1String("month"))
            return std::unexpected(Tr::tr("--period takes week or month, not '%1'.").arg(period));
        options.period = period == QLatin1String("week") ? ReportPeriod::Week : ReportPeriod::Month;
    }
    return options;
}

/// Cents as a decimal amount, in integers so nothing rounds: 1250 is "12.50".
QString amount(qint64 cents)
{
    const qint64 whole = cents / 100;
    const qint64 part = cents % 100;
    return QStringLiteral("%1.%2").arg(whole).arg(part, 2, 10, QLatin1Char('0'));
}

QString percent(double value)
{
    return QString::number(value, 'f', 1);
}

QString mean(std::optional<double> value)
{
    return value ? QString::number(*value, 'f', 2) : QString();
}

/// A table of strings: CSV through CsvWriter, or aligned columns for
/// people (numbers right-aligned, text left).
class Table
{
public:
    Table(QStringList header, QList<bool> numeric)
        : m_header(std::move(header)), m_numeric(std::move(numeric))
    {
    }
    void add(QStringList row) { m_rows << std::move(row); }
    bool isEmpty() const { return m_rows.isEmpty(); }

    QString csv() const
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        {
            CsvWriter writer(buffer);
            writer.writeRecord(m_header);
            for (const QStringList& row : m_rows)
                writer.writeRecord(row);
            writer.flush();
        }
        return QString::fromUtf8(buffer.data());
    }

    QString text() const
    {
        QList<qsizetype> widths;
        for (const QString& h : m_header)
            widths << h.size();
        for (const QStringList& row : m_rows) {
            for (qsizetype i = 0; i < row.size(); ++i)
                widths[i] = qMax(widths[i], row[i].size());
        }
        QString text;
        const auto line = [&](const QStringList& cells) {
            QStringList padded;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                const int w = static_cast<int>(widths[i]);
                padded << (m_numeric.value(i) ? cells[i].rightJustified(w) : cells[i].leftJustified(w));
            }
            // No trailing blanks from the last column's padding.
            QString joined = padded.join(QStringLiteral("  "));
            while (joined.endsWith(QLatin1Char(' ')))
                joined.chop(1);
            text += joined + QLatin1Char('\n');
        };
        line(m_header);
        for (const QStringList& row : m_rows)
            line(row);
        return text;
    }

private:
    QStringList m_header;
    QList<bool> m_numeric;
    QList<QStringList> m_rows;
};

QString rangeText(const ReportRange& range)
{
    const QString from = range.from.toString(Qt::ISODate);
    const QString to = range.to.toString(Qt::ISODate);
    if (range.from.isValid() && range.to.isValid())
        return Tr::tr("from %1 to %2 (UTC days)").arg(from, to);
    if (range.from.isValid())
        return Tr::tr("from %1 on (UTC days)").arg(from);
    if (range.to.isValid())
        return Tr::tr("up to %1 (UTC days)").arg(to);
    return Tr::tr("so far");
}

/// A report's rows, and the lines printed under them as text.
struct Sheet
{
    Table table;
    QStringList footer; // text only: CSV stays one table
};

Result<Sheet> paretoSheet(const Database& db, const ReportOptions& options)
{
    auto pareto = Reports(db).pareto(options.range, options.measure);
    if (!pareto)
        return std::unexpected(pareto.error());
    Sheet sheet{
        Table(QStringList{QStringLiteral("rank"), QStringLiteral("root_cause_id"),
                          QStringLiteral("root_cause"), QStringLiteral("cases"), QStringLiteral("cost"),
                          QStringLiteral("cumulative_percent"), QStringLiteral("vital")},
              QList<bool>{true, true, false, true, true, true, false}),
        {}};
    int rank = 0;
    for (const ParetoRow& r : pareto->rows) {
        sheet.table.add({QString::number(++rank), QString::number(r.rootCauseId), r.path,
                         QString::number(r.cases), amount(r.costCents), percent(r.cumulativePercent),
                         r.vital ? QStringLiteral("yes") : QStringLiteral("no")});
    }
    const bool byCost = options.measure == ParetoMeasure::Cost;
    sheet.footer << (byCost ? Tr::tr("total cost: %1").arg(amount(pareto->total))
                            : Tr::tr("total cases: %1").arg(pareto->total))
                 << Tr::tr("not analysed yet: %1").arg(pareto->unanalysed);
    return sheet;
}

Result<Sheet> trendSheet(const Database& db, const ReportOptions& options)
{
    auto trend = Reports(db).trend(options.range, options.period);
    if (!trend)
        return std::unexpected(trend.error());
    Sheet sheet{Table(QStringList{QStringLiteral("period"), QStringLiteral("root_cause_id"),
                                  QStringLiteral("root_cause"), QStringLiteral("cases")},
                      QList<bool>{false, true, false, true}),
                {}};
    for (const TrendRow& r : *trend)
        sheet.table.add({r.period, QString::number(r.rootCauseId), r.path, QString::number(r.cases)});
    return sheet;
}

Result<Sheet> problemsSheet(const Database& db, const ReportOptions& options)
{
    auto problems = ProblemRepository(db).list(options.range);
    if (!problems)
        return std::unexpected(problems.error());
    Sheet sheet{
        Table(QStringList{QStringLiteral("reference"), QStringLiteral("kind"), QStringLiteral("title"),
                          QStringLiteral("root_cause"), QStringLiteral("owner"), QStringLiteral("status"),
                          QStringLiteral("effective_on"), QStringLiteral("linked_cases"),
                          QStringLiteral("before_rate"), QStringLiteral("after_rate"),
                          QStringLiteral("verdict"), QStringLiteral("next_review")},
              QList<bool>{false, false, false, false, false, false, false, true, true, true, false, false}),
        {}};
    Effectiveness effectiveness(db);
    for (const Problem& p : *problems) {
        auto measured = effectiveness.of(p.id);
        if (!measured)
            return std::unexpected(measured.error());
        const auto rate = [](std::optional<double> r) { return r ? percent(*r) : QString(); };
        sheet.table.add(
            {p.reference(), keyOf(p.kind), p.title, p.rootCausePath, p.ownerName, keyOf(p.status),
             p.effectiveOn.toString(Qt::ISODate), QString::number(p.linkedCases), rate(measured->beforeRate),
             rate(measured->afterRate), keyOf(measured->verdict),
             p.nextReviewDue.isValid() ? p.nextReviewDue.toUTC().date().toString(Qt::ISODate) : QString()});
    }
    if (!problems->isEmpty())
        sheet.footer << Tr::tr(
            "rates: the problem's cases per 100 complaints whose cause is known (analysed or "
            "linked), opened in the whole weeks before and after the effective day");
    return sheet;
}

Result<Sheet> championsSheet(const Database& db, const ReportOptions& options)
{
    auto champions = Reports(db).champions(options.range, options.period);
    if (!champions)
        return std::unexpected(champions.error());
    Sheet sheet{
        Table(QStringList{QStringLiteral("period"), QStringLiteral("follow_ups"), QStringLiteral("champions"),
                          QStringLiteral("passives"), QStringLiteral("detractors"),
                          QStringLiteral("mean_score"), QStringLiteral("with_prior"),
                          QStringLiteral("mean_score_with_prior"), QStringLiteral("mean_prior_score")},
              QList<bool>{false, true, true, true, true, true, true, true, true}),
        {}};
    for (const ChampionRow& r : *champions) {
        sheet.table.add({r.period, QString::number(r.followUps), QString::number(r.champions),
                         QString::number(r.passives), QString::number(r.detractors), mean(r.meanScore),
                         QString::number(r.withPrior), mean(r.meanScoreWithPrior), mean(r.meanPriorScore)});
    }
    return sheet;
}

Result<Sheet> sheetFor(const Database& db, const ReportOptions& options)
{
    switch (options.kind) {
    case Kind::Pareto: return paretoSheet(db, options);
    case Kind::Trend: return trendSheet(db, options);
    case Kind::Problems: return problemsSheet(db, options);
    case Kind::Champions: return championsSheet(db, options);
    }
    Q_UNREACHABLE();
}

/// The sheet for people: the aligned table, why it is empty when it is,
/// and the footer.
void printText(const Sheet& sheet, const ReportOptions& options, QTextStream& out)
{
    out << sheet.table.text();
    if (sheet.table.isEmpty()) {
        QString why = Tr::tr("No case was opened %1.");
        if (options.kind == Kind::Pareto)
            why = Tr::tr("No analysed case was opened %1.");
        else if (options.kind == Kind::Champions)
            why = Tr::tr("No follow-up was recorded %1.");
        else if (options.kind == Kind::Problems)
            why = Tr::tr("No problem record was open %1.");
        out << why.arg(rangeText(options.range)) << '\n';
    }
    for (const QString& line : sheet.footer)
        out << line << '\n';
}

} // namespace

std::optional<QString> checkReportOptions(const QCommandLineParser& parser)
{
    auto options = reportOptions(parser);
    if (!options)
        return options.error();
    return std::nullopt;
}

int runReport(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    auto options = reportOptions(parser);
    if (!options)
        return reportError(err, Error::make(Error::Code::InvalidInput, options.error()));
    auto sheet = sheetFor(db, *options);
    if (!sheet)
        return reportError(err, sheet.error());
    if (options->csv)
        out << sheet->table.csv();
    else
        printText(*sheet, *options, out);
    return Ok;
}

} // namespace redress::core::cli
