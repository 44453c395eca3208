#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace redress::core {

/// What the apology checker can say about a draft. The first six mark a
/// passage (article 001's three problem-avoidance reflexes, article 003's
/// org-chart excuses, and the non-apology and self-centred statements of
/// issue 24); the last two are about the draft as a whole.
enum class ApologyKind
{
    Reject,
    Ignore,
    Disagree,
    Excuse,
    NonApology,
    SelfCentred,
    NoApology,
    NoNextStep
};

/// Every kind, passage kinds first, in the order findings at one place sort.
QList<ApologyKind> allApologyKinds();
/// The stable key used in the rules file and on the command line:
/// `reject`, `ignore`, `disagree`, `excuse`, `non-apology`, `self-centred`,
/// `no-apology`, `no-next-step`.
QString keyOf(ApologyKind kind);
std::optional<ApologyKind> apologyKindFromKey(const QString& key);
/// True for the kinds that mark a passage, false for the whole-draft checks.
bool isPassageKind(ApologyKind kind);
/// True for the reflexes, which `check-apology` exits 3 for; false for
/// NoNextStep, which is advice: statements and short replies rarely carry a
/// date, and a good apology without one is still a good apology.
bool isReflex(ApologyKind kind);

/// The apology checker's rules as data: per kind a one-line "why" and
/// regular expressions, loaded from JSON so that wording can be tuned (and
/// other languages added) without touching code.
///
/// For a passage kind a pattern match marks the passage; for NoApology and
/// NoNextStep the patterns are the *cues* (an apology; a concrete next step
/// or date) whose absence is the finding. "unless" patterns cancel a match,
/// or a cue, when they occur in the same sentence. The file format is
/// described at the top of resources/apology-rules.json.
class ApologyRules
{
public:
    struct Pattern
    {
        QRegularExpression regex;
        QList<QRegularExpression> unless; ///< this pattern's own cancelling cues
    };

    struct KindRules
    {
        QString why; ///< untranslated source text; see ApologyRules::why()
        QList<Pattern> patterns;
        QList<QRegularExpression> unless; ///< cancel any match of the kind in the sentence
    };

    /// Rules with no patterns at all: a checker built on them finds nothing.
    ApologyRules() = default;

    /// Reads rules from JSON. Malformed JSON, an unknown kind or key, a
    /// missing "why" or a pattern that does not compile is an InvalidInput
    /// error whose message names `source`, the kind and the pattern.
    static Result<ApologyRules> fromJson(const QByteArray& json, const QString& source);
    /// The rules shipped inside the program for a language, "en"
    /// (resources/apology-rules.json) or "de" (apology-rules.de.json); any
    /// other language gets the English rules.
    static ApologyRules defaults(const QString& language = QStringLiteral("en"));
    /// Where defaults() reads them from, for tools that want the text.
    static QString defaultsPath(const QString& language = QStringLiteral("en"));

    const KindRules& rulesFor(ApologyKind kind) const { return m_kinds[index(kind)]; }
    /// The one-line reason shown with a finding, translated.
    QString why(ApologyKind kind) const;

    /// A line matching one of these is someone else's text (a "> " quoted
    /// reply) and is not checked.
    const QList<QRegularExpression>& skipLines() const { return m_skipLines; }
    /// A line matching one of these starts a quoted trailer ("On … wrote:");
    /// it and everything after it are not checked.
    const QList<QRegularExpression>& skipFrom() const { return m_skipFrom; }
    /// Spans inside a sentence that are quoted words, not the writer's own.
    const QList<QRegularExpression>& skipSpans() const { return m_skipSpans; }
    /// Lower-case words that end with a full stop without ending a sentence
    /// ("e.g", "mr", "approx"), written without their final full stop.
    const QStringList& abbreviations() const { return m_abbreviations; }

private:
    static constexpr std::size_t index(ApologyKind kind) { return static_cast<std::size_t>(kind); }

    std::array<KindRules, 8> m_kinds;
    QList<QRegularExpression> m_skipLines;
    QList<QRegularExpression> m_skipFrom;
    QList<QRegularExpression> m_skipSpans;
    QStringList m_abbreviations;
};

} // namespace redress::core
