#include "ui/app/Translator.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>

#include <memory>

namespace redress::ui {

namespace {

const QString english = QStringLiteral("en");
const QString qmDirectory = QStringLiteral(":/i18n");
const QString qmPrefix = QStringLiteral("redress_");

// Owned here, installed on the application while set.
std::unique_ptr<FallbackTranslator> appTranslator;
std::unique_ptr<QTranslator> qtTranslator;
QString installed = english;

// "de_DE", "de-AT", "de" → "de".
QString languageCode(const QString& name)
{
    return name.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

QString resolve(const QString& language)
{
    const QStringList shipped = availableLanguages();
    if (!language.isEmpty()) {
        const QString code = languageCode(language);
        return shipped.contains(code) ? code : english;
    }
    // The first of the desktop's preferred languages that we ship; English
    // counts, so "en, de" stays English.
    for (const QString& name : QLocale::system().uiLanguages()) {
        const QString code = languageCode(name);
        if (shipped.contains(code))
            return code;
    }
    return english;
}

} // namespace

QStringList FallbackTranslator::candidateContexts(const QString& context)
{
    const QString separator = QStringLiteral("::");
    QStringList candidates{context};
    const qsizetype last = context.lastIndexOf(separator);
    if (last < 0)
        return candidates;
    candidates << context.mid(last + separator.size());
    for (QString prefix = context.left(last); !prefix.isEmpty();) {
        if (!candidates.contains(prefix))
            candidates << prefix;
        const qsizetype cut = prefix.lastIndexOf(separator);
        prefix = cut < 0 ? QString() : prefix.left(cut);
    }
    return candidates;
}

QString FallbackTranslator::translate(const char* context, const char* sourceText, const char* disambiguation,
                                      int n) const
{
    QString found = QTranslator::translate(context, sourceText, disambiguation, n);
    if (!found.isNull() || context == nullptr)
        return found;
    const QStringList candidates = candidateContexts(QString::fromUtf8(context));
    for (qsizetype i = 1; i < candidates.size(); ++i) {
        found = QTranslator::translate(candidates[i].toUtf8().constData(), sourceText, disambiguation, n);
        if (!found.isNull())
            return found;
    }
    return {};
}

void removeTranslation()
{
    if (appTranslator) {
        QCoreApplication::removeTranslator(appTranslator.get());
        appTranslator.reset();
    }
    if (qtTranslator) {
        QCoreApplication::removeTranslator(qtTranslator.get());
        qtTranslator.reset();
    }
    installed = english;
}

bool installTranslation(const QString& language)
{
    removeTranslation();
    const QString code = resolve(language);
    if (code == english)
        return language.isEmpty() || languageCode(language) == english;

    auto translator = std::make_unique<FallbackTranslator>();
    if (!translator->load(qmPrefix + code, qmDirectory) ||
        !QCoreApplication::installTranslator(translator.get()))
        return false;
    appTranslator = std::move(translator);
    installed = code;

    // Qt's own strings (dialog buttons, context menus); optional, as the
    // system may lack the qt6-translations-l10n package.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)) &&
        QCoreApplication::installTranslator(qt.get()))
        qtTranslator = std::move(qt);
    return true;
}

QString installedLanguage()
{
    return installed;
}

QStringList availableLanguages()
{
    QStringList languages{english};
    const QStringList files =
        QDir(qmDirectory).entryList({qmPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const QString code = file.mid(qmPrefix.size()).chopped(3);
        if (!languages.contains(code))
            languages << code;
    }
    return languages;
}

QString languageName(const QString& language)
{
    if (language == english)
        return QStringLiteral("English"); // not "American English"
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    return name.isEmpty() ? language : name.left(1).toUpper() + name.mid(1);
}

} // namespace redress::ui
