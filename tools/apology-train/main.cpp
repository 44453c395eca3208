// redress-apology-train: builds the apology checker's classifier from the
// labelled corpus (resources/apology-corpus/corpus.tsv) at build time, one
// model per language, from the corpus's train split only: the held-out split
// is what the benchmark measures the checker on.
//
//   redress-apology-train CORPUS.tsv LANG OUT.bin
//   redress-apology-train --cross-validate CORPUS.tsv LANG
//
// --cross-validate splits the train split four ways by source, trains on
// three parts and predicts the fourth, and prints for each threshold how
// many reflex sentences the classifier hears and how many good ones it
// marks: that is how the checker's thresholds were chosen without looking
// at the held-out split.
#include "core/recovery/ApologyText.h"

#include <fasttext/fasttext.h>

#include <QFile>
#include <QString>
#include <QStringList>
#include <QTemporaryFile>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <exception>
#include <sstream>
#include <string>
#include <vector>

namespace {

struct Example
{
    QString label;
    QString tokens;
    QString source;
};

bool readCorpus(const char* path, const QString& lang, QList<Example>& examples)
{
    QFile corpus(QString::fromLocal8Bit(path));
    if (!corpus.open(QIODevice::ReadOnly | QIODevice::Text)) {
        std::fprintf(stderr, "redress-apology-train: cannot read %s\n", path);
        return false;
    }
    QTextStream in(&corpus);
    in.setEncoding(QStringConverter::Utf8);
    int lineNumber = 0;
    while (!in.atEnd()) {
        const QString line = in.readLine();
        if (++lineNumber == 1 || line.isEmpty())
            continue; // the header
        const QStringList fields = line.split(QLatin1Char('\t'));
        if (fields.size() != 5) {
            std::fprintf(stderr,
                         "%s:%d: expected 5 tab-separated fields (text, label, source, lang, split)\n", path,
                         lineNumber);
            return false;
        }
        if (fields.at(3) != lang || fields.at(4) != QLatin1String("train"))
            continue;
        examples.append({fields.at(1), redress::core::apologyTokens(fields.at(0)), fields.at(2)});
    }
    if (examples.isEmpty()) {
        std::fprintf(stderr, "redress-apology-train: %s has no training sentences for \"%s\"\n", path,
                     qPrintable(lang));
        return false;
    }
    return true;
}

// What --cross-validate compares; the first is what the build trains with.
struct Settings
{
    int dim;
    int epoch;
    double lr;
    int wordNgrams;
    int minn;
    int maxn;
};
constexpr Settings kSettings[] = {
    {24, 80, 0.4, 2, 3, 5},  {24, 80, 0.4, 2, 0, 0}, {50, 50, 0.5, 2, 3, 5},
    {16, 100, 0.3, 1, 3, 5}, {24, 80, 0.4, 3, 3, 5}, {32, 150, 0.2, 2, 2, 4},
};

// Trains on `examples`; the model is left in `model`.
bool train(const QList<Example>& examples, fasttext::FastText& model, const Settings& settings = kSettings[0])
{
    QTemporaryFile training;
    if (!training.open()) {
        std::fprintf(stderr, "redress-apology-train: cannot write a temporary file\n");
        return false;
    }
    {
        QTextStream out(&training);
        out.setEncoding(QStringConverter::Utf8);
        for (const Example& e : examples)
            out << "__label__" << e.label << ' ' << e.tokens << '\n';
    }
    training.flush();

    fasttext::Args args;
    args.input = training.fileName().toStdString();
    args.model = fasttext::model_name::sup;
    args.loss = fasttext::loss_name::softmax;
    // A few hundred sentences: small vectors, many passes, word pairs for
    // "sorry if" against "sorry that", and character n-grams so that a word
    // the corpus never had ("re-accommodate", German compounds) still counts.
    args.dim = settings.dim;
    args.epoch = settings.epoch;
    args.lr = settings.lr;
    args.wordNgrams = settings.wordNgrams;
    args.minCount = 1;
    args.minn = settings.minn;
    args.maxn = settings.maxn;
    args.bucket = 20000;
    // One thread and a fixed seed: the same corpus gives the same model.
    args.thread = 1;
    args.seed = 1;
    args.verbose = 0;
    try {
        model.train(args);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "redress-apology-train: %s\n", e.what());
        return false;
    }
    return true;
}

bool isReflex(const QString& label)
{
    return label != QLatin1String("sincere-apology") && label != QLatin1String("next-step") &&
           label != QLatin1String("neutral");
}

// The classifier's answer for one sentence as the checker reads it: the
// probability that it is a reflex of any kind, and the likeliest reflex.
struct Heard
{
    double reflex = 0;
    QString kind;
};

Heard hear(const fasttext::FastText& model, const QString& tokens)
{
    std::istringstream in(tokens.toStdString() + '\n');
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    model.predictLine(in, predictions, -1, 0.0);
    Heard heard;
    double best = -1;
    for (const auto& [probability, name] : predictions) {
        const QString label = QString::fromStdString(name).mid(9);
        if (!isReflex(label))
            continue;
        heard.reflex += probability;
        if (probability > best) {
            best = probability;
            heard.kind = label;
        }
    }
    return heard;
}

int crossValidate(const QList<Example>& examples)
{
    constexpr int folds = 4;
    for (const Settings& settings : kSettings) {
        QList<std::pair<QString, Heard>> predicted; // gold label, what was heard
        for (int fold = 0; fold < folds; ++fold) {
            QList<Example> training;
            QList<Example> testing;
            for (const Example& e : examples)
                (int(qHash(e.source, 7) % folds) == fold ? testing : training).append(e);
            fasttext::FastText model;
            if (!train(training, model, settings))
                return 1;
            for (const Example& e : testing)
                predicted.append({e.label, hear(model, e.tokens)});
        }
        std::printf("dim %d, epoch %d, lr %.2f, wordNgrams %d, char n-grams %d-%d\n", settings.dim,
                    settings.epoch, settings.lr, settings.wordNgrams, settings.minn, settings.maxn);
        std::printf("  threshold  reflexes-heard  exact-kind  good-marked\n");
        for (double threshold = 0.3; threshold < 0.96; threshold += 0.05) {
            int reflexes = 0, heard = 0, exact = 0, good = 0, marked = 0;
            for (const auto& [gold, guess] : std::as_const(predicted)) {
                const bool says = guess.reflex >= threshold;
                if (isReflex(gold)) {
                    ++reflexes;
                    heard += says;
                    exact += says && guess.kind == gold;
                } else {
                    ++good;
                    marked += says;
                }
            }
            std::printf("  %.2f       %3d/%3d         %3d         %3d/%3d\n", threshold, heard, reflexes,
                        exact, marked, good);
        }
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    if (argc == 4 && std::strcmp(argv[1], "--cross-validate") == 0) {
        QList<Example> examples;
        if (!readCorpus(argv[2], QString::fromLocal8Bit(argv[3]), examples))
            return 1;
        return crossValidate(examples);
    }
    if (argc != 4) {
        std::fprintf(stderr, "usage: redress-apology-train CORPUS.tsv LANG OUT.bin\n"
                             "       redress-apology-train --cross-validate CORPUS.tsv LANG\n");
        return 2;
    }
    QList<Example> examples;
    if (!readCorpus(argv[1], QString::fromLocal8Bit(argv[2]), examples))
        return 1;
    fasttext::FastText model;
    if (!train(examples, model))
        return 1;
    try {
        model.saveModel(argv[3]);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "redress-apology-train: %s\n", e.what());
        return 1;
    }
    return 0;
}
