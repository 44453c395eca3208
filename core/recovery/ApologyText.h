#pragma once

#include <QString>
#include <QStringView>

namespace redress::core {

/// How a sentence is written for the apology classifier: small letters,
/// typographic apostrophes made plain, punctuation as words of its own. The
/// build-time trainer and the checker both use it, so the model sees at run
/// time exactly what it was trained on.
QString apologyTokens(QStringView sentence);

/// "de" when a draft reads as German, else "en": counted by the short words
/// each language cannot do without, so a German reply quoting an English
/// product name is still German.
QString guessApologyLanguage(QStringView text);

} // namespace redress::core
