#include "bench/Output.h"

#include "core/recovery/ApologyChecker.h"
#include "core/recovery/ApologyClassifier.h"
#include "core/recovery/ApologyEvaluation.h"

#include <QTextStream>

// --only apology, second part: how well the checker hears the reflexes, on
// the held-out split of resources/apology-corpus (sentences and sources the
// classifier was not trained on and the rules were not tuned to), with the
// rules alone and with rules and classifier together.
namespace redress::bench {

namespace {

QString percent(double share)
{
    return QString::number(100 * share, 'f', 0) + QLatin1Char('%');
}

void writeOne(QTextStream& md, const QString& title, const core::ApologyEvaluation& e)
{
    md << "**" << title << "**: reflexes heard " << e.reflexesFound << " of " << e.reflexSentences << " ("
       << percent(e.reflexRecall()) << "); good sentences marked " << e.goodSentencesFlagged << " of "
       << e.goodSentences << "; advice only on " << e.reflexesAdvised << " more reflexes and "
       << e.goodSentencesAdvised << " more good sentences; good texts flagged " << e.goodTextsFlagged
       << " of " << e.goodTexts;
    if (e.goodTextsFlagged > 0)
        md << " (" << e.goodTextsFlaggedNoApology
           << " only for no apology: " << e.flaggedGoodTexts.join(QStringLiteral(", ")) << ")";
    md << ".\n\n| kind | precision | recall | marked right | marked wrong | missed "
          "|\n|---|--:|--:|--:|--:|--:|\n";
    for (auto it = e.byKind.cbegin(); it != e.byKind.cend(); ++it) {
        md << "| " << core::keyOf(it.key()) << " | " << percent(it->precision()) << " | "
           << percent(it->recall()) << " | " << it->truePositives << " | " << it->falsePositives << " | "
           << it->falseNegatives << " |\n";
    }
    md << '\n';
    say(QStringLiteral("%1: reflex recall %2, good texts flagged %3 of %4")
            .arg(title, percent(e.reflexRecall()))
            .arg(e.goodTextsFlagged)
            .arg(e.goodTexts));
}

} // namespace

bool writeApologyQuality(QTextStream& md, const QString& corpusPath)
{
    auto corpus = core::readApologyCorpus(corpusPath);
    if (!corpus) {
        say(corpus.error().message);
        return false;
    }
    md << "### How well it hears (held-out split of `resources/apology-corpus`)\n\n"
       << "Each held-out sentence is checked alone: a kind's precision is how many of the sentences it "
          "marked carry that label, its recall how many of that label's sentences it marked with that "
          "kind; \"reflexes heard\" counts a reflex sentence marked with any reflex. A good text is a "
          "held-out source with no reflex sentence, checked whole; flagged means `check-apology` would "
          "exit 3 on it.\n\n";
    for (const QString& lang : {QStringLiteral("en"), QStringLiteral("de")}) {
        const core::ApologyChecker rulesOnly(core::ApologyRules::defaults(lang));
        writeOne(md, lang + QStringLiteral(", rules alone"),
                 core::evaluateApologyChecker(rulesOnly, *corpus, lang));
        writeOne(md, lang + QStringLiteral(", rules and classifier"),
                 core::evaluateApologyChecker(core::ApologyChecker::shipped(lang), *corpus, lang));
    }
    return true;
}

} // namespace redress::bench
