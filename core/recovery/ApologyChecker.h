#pragma once

#include "core/recovery/ApologyRules.h"

class QStringView;

#include <QList>
#include <QString>

namespace redress::core {

/// One thing the apology checker says about a draft. A warning for the rep,
/// never a reason to refuse sending.
struct ApologyFinding
{
    using Kind = ApologyKind;

    Kind kind = Kind::Reject;
    int line = 1;   ///< 1-based
    int column = 1; ///< 1-based, in characters (a surrogate pair counts once)
    int offset = 0; ///< in UTF-16 code units into the draft, for a text cursor
    int length = 0; ///< in UTF-16 code units; 0 for a whole-draft finding
    /// The marked words with their white space run together, for one line of
    /// output; empty for a whole-draft finding.
    QString passage;
    QString why; ///< translated, one line
    /// True when the classifier heard this in the wording and no rule
    /// matched: the passage is the whole sentence.
    bool heard = false;
    /// Shown, never counted against the draft: a missing next step, or a
    /// sentence the classifier is not sure enough about.
    bool advice = false;
    /// Whether the finding counts as a reflex (check-apology exits 3).
    bool isReflexFinding() const { return isReflex(kind) && !advice; }
    /// The kind as the command line and the dialogs show it: `excuse`, or
    /// `advice: no-next-step` for advice.
    QString shownKind() const
    {
        return isReflexFinding() ? keyOf(kind) : QStringLiteral("advice: ") + keyOf(kind);
    }
};

class ApologyClassifier;

/// Reads a draft apology for the problem-avoidance reflexes of articles 001
/// and 003, non-apologies and self-centred statements, and for a missing
/// apology or next step. Rules first, for what they catch precisely and can
/// explain; then, if it has one, a classifier trained on the labelled corpus
/// for the sentences the rules left alone. Pure: no store, no GUI, no state
/// between calls, so one checker may serve every editor at once.
class ApologyChecker
{
public:
    /// The longest draft the command line and the apology dialog check, in
    /// UTF-16 code units: a reply with its quoted thread is tens of
    /// kilobytes; the checker is linear, about a second a megabyte here.
    static constexpr qsizetype kMaxDraftLength = 1024 * 1024;
    /// A draft over kMaxDraftLength as a plain, translated message naming
    /// the limit; empty when the draft is within it.
    static QString tooLong(qsizetype length);

    /// A checker on `rules` alone, or on rules and a classifier that must
    /// outlive it (the shipped classifiers live as long as the program).
    explicit ApologyChecker(ApologyRules rules, const ApologyClassifier* classifier = nullptr);
    /// One checker per language ("en", "de") with the shipped rules and
    /// classifier, read once; it keeps no state between calls, so any
    /// thread may use it.
    static const ApologyChecker& shipped(const QString& language = QStringLiteral("en"));
    /// The shipped checker for the language the draft is written in.
    static const ApologyChecker& forDraft(QStringView draft);

    /// The findings in the draft, by position (whole-draft findings at 1:1).
    /// Matches of one kind that overlap are one finding. A blank draft has
    /// none: there is nothing to judge yet.
    QList<ApologyFinding> check(const QString& draft) const;

    const ApologyRules& rules() const { return m_rules; }
    const ApologyClassifier* classifier() const { return m_classifier; }

private:
    ApologyRules m_rules;
    const ApologyClassifier* m_classifier = nullptr;
};

} // namespace redress::core
