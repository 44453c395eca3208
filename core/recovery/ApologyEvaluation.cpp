#include "core/recovery/ApologyEvaluation.h"

#include "core/recovery/ApologyChecker.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTextStream>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ApologyEvaluation)
};

bool isGood(ApologyLabel label)
{
    return !kindOf(label).has_value();
}

} // namespace

double ApologyEvaluation::Counts::precision() const
{
    const int marked = truePositives + falsePositives;
    return marked == 0 ? 0.0 : double(truePositives) / marked;
}

double ApologyEvaluation::Counts::recall() const
{
    const int labelled = truePositives + falseNegatives;
    return labelled == 0 ? 0.0 : double(truePositives) / labelled;
}

double ApologyEvaluation::reflexRecall() const
{
    return reflexSentences == 0 ? 0.0 : double(reflexesFound) / reflexSentences;
}

Result<QList<CorpusSentence>> readApologyCorpus(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return fail(Error::Code::Io, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QTextStream in(&file);
    in.setEncoding(QStringConverter::Utf8);
    QList<CorpusSentence> corpus;
    int number = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (++number == 1 || line.isEmpty())
            continue;
        const QStringList fields = line.split(QLatin1Char('\t'));
        const auto label = fields.size() == 5 ? apologyLabelFromKey(fields.at(1)) : std::nullopt;
        const QString split = fields.value(4);
        if (!label || (split != QLatin1String("train") && split != QLatin1String("held-out")))
            return fail(Error::Code::InvalidInput,
                        Tr::tr("%1:%2: expected text, a known label, source, lang and train or held-out, "
                               "separated by tabs.")
                            .arg(path)
                            .arg(number));
        corpus.append({fields.at(0), *label, fields.at(2), fields.at(3), split == QLatin1String("held-out")});
    }
    return corpus;
}

ApologyEvaluation evaluateApologyChecker(const ApologyChecker& checker, const QList<CorpusSentence>& corpus,
                                         const QString& language)
{
    ApologyEvaluation result;
    for (ApologyKind kind : allApologyKinds()) {
        if (isPassageKind(kind))
            result.byKind.insert(kind, {});
    }
    QStringList sources; // held-out sources in corpus order
    QMap<QString, QStringList> texts;
    QSet<QString> withReflex;
    for (const CorpusSentence& s : corpus) {
        if (!s.heldOut || s.language != language)
            continue;
        if (!texts.contains(s.source))
            sources << s.source;
        texts[s.source] << s.text;
        const auto gold = kindOf(s.label);
        if (gold)
            withReflex.insert(s.source);

        QSet<ApologyKind> marked;
        bool advised = false;
        for (const ApologyFinding& f : checker.check(s.text)) {
            if (isPassageKind(f.kind) && f.isReflexFinding())
                marked.insert(f.kind);
            advised = advised || (isPassageKind(f.kind) && f.advice);
        }
        for (auto it = result.byKind.begin(); it != result.byKind.end(); ++it) {
            const bool labelled = gold == it.key();
            const bool found = marked.contains(it.key());
            it->truePositives += labelled && found;
            it->falseNegatives += labelled && !found;
            it->falsePositives += !labelled && found;
        }
        if (gold) {
            ++result.reflexSentences;
            result.reflexesFound += !marked.isEmpty();
            result.reflexesAdvised += marked.isEmpty() && advised;
        } else if (isGood(s.label)) {
            ++result.goodSentences;
            result.goodSentencesFlagged += !marked.isEmpty();
            result.goodSentencesAdvised += marked.isEmpty() && advised;
        }
    }
    for (const QString& source : std::as_const(sources)) {
        if (withReflex.contains(source))
            continue;
        ++result.goodTexts;
        bool reflex = false;
        bool onlyNoApology = true;
        for (const ApologyFinding& f : checker.check(texts.value(source).join(QLatin1Char('\n')))) {
            if (!f.isReflexFinding())
                continue;
            reflex = true;
            onlyNoApology = onlyNoApology && f.kind == ApologyKind::NoApology;
        }
        if (reflex) {
            ++result.goodTextsFlagged;
            result.goodTextsFlaggedNoApology += onlyNoApology;
            result.flaggedGoodTexts << source;
        }
    }
    return result;
}

} // namespace redress::core
