#include "bench/Bench.h"
#include "bench/Machine.h"
#include "bench/Output.h"

#include "core/cases/Case.h"
#include "core/recovery/ApologyChecker.h"
#include "core/recovery/ApologyTemplate.h"
#include "core/recovery/TemplateContext.h"

#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>

// --only apology: the apology checker on drafts of 100 KB, 1 MB and 5 MB,
// all on one line and on many, and a template at the limits parsed and
// rendered. Neither needs a store. The sizes pass the checker's cap
// (ApologyChecker::kMaxDraftLength) on purpose: what is measured is how the
// time grows, which should be in proportion to the size.
namespace redress::bench {

namespace {

// A reply a rep might write, with reflexes for every kind to find.
const QString kParagraph = QStringLiteral(
    "Dear Ms Costa, we are sorry that the pump failed during treatment. Unfortunately that is not our "
    "fault, it is company policy and you will need to contact the sales department. I will call you "
    "tomorrow at 3pm with a repair date.");

QString draftOf(qsizetype size, bool oneLine)
{
    const QString unit = kParagraph + (oneLine ? QStringLiteral(" ") : QStringLiteral("\n"));
    QString text = unit.repeated(size / unit.size() + 1);
    text.truncate(size);
    return text;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

struct Row
{
    QString shape;
    qsizetype size = 0;
    qsizetype findings = 0;
    double ms = 0;
};

// The deepest nesting allowed, repeated up to the length allowed: the
// most a stored template can ask of the engine.
QString templateAtLimits()
{
    using core::ApologyTemplate;
    const QString open = QStringLiteral("{{#case.reference}}");
    const QString close = QStringLiteral("{{/case.reference}}");
    const QString one = open.repeated(ApologyTemplate::kMaxSectionDepth) +
                        QStringLiteral("{{customer.name}} ") +
                        close.repeated(ApologyTemplate::kMaxSectionDepth);
    return one.repeated(ApologyTemplate::kMaxLength / one.size());
}

} // namespace

bool writeApologyQuality(QTextStream& md, const QString& corpusPath);

int runApologyBench(const BenchOptions& options)
{
    // Rules and classifier, as the dialogs and the command line use them.
    const core::ApologyChecker& checker = core::ApologyChecker::shipped();
    const QString load = loadAverage();
    const CpuTicks before = CpuTicks::now();
    QList<Row> rows;
    for (const bool oneLine : {true, false}) {
        for (const qsizetype size : {qsizetype(100'000), qsizetype(1'000'000), qsizetype(5'000'000)}) {
            const QString draft = draftOf(size, oneLine);
            Row row{oneLine ? QStringLiteral("one line") : QStringLiteral("many lines"), size, 0, 0};
            QList<double> times;
            for (int run = 0; run < options.runs; ++run) {
                QElapsedTimer clock;
                clock.start();
                row.findings = checker.check(draft).size();
                times << clock.nsecsElapsed() / 1e6;
            }
            row.ms = median(times);
            say(QStringLiteral("check-apology, %1, %2 bytes: %3 ms").arg(row.shape).arg(size).arg(row.ms));
            rows << row;
        }
    }

    const QString text = templateAtLimits();
    QList<double> parseTimes;
    QList<double> renderTimes;
    qsizetype rendered = 0;
    core::Case c;
    c.id = 42;
    c.customerName = QStringLiteral("Ana Costa");
    const core::TemplateContext context = core::TemplateContext::forCase(c, QStringLiteral("Sam"), {}, {});
    for (int run = 0; run < options.runs; ++run) {
        QElapsedTimer clock;
        clock.start();
        auto parsed = core::ApologyTemplate::parse(text);
        parseTimes << clock.nsecsElapsed() / 1e6;
        if (!parsed) {
            say(QStringLiteral("the template at the limits does not parse: ") + parsed.error().message);
            return 1;
        }
        clock.restart();
        rendered = parsed->render(context).size();
        renderTimes << clock.nsecsElapsed() / 1e6;
    }
    const CpuTicks after = CpuTicks::now();

    QString out;
    QTextStream md(&out);
    md << "## Apology checker and templates\n\n";
    md << "`ApologyChecker::check` on a reply repeated to each size (median of " << options.runs
       << " runs; the rules are loaded once before). Load average at the start " << load
       << "; other processes used " << QString::number(100 * CpuTicks::othersShare(before, after), 'f', 0)
       << "% of the machine during the run. Command: `" << options.commandLine << "`.\n\n";
    md << "| draft | size | findings | time (ms) | µs per KB | × the 100 KB time "
          "|\n|---|--:|--:|--:|--:|--:|\n";
    for (const Row& row : std::as_const(rows)) {
        const auto base =
            std::find_if(rows.cbegin(), rows.cend(), [&](const Row& r) { return r.shape == row.shape; });
        md << "| " << row.shape << " | " << row.size / 1000 << " KB | " << row.findings << " | "
           << QString::number(row.ms, 'f', 0) << " | "
           << QString::number(1000 * row.ms / (row.size / 1000.0), 'f', 0) << " | "
           << QString::number(base->ms > 0 ? row.ms / base->ms : 0, 'f', 1) << " |\n";
    }
    md << "\nLinear growth shows as a steady µs per KB and a 10× and 50× time for 10× and 50× the size. "
       << "The command line and the apology dialog refuse drafts over "
       << core::ApologyChecker::kMaxDraftLength << " characters.\n\n";
    md << "A template at the limits (" << text.size() << " characters, sections nested "
       << core::ApologyTemplate::kMaxSectionDepth << " deep, repeated): parse "
       << QString::number(median(parseTimes), 'f', 1) << " ms, render "
       << QString::number(median(renderTimes), 'f', 1) << " ms to " << rendered << " characters; peak memory "
       << procStatusKb("VmHWM") / 1024 << " MiB for the whole run.\n\n";
    if (!writeApologyQuality(md, QStringLiteral(REDRESS_SOURCE_DIR "/resources/apology-corpus/corpus.tsv")))
        return 1;
    md.flush();
    return publish(out, options.markdown) ? 0 : 1;
}

} // namespace redress::bench
