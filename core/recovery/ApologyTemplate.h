#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace redress::core {

class TemplateContext;

/// An apology script: text with placeholders in the Mustache syntax that
/// help-desk users know.
///
/// - `{{customer.first_name}}` inserts a value; `{{{x}}}` and `{{&x}}` do
///   the same, because values are plain text and nothing is escaped.
/// - `{{#case.promised_by}}…{{/case.promised_by}}` shows its text only when
///   the value is not empty; `{{^case.promised_by}}…{{/…}}` only when it is.
/// - `{{! a note }}` is a comment for template authors; `{{=<% %>=}}`
///   changes the delimiters.
/// - A line holding only section tags, comments or delimiter changes (and
///   spaces) disappears from the output with its line break, so optional
///   paragraphs leave no blank lines behind.
///
/// Only the names of TemplateContext::names() are accepted. Partials
/// (`{{> x}}`), lambdas and the current-item tag `{{.}}` are not supported.
/// Values are inserted as they are and never read as template text: a
/// customer called "{{case.reference}}" is greeted by that name.
class ApologyTemplate
{
public:
    /// The longest template accepted, in UTF-16 code units. A real apology
    /// is a page or two; the cap keeps a pasted or planted file from making
    /// every desk that opens the apology step parse megabytes.
    static constexpr qsizetype kMaxLength = 64 * 1024;
    /// How deeply sections may nest. Real scripts nest two or three deep;
    /// the engine renders sections recursively, copying its context at each
    /// level, so deep nesting costs memory and stack at every desk.
    static constexpr int kMaxSectionDepth = 32;

    /// Where and why a template is refused. `line` and `column` are 1-based
    /// and count characters (Unicode code points) of the text as given, so
    /// an emoji is one column; `offset` is the same place as an index into
    /// the QString, for putting an editor's cursor there.
    struct Problem
    {
        int line = 0;
        int column = 0;
        qsizetype offset = 0;
        QString message; ///< translated, without the position
        /// "line 3, column 12: unknown placeholder …", translated.
        QString toString() const;
    };

    /// The empty template: renders nothing.
    ApologyTemplate() = default;

    /// Checks `text` and prepares it for rendering. A problem is an
    /// InvalidInput error on the field "template" whose message is
    /// Problem::toString(); check() gives the position as numbers.
    static Result<ApologyTemplate> parse(const QString& text);
    /// The first problem in `text`, or nothing when it is a valid template.
    static std::optional<Problem> check(const QString& text);

    /// The template text as it was given.
    QString text() const { return m_text; }
    /// The names the template uses, each once, in order of first use.
    QStringList placeholders() const { return m_placeholders; }

    /// The text with the context's values filled in.
    QString render(const TemplateContext& context) const;

private:
    QString m_text;
    QStringList m_placeholders;
    /// The template rewritten for the engine (see ApologyTemplate.cpp).
    QByteArray m_prepared;
};

} // namespace redress::core
