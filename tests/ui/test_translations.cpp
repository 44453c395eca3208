// The German translation end to end: the .qm embedded in redress_ui, the
// fallback translator for a context the catalogue lacks,
// and the .ts itself (finished, placeholders kept).
#include "core/cases/CaseTypes.h"
#include "core/cases/Lifecycle.h"
#include "core/report/Reports.h"
#include "core/store/Database.h"
#include "ui/cases/FollowUpDialog.h"
#include "ui/app/MainWindow.h"
#include "ui/app/Translator.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace redress;

namespace {

// Removes the translation when a test ends, so later tests speak English.
struct TranslationGuard
{
    TranslationGuard() = default;
    TranslationGuard(const TranslationGuard&) = delete;
    TranslationGuard& operator=(const TranslationGuard&) = delete;
    ~TranslationGuard() { ui::removeTranslation(); }
};

QString tsPath()
{
#ifdef REDRESS_DE_TS
    return QStringLiteral(REDRESS_DE_TS);
#else
    // The sources' tree, found from this file's own (absolute) path.
    return QFileInfo(QStringLiteral(__FILE__))
        .dir()
        .absoluteFilePath(QStringLiteral("../../resources/translations/redress_de.ts"));
#endif
}

struct TsMessage
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<TsMessage> messages;
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsMessage{context,
                                {},
                                {},
                                false,
                                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.unfinished = type == QLatin1String("unfinished");
            const bool obsolete = type == QLatin1String("obsolete") || type == QLatin1String("vanished");
            if (current.numerus) {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
            } else {
                current.translations << xml.readElementText();
            }
            if (!obsolete)
                messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

} // namespace

TEST_CASE("German is shipped and listed", "[translations]")
{
    const QStringList languages = ui::availableLanguages();
    CHECK(languages.value(0) == QStringLiteral("en"));
    CHECK(languages.contains(QStringLiteral("de")));
    CHECK(QFile::exists(QStringLiteral(":/i18n/redress_de.qm")));
    CHECK(ui::languageName(QStringLiteral("de")) == QStringLiteral("Deutsch"));
    CHECK(ui::languageName(QStringLiteral("en")) == QStringLiteral("English"));
}

TEST_CASE("The fallback tries the exact context, its class, then its namespaces", "[translations]")
{
    CHECK(ui::FallbackTranslator::candidateContexts(QStringLiteral("redress::core::Reports")) ==
          QStringList{QStringLiteral("redress::core::Reports"), QStringLiteral("Reports"),
                      QStringLiteral("redress::core"), QStringLiteral("redress")});
    CHECK(ui::FallbackTranslator::candidateContexts(QStringLiteral("main")) ==
          QStringList{QStringLiteral("main")});
}

TEST_CASE("The fallback finds what lupdate filed under an enclosing context", "[translations]")
{
    QTranslator plain;
    ui::FallbackTranslator fallback;
    REQUIRE(plain.load(QStringLiteral(":/i18n/redress_de.qm")));
    REQUIRE(fallback.load(QStringLiteral(":/i18n/redress_de.qm")));
    // A context the catalogue lacks, nested in one it has.
    const char* context = "redress::core::CaseTypes::NotListedAnywhere";
    CHECK(plain.translate(context, "Resolved").isNull());
    CHECK(fallback.translate(context, "Resolved") == QStringLiteral("Gelöst"));
    CHECK(fallback.translate(context, "No such text").isNull());
    // The exact context still wins.
    CHECK(fallback.translate(ui::MainWindow::staticMetaObject.className(), "&File") ==
          QStringLiteral("&Datei"));
}

TEST_CASE("With German installed, ui and core strings come out German", "[translations]")
{
    TranslationGuard guard;
    REQUIRE(ui::installTranslation(QStringLiteral("de")));
    CHECK(ui::installedLanguage() == QStringLiteral("de"));

    SECTION("a ui class's own tr()")
    {
        CHECK(ui::MainWindow::tr("&File") == QStringLiteral("&Datei"));
        CHECK(ui::FollowUpDialog::classText(10) == QStringLiteral("Fürsprecher"));
        CHECK(ui::FollowUpDialog::classText(3) == QStringLiteral("Kritiker"));
    }
    SECTION("a plural keeps both German forms")
    {
        CHECK(ui::MainWindow::tr("%n case(s)", nullptr, 1) == QStringLiteral("1 Fall"));
        CHECK(ui::MainWindow::tr("%n case(s)", nullptr, 3) == QStringLiteral("3 Fälle"));
    }
    SECTION("core's local tr() inside a member function: redress::core::Reports")
    {
        const auto status = core::Reports::validate(core::ReportRange{QDate(2026, 3, 1), QDate(2026, 2, 1)});
        REQUIRE_FALSE(status);
        CHECK(status.error().message ==
              QStringLiteral("Der Zeitraum beginnt am 2026-03-01, nach seinem Ende am 2026-02-01."));
    }
    SECTION("core's free functions, filed by lupdate under the namespace")
    {
        CHECK(core::labelOf(core::CaseStatus::Resolved) == QStringLiteral("Gelöst"));
        CHECK(core::labelOf(core::Severity::Critical) == QStringLiteral("Kritisch"));
    }
    SECTION("a context held in a variable, listed for lupdate by the scan script")
    {
        CHECK(core::Lifecycle::actionLabel(core::CaseStatus::InRecovery) ==
              QStringLiteral("Wiedergutmachung beginnen"));
    }
    SECTION("a store error")
    {
        QTemporaryDir dir;
        REQUIRE(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("missing/store.sqlite"));
        const auto db = core::Database::open(path);
        REQUIRE_FALSE(db);
        CHECK(db.error().message.startsWith(QStringLiteral("Der Ordner ")));
        CHECK(db.error().message.endsWith(QStringLiteral(" existiert nicht.")));
    }
}

TEST_CASE("English installs no translation", "[translations]")
{
    TranslationGuard guard;
    REQUIRE(ui::installTranslation(QStringLiteral("de")));
    REQUIRE(ui::installTranslation(QStringLiteral("en")));
    CHECK(ui::installedLanguage() == QStringLiteral("en"));
    CHECK(ui::MainWindow::tr("&File") == QStringLiteral("&File"));
    CHECK(core::labelOf(core::CaseStatus::Resolved) == QStringLiteral("Resolved"));
    const auto status = core::Reports::validate(core::ReportRange{QDate(2026, 3, 1), QDate(2026, 2, 1)});
    REQUIRE_FALSE(status);
    CHECK(status.error().message.startsWith(QStringLiteral("The range starts on")));
}

TEST_CASE("A language that is not shipped falls back to English", "[translations]")
{
    TranslationGuard guard;
    CHECK_FALSE(ui::installTranslation(QStringLiteral("fr")));
    CHECK(ui::installedLanguage() == QStringLiteral("en"));
    CHECK(ui::MainWindow::tr("&File") == QStringLiteral("&File"));
}

TEST_CASE("The German .ts is finished and keeps every placeholder", "[translations]")
{
    const QList<TsMessage> messages = readTs(tsPath());
    REQUIRE(messages.size() > 1000);
    for (const TsMessage& m : messages) {
        INFO(m.context.toStdString() << ": " << m.source.toStdString());
        CHECK_FALSE(m.unfinished);
        REQUIRE(m.translations.size() == (m.numerus ? 2 : 1));
        for (const QString& translation : m.translations) {
            CHECK_FALSE(translation.isEmpty());
            CHECK(placeholders(translation) == placeholders(m.source));
            // An accelerator stays an accelerator (&nbsp; and other entities aside).
            const auto accelerators = [](QString text) {
                text.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
                return text.count(QLatin1Char('&')) - 2 * text.count(QStringLiteral("&&"));
            };
            CHECK(accelerators(translation) == accelerators(m.source));
        }
    }
}
