#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

namespace redress::ui {

// Qt 6.4's lupdate files some messages under contexts that differ from the
// ones the code asks for at run time: core's local tr() helpers ask for
// "redress::core::Reports" but lupdate writes the class or namespace around
// the call ("Reports", "redress::core"), and run without the project's
// include paths it writes ui classes by their bare name ("FollowUpDialog").
// tools/translations/scan_variable_contexts.py lists the helpers' strings
// under their real context; this translator covers whatever is left instead
// of rewriting every call site: it tries the exact context, then its last
// `::` segment, then each enclosing namespace, longest first.
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
