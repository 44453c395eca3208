#include "core/recovery/ApologyText.h"

#include <QSet>

namespace redress::core {

QString apologyTokens(QStringView sentence)
{
    QString out;
    out.reserve(sentence.size() + sentence.size() / 4);
    auto space = [&out] {
        if (!out.isEmpty() && out.back() != QLatin1Char(' '))
            out += QLatin1Char(' ');
    };
    for (const QChar raw : sentence) {
        QChar c = raw;
        if (c == QChar(0x2019) || c == QChar(0x2018) || c == QChar(0x00B4) || c == QChar(0x0060))
            c = QLatin1Char('\'');
        if (c.isSpace()) {
            space();
        } else if (c.isLetterOrNumber() || c == QLatin1Char('\'') || c == QLatin1Char('-')) {
            out += c.toLower();
        } else if (c.isPunct() || c.isSymbol()) {
            // "review," and "review" are one word to the model; the comma
            // stays as a word of its own, since "sorry, but" matters.
            space();
            out += c;
            out += QLatin1Char(' ');
        }
    }
    while (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QString guessApologyLanguage(QStringView text)
{
    static const QSet<QString> german{
        QStringLiteral("und"),   QStringLiteral("der"),   QStringLiteral("die"),   QStringLiteral("das"),
        QStringLiteral("ich"),   QStringLiteral("wir"),   QStringLiteral("sie"),   QStringLiteral("nicht"),
        QStringLiteral("ist"),   QStringLiteral("es"),    QStringLiteral("uns"),   QStringLiteral("ihre"),
        QStringLiteral("ihnen"), QStringLiteral("mit"),   QStringLiteral("für"),   QStringLiteral("dass"),
        QStringLiteral("leid"),  QStringLiteral("bitte"), QStringLiteral("haben"), QStringLiteral("auf")};
    static const QSet<QString> english{
        QStringLiteral("and"), QStringLiteral("the"),   QStringLiteral("we"),   QStringLiteral("you"),
        QStringLiteral("is"),  QStringLiteral("it"),    QStringLiteral("not"),  QStringLiteral("your"),
        QStringLiteral("our"), QStringLiteral("for"),   QStringLiteral("that"), QStringLiteral("to"),
        QStringLiteral("of"),  QStringLiteral("sorry"), QStringLiteral("have"), QStringLiteral("with")};
    // The first few thousand characters say which language a draft is in;
    // reading further would only cost time on a long quoted thread.
    const QStringView head = text.left(4000);
    int de = 0;
    int en = 0;
    QString word;
    auto count = [&] {
        if (word.isEmpty())
            return;
        de += german.contains(word);
        en += english.contains(word);
        word.clear();
    };
    for (const QChar c : head) {
        if (c.isLetter())
            word += c.toLower();
        else
            count();
    }
    count();
    return de > en ? QStringLiteral("de") : QStringLiteral("en");
}

} // namespace redress::core
