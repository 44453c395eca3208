#include "core/recovery/ApologyClassifier.h"

#include "core/recovery/ApologyText.h"

#include <fasttext/fasttext.h>

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstring>
#include <sstream>
#include <string>
#include <vector>

// The models are built into the static core library; a static library's
// resources are only registered when someone asks for them.
static void initApologyModelResource()
{
    Q_INIT_RESOURCE(apology_model);
}

namespace redress::core {

namespace {

Q_LOGGING_CATEGORY(lcClassifier, "redress.recovery.classifier")

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ApologyClassifier)
};

constexpr const char* labelPrefix = "__label__";

// What fastText's own loadModel(filename) checks before it reads the rest:
// a magic number and the format version, each a 32-bit integer.
constexpr std::int32_t fastTextMagic = 793712314;
constexpr std::int32_t fastTextVersion = 12;

} // namespace

QString keyOf(ApologyLabel label)
{
    switch (label) {
    case ApologyLabel::Reject: return QStringLiteral("reject");
    case ApologyLabel::Ignore: return QStringLiteral("ignore");
    case ApologyLabel::Disagree: return QStringLiteral("disagree");
    case ApologyLabel::Excuse: return QStringLiteral("excuse");
    case ApologyLabel::NonApology: return QStringLiteral("non-apology");
    case ApologyLabel::SelfCentred: return QStringLiteral("self-centred");
    case ApologyLabel::SincereApology: return QStringLiteral("sincere-apology");
    case ApologyLabel::NextStep: return QStringLiteral("next-step");
    case ApologyLabel::Neutral: return QStringLiteral("neutral");
    }
    return {};
}

std::optional<ApologyLabel> apologyLabelFromKey(QStringView key)
{
    for (int i = 0; i <= int(ApologyLabel::Neutral); ++i) {
        const auto label = ApologyLabel(i);
        if (keyOf(label) == key)
            return label;
    }
    return std::nullopt;
}

std::optional<ApologyKind> kindOf(ApologyLabel label)
{
    switch (label) {
    case ApologyLabel::Reject: return ApologyKind::Reject;
    case ApologyLabel::Ignore: return ApologyKind::Ignore;
    case ApologyLabel::Disagree: return ApologyKind::Disagree;
    case ApologyLabel::Excuse: return ApologyKind::Excuse;
    case ApologyLabel::NonApology: return ApologyKind::NonApology;
    case ApologyLabel::SelfCentred: return ApologyKind::SelfCentred;
    case ApologyLabel::SincereApology:
    case ApologyLabel::NextStep:
    case ApologyLabel::Neutral: return std::nullopt;
    }
    return std::nullopt;
}

ApologyClassifier::ApologyClassifier() : m_model(std::make_unique<fasttext::FastText>()) {}
ApologyClassifier::~ApologyClassifier() = default;
ApologyClassifier::ApologyClassifier(ApologyClassifier&&) noexcept = default;
ApologyClassifier& ApologyClassifier::operator=(ApologyClassifier&&) noexcept = default;

Result<ApologyClassifier> ApologyClassifier::fromModel(const QByteArray& model, const QString& source)
{
    std::int32_t header[2] = {0, 0};
    if (model.size() < qsizetype(sizeof header))
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1 is not a fastText model: it is too short.").arg(source));
    std::memcpy(header, model.constData(), sizeof header);
    if (header[0] != fastTextMagic || header[1] != fastTextVersion)
        return fail(Error::Code::InvalidInput,
                    Tr::tr("%1 is not a fastText model of the version this program reads.").arg(source));
    ApologyClassifier classifier;
    try {
        std::istringstream in(std::string(model.constData() + sizeof header, model.size() - sizeof header));
        classifier.m_model->loadModel(in);
    } catch (const std::exception& e) {
        return fail(Error::Code::InvalidInput, Tr::tr("%1 could not be read as a fastText model: %2")
                                                   .arg(source, QString::fromLocal8Bit(e.what())));
    }
    return classifier;
}

const ApologyClassifier* ApologyClassifier::shipped(const QString& language)
{
    static const auto load = [](const char* lang) -> std::optional<ApologyClassifier> {
        initApologyModelResource();
        const QString path = QStringLiteral(":/redress/apology-%1.bin").arg(QLatin1String(lang));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qCCritical(lcClassifier) << "the shipped apology model is missing:" << path;
            return std::nullopt;
        }
        auto classifier = fromModel(file.readAll(), path);
        if (!classifier) {
            qCCritical(lcClassifier) << classifier.error().toString();
            return std::nullopt;
        }
        return std::move(*classifier);
    };
    if (language == QLatin1String("de")) {
        static const std::optional<ApologyClassifier> german = load("de");
        return german ? &*german : nullptr;
    }
    static const std::optional<ApologyClassifier> english = load("en");
    return english ? &*english : nullptr;
}

ApologyClassifier::Guess ApologyClassifier::classify(QStringView sentence) const
{
    Guess guess;
    const QString tokens = apologyTokens(sentence);
    if (tokens.isEmpty())
        return guess;
    std::istringstream in(tokens.toStdString() + '\n');
    std::vector<std::pair<fasttext::real, std::string>> predictions;
    m_model->predictLine(in, predictions, -1, 0.0); // every label, likeliest first
    const std::size_t prefix = std::strlen(labelPrefix);
    bool first = true;
    bool reflexSeen = false;
    for (const auto& [probability, name] : predictions) {
        if (name.compare(0, prefix, labelPrefix) != 0)
            continue;
        const auto label = apologyLabelFromKey(QString::fromStdString(name.substr(prefix)));
        if (!label)
            continue;
        if (first) {
            guess.label = *label;
            guess.probability = double(probability);
            first = false;
        }
        if (kindOf(*label)) {
            guess.reflex += double(probability);
            if (!reflexSeen) {
                guess.likeliestReflex = *label;
                reflexSeen = true;
            }
        }
    }
    return guess;
}

} // namespace redress::core
