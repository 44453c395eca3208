#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace redress::ui {

// Every file names its translation context (QObject or
// Q_DECLARE_TR_FUNCTIONS), so lupdate files each message where the code
// looks for it. A message asked for under a context the catalogue lacks
// still finds its translation under an enclosing one: this translator tries
// the exact context, then its last `::` segment, then each enclosing
// namespace, longest first.
class FallbackTranslator : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation = nullptr,
                      int n = -1) const override;

    // The contexts translate() tries for `context`, in order (for tests).
    static QStringList candidateContexts(const QString& context);
};

// Installs the translation for `language` on the application, replacing the
// one installed before: "" follows the system locale, "en" (or anything not
// shipped) installs none, "de" installs German and, when the system has it,
// Qt's own qtbase_de.qm for the standard dialog buttons. Returns true when
// the result is what was asked for (English counts as installed).
bool installTranslation(const QString& language);

// Removes what installTranslation() installed; the program speaks English.
void removeTranslation();

// The language installTranslation() last put in place: "en" or "de".
QString installedLanguage();

// Languages the program ships, as codes for the "appearance/language"
// setting: "en" first, then one per embedded .qm file.
QStringList availableLanguages();

// A language's name in that language, for a Settings combo box
// ("English", "Deutsch").
QString languageName(const QString& language);

} // namespace redress::ui
