#include "ui/app/SettingsDialog.h"

#include "core/store/Database.h"
#include "core/store/Identity.h"
#include "ui/app/Appearance.h"
#include "ui/app/Translator.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace redress::ui {

namespace {

QWidget* page(QLayout* layout)
{
    auto* w = new QWidget;
    w->setLayout(layout);
    return w;
}

QPushButton* opener(const QString& text, const QString& name)
{
    auto* b = new QPushButton(text);
    b->setObjectName(name);
    return b;
}

} // namespace

SettingsDialog::SettingsDialog(const QString& currentStore, QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Preferences"));
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));

    m_tabs->addTab(page(createStorePage(currentStore)), tr("Store and &user"));
    m_tabs->addTab(page(createServiceLevelPage()), tr("Service le&vel and backups"));
    m_tabs->addTab(page(createAppearancePage()), tr("&Appearance"));

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 340);
}

// Store and user: what the next start opens, and as whom.
QLayout* SettingsDialog::createStorePage(const QString& currentStore)
{
    m_store = new QLineEdit(Config::string(Config::Key::StorePath));
    m_store->setObjectName(QStringLiteral("settingsStore"));
    m_store->setAccessibleName(tr("Store at start"));
    m_store->setPlaceholderText(QDir::toNativeSeparators(core::Database::defaultPath()));
    m_store->setToolTip(
        tr("A file for one desk, or a team's server as postgresql://user@host:port/database"));
    m_store->setClearButtonEnabled(true);
    auto* browse = new QPushButton(tr("&Browse…"));
    browse->setObjectName(QStringLiteral("settingsBrowseStore"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = MessageBox::saveFileName(
            this, tr("Store to open at start"),
            m_store->text().isEmpty() ? core::Database::defaultPath() : m_store->text(),
            tr("Redress stores (*.redress *.db);;All files (*)"));
        if (!path.isEmpty())
            m_store->setText(QDir::toNativeSeparators(path));
    });
    auto* storeRow = new QHBoxLayout;
    storeRow->addWidget(m_store, 1);
    storeRow->addWidget(browse);
    // Shown, not chosen: a setting anyone can edit must not decide who acts.
    auto* login = new QLabel(tr("%1 (this computer's account; File › Switch user hands the desk to someone "
                                "else with their password)")
                                 .arg(core::Identity::osLogin()));
    login->setObjectName(QStringLiteral("settingsLogin"));
    login->setWordWrap(true);
    login->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* storeForm = new QFormLayout;
    auto* current = new QLabel(QDir::toNativeSeparators(currentStore));
    current->setObjectName(QStringLiteral("settingsCurrentStore"));
    current->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    current->setWordWrap(true);
    storeForm->addRow(tr("Open now:"), current);
    storeForm->addRow(tr("&Store at start:"), storeRow);
    storeForm->addRow(tr("Works as:"), login);
    auto* storeNote =
        new QLabel(tr("An empty field uses the default shown. The command line's --db wins over "
                      "it. Changes apply when Redress starts again."));
    storeNote->setWordWrap(true);
    storeForm->addRow(storeNote);
    return storeForm;
}

// Service level and backups have dialogs of their own, kept where the
// lead knows them; this page leads there.
QLayout* SettingsDialog::createServiceLevelPage()
{
    auto* sla = new QVBoxLayout;
    auto* calendar = opener(tr("SLA &calendar and targets…"), QStringLiteral("settingsOpenSla"));
    auto* matrix = opener(tr("&Priority matrix…"), QStringLiteral("settingsOpenMatrix"));
    auto* backups = opener(tr("Automatic &backups…"), QStringLiteral("settingsOpenBackups"));
    connect(calendar, &QPushButton::clicked, this, &SettingsDialog::slaSettingsRequested);
    connect(matrix, &QPushButton::clicked, this, &SettingsDialog::priorityMatrixRequested);
    connect(backups, &QPushButton::clicked, this, &SettingsDialog::backupSettingsRequested);
    auto* slaNote = new QLabel(tr("Working hours, holidays and targets belong to the store and are shared "
                                  "by everyone who opens it; backups are this desk's own."));
    slaNote->setWordWrap(true);
    sla->addWidget(slaNote);
    sla->addWidget(calendar);
    sla->addWidget(matrix);
    sla->addWidget(backups);
    sla->addStretch(1);
    return sla;
}

// Appearance: colour scheme at once, language at the next start.
QLayout* SettingsDialog::createAppearancePage()
{
    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("settingsScheme"));
    m_scheme->addItem(tr("Follow the desktop"), QString());
    m_scheme->addItem(tr("Light"), QStringLiteral("light"));
    m_scheme->addItem(tr("Dark"), QStringLiteral("dark"));
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(Config::string(Config::Key::ColorScheme))));
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->addItem(tr("Follow the desktop"), QString());
    // Each language named in itself, as people look for their own.
    for (const QString& language : availableLanguages())
        m_language->addItem(languageName(language), language);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Config::string(Config::Key::Language))));
    auto* look = new QFormLayout;
    look->addRow(tr("&Colours:"), m_scheme);
    look->addRow(tr("&Language:"), m_language);
    auto* lookNote = new QLabel(tr("The language changes when Redress starts again. Text size follows the "
                                   "desktop's font and scaling."));
    lookNote->setWordWrap(true);
    look->addRow(lookNote);
    return look;
}

void SettingsDialog::accept()
{
    const QString store = m_store->text().trimmed();
    QString problem;
    QWidget* at = nullptr;
    if (core::Database::isServerAddress(store)) {
        // A team's server: its password belongs in ~/.pgpass, never in
        // Redress's settings file.
        const QUrl url(store, QUrl::StrictMode);
        if (!url.isValid() || url.path().size() < 2)
            problem = tr("Write a server as postgresql://user@host:port/database.");
        else if (!url.password().isEmpty())
            problem =
                tr("Redress does not keep passwords: put it in ~/.pgpass (or PGPASSWORD) and leave it out "
                   "of the address.");
        at = m_store;
    } else if (!store.isEmpty()) {
        const QFileInfo info(QDir::fromNativeSeparators(store));
        if (info.isDir()) {
            problem = tr("The store must be a file, and %1 is a folder.").arg(store);
        } else if (!info.absoluteDir().exists()) {
            problem =
                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absoluteDir().path()));
        }
        at = m_store;
    }
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        m_tabs->setCurrentIndex(0);
        at->setFocus();
        return;
    }
    // A password typed into a server's address is never saved: libpq finds
    // it in ~/.pgpass or PGPASSWORD.
    Config::set(Config::Key::StorePath, store.isEmpty() || core::Database::isServerAddress(store)
                                            ? core::Database::withoutPassword(store)
                                            : QDir::fromNativeSeparators(store));
    const QString scheme = m_scheme->currentData().toString();
    if (scheme != Config::string(Config::Key::ColorScheme))
        appearance::applyColorScheme(scheme);
    Config::set(Config::Key::ColorScheme, scheme);
    Config::set(Config::Key::Language, m_language->currentData().toString());
    QDialog::accept();
}

} // namespace redress::ui
