#pragma once

#include "core/Error.h"
#include "core/recovery/ApologyRules.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace fasttext {
class FastText;
}

namespace redress::core {

/// The corpus's labels a sentence can get (resources/apology-corpus).
enum class ApologyLabel
{
    Reject,
    Ignore,
    Disagree,
    Excuse,
    NonApology,
    SelfCentred,
    SincereApology,
    NextStep,
    Neutral
};

/// The corpus's key of a label ("sincere-apology" …), and back.
QString keyOf(ApologyLabel label);
std::optional<ApologyLabel> apologyLabelFromKey(QStringView key);
/// The passage kind a reflex label marks; none for the good and neutral labels.
std::optional<ApologyKind> kindOf(ApologyLabel label);

/// A sentence classifier trained on the labelled corpus at build time
/// (tools/apology-train, fastText). It hears wording the rules never saw;
/// the rules say precisely why, so the checker asks it only about sentences
/// the rules left alone. Immutable once loaded: any thread may classify.
class ApologyClassifier
{
public:
    struct Guess
    {
        ApologyLabel label = ApologyLabel::Neutral; ///< the likeliest label
        double probability = 0.0;                   ///< … and its probability
        /// The probabilities of all reflex labels together: "is this a
        /// reflex at all" is a question the small corpus answers far better
        /// than "which one".
        double reflex = 0.0;
        ApologyLabel likeliestReflex = ApologyLabel::Reject;
    };

    /// How sure the classifier must be that a sentence is a reflex before the
    /// checker marks it as one, and before it mentions it as advice ("reads
    /// like an excuse"), and that it is an apology or a next step before it
    /// counts as one. Chosen by cross-validation on the corpus's train split
    /// (redress-apology-train --cross-validate), never on the held-out one:
    /// at 0.95 it heard a tenth of the reflexes and marked 6% of good
    /// sentences, at 0.75 half of the reflexes and 16% of good sentences,
    /// too many to count against a draft but worth a second look.
    static constexpr double kReflexThreshold = 0.95;
    static constexpr double kAdviceThreshold = 0.75;
    static constexpr double kCueThreshold = 0.5;

    ~ApologyClassifier();
    ApologyClassifier(ApologyClassifier&&) noexcept;
    ApologyClassifier& operator=(ApologyClassifier&&) noexcept;

    /// Reads a model written by fastText's saveModel(); `source` names it in
    /// the error.
    static Result<ApologyClassifier> fromModel(const QByteArray& model, const QString& source);
    /// The model built into the program for "en" or "de"; null when the
    /// program has none for the language (then the checker uses its rules alone).
    static const ApologyClassifier* shipped(const QString& language);

    /// The likeliest label of one sentence.
    Guess classify(QStringView sentence) const;

private:
    ApologyClassifier();
    std::unique_ptr<fasttext::FastText> m_model;
};

} // namespace redress::core
