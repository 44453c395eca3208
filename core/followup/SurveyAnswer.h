#pragma once

#include <QString>

#include <optional>

namespace redress::core {

/// What a customer's reply to the follow-up says, read from its new text
/// (quoted history and signature already taken off by the mail parser).
///
/// Deliberately narrow: a score is taken only when a number 0–10 (or the
/// word for one) leads the answer, a second failure only for plain words
/// saying the fault is back, and anything else waits for a person. Reading
/// too much into a customer's words would record scores they never gave.
struct SurveyAnswer
{
    enum class Kind
    {
        Score,        ///< a score, perhaps with a comment
        StillBroken,  ///< the fix did not hold (perhaps with a score too)
        Stop,         ///< asked not to be written to again
        Unclear       ///< a person reads it
    };

    Kind kind = Kind::Unclear;
    std::optional<int> score; ///< 0–10 when one led the answer
    QString comment;          ///< the rest of the answer, trimmed
    QString why;              ///< in plain words, for the timeline and the queue

    /// Reads `text` (English and German wording).
    static SurveyAnswer read(const QString& text);
};

} // namespace redress::core
