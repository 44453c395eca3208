#pragma once

#include "core/Error.h"
#include "core/recovery/ApologyClassifier.h"
#include "core/recovery/ApologyRules.h"

#include <QList>
#include <QMap>
#include <QString>

namespace redress::core {

class ApologyChecker;

/// One labelled sentence of resources/apology-corpus/corpus.tsv.
struct CorpusSentence
{
    QString text;
    ApologyLabel label = ApologyLabel::Neutral;
    QString source; ///< a URL or citation, or "own:…" for our own examples
    QString language;
    bool heldOut = false;
};

/// Reads the corpus (tab-separated: text, label, source, lang, split, with
/// a header line); an unknown label or split is an error naming the line.
Result<QList<CorpusSentence>> readApologyCorpus(const QString& path);

/// How the checker does on the corpus's held-out sentences of one language.
struct ApologyEvaluation
{
    struct Counts
    {
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        double precision() const;
        double recall() const;
    };
    QMap<ApologyKind, Counts> byKind;  ///< the passage kinds, sentence by sentence (advice not counted)
    int reflexSentences = 0;           ///< held-out sentences labelled with a reflex
    int reflexesFound = 0;             ///< … of which the checker marked with any reflex
    int goodSentences = 0;             ///< labelled sincere-apology, next-step or neutral
    int goodSentencesFlagged = 0;      ///< … of which the checker marked a reflex in
    int reflexesAdvised = 0;           ///< reflex sentences only advice was given on
    int goodSentencesAdvised = 0;      ///< good sentences only advice was given on
    int goodTexts = 0;                 ///< held-out sources without a reflex sentence
    int goodTextsFlagged = 0;          ///< … the checker found a reflex in (exit 3)
    int goodTextsFlaggedNoApology = 0; ///< … only for having no apology at all
    QStringList flaggedGoodTexts;      ///< their sources, for the reader

    double reflexRecall() const;
};

/// Runs `checker` over the held-out sentences of `language`, each alone,
/// and over each held-out source's sentences put together as one text.
ApologyEvaluation evaluateApologyChecker(const ApologyChecker& checker, const QList<CorpusSentence>& corpus,
                                         const QString& language);

} // namespace redress::core
