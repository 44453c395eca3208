#include "Version.h"
#include "core/PrivateFile.h"
#include "core/store/AuditChainSidecar.h"
#include "core/store/Backup.h"
#include "core/store/Database.h"
#include "core/store/Erasure.h"
#include "core/store/UserRepository.h"
#include "core/store/Identity.h"
#include "ui/admin/PasswordDialog.h"
#include "ui/app/Appearance.h"
#include "ui/app/AuditAnchors.h"
#include "ui/app/MainWindow.h"
#include "ui/app/SingleInstance.h"
#include "ui/app/Translator.h"
#include "ui/common/Config.h"
#include "ui/common/ProgressTask.h"
#include "ui/common/Session.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>
#include <optional>
#include <string_view>

#include <sys/stat.h>

using namespace redress;

namespace {

// True when the command line asks for --version (or -v) before any "--".
// Answered before QApplication exists, which would need a display: scripts,
// packaging checks and people on a text console get the version without one.
bool wantsVersion(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--")
            return false;
        if (arg == "--db" || arg == "--user" || arg == "--color-scheme")
            ++i; // their value is a path or a login, never an option
        else if (arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // A second line behind PrivateFile: anything else created on the way
    // (a file a library writes, a folder) is its owner's alone too.
    ::umask(077);
    if (wantsVersion(argc, argv)) {
        // The same line QCommandLineParser::showVersion() would print.
        std::printf("redress %s\n", versionString);
        return 0;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("redress"));
    QApplication::setOrganizationName(QStringLiteral("redress"));
    QGuiApplication::setDesktopFileName(QLatin1String(appId));
    QApplication::setWindowIcon(QIcon::fromTheme(QLatin1String(appId)));
    QApplication::setApplicationDisplayName(QStringLiteral("Redress"));
    QApplication::setApplicationVersion(QLatin1String(versionString));
    // Before the parser and any window, so --help and every window use it.
    ui::installTranslation(ui::Config::string(ui::Config::Key::Language));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Complaint handling as service recovery."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "The store to open (default: %1).")
                                          .arg(QDir::toNativeSeparators(core::Database::defaultPath())),
                                      QStringLiteral("path"));
    const QCommandLineOption userOption(
        QStringLiteral("user"),
        QApplication::translate(
            "main", "Work as this user (default: your account; someone else's needs their password)."),
        QStringLiteral("login"));
    const QCommandLineOption schemeOption(
        QStringLiteral("color-scheme"),
        QApplication::translate("main", "Colours for this run: light or dark (default: as in Preferences)."),
        QStringLiteral("scheme"));
    parser.addOption(dbOption);
    parser.addOption(userOption);
    parser.addOption(schemeOption);
    parser.process(app);

    // The command line wins over Preferences, which win over the defaults.
    QString scheme = parser.value(schemeOption);
    if (!scheme.isEmpty() && scheme != QLatin1String("light") && scheme != QLatin1String("dark")) {
        std::fprintf(stderr, "redress: --color-scheme takes light or dark, not '%s'\n", qPrintable(scheme));
        return 2;
    }
    if (scheme.isEmpty())
        scheme = ui::Config::string(ui::Config::Key::ColorScheme);
    if (!scheme.isEmpty())
        ui::appearance::applyColorScheme(scheme);

    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = ui::Config::string(ui::Config::Key::StorePath);
    if (path.isEmpty()) {
        path = core::Database::defaultPath();
        // 0700: the folder holds the store, its journal and drafts.
        core::PrivateFile::makeFolder(QFileInfo(path).absolutePath());
    }
    // What is shown of the store never carries a password of its address.
    const QString shownPath = core::Database::isServerAddress(path) ? core::Database::withoutPassword(path)
                                                                    : QDir::toNativeSeparators(path);
    std::fprintf(stderr, "Redress %s: store %s\n", versionString, qPrintable(shownPath));

    // Who works is the account (or on a server the login), not a setting:
    // --user names someone else, which core::Identity then has to allow.
    const QString requested = parser.value(userOption).trimmed();
    const QString login = requested.isEmpty() ? core::Identity::osLogin() : requested;

    // A second window on the same store for the same person would only
    // race the first for the same drafts and queues: bring the first forward.
    ui::SingleInstance instance(ui::SingleInstance::keyFor(login, path));
    if (!instance.isPrimary()) {
        std::fprintf(stderr, "redress: already running for %s on this store; bringing it forward\n",
                     qPrintable(login));
        return instance.activatePrimary() ? 0 : 1;
    }

    // One pass per store session; restoring a backup ends the session,
    // swaps the file while nothing holds it open, and starts another.
    QString restoreFrom;
    QString notice; // what the last session's restore did, for the next window
    // Erasures the store had before a restore, to be made again in the copy.
    QList<core::Erasure::Record> erasedBefore;
    for (;;) {
        // Off the GUI thread: an older store is upgraded on opening, which
        // takes minutes on a million cases; the dialog says so meanwhile.
        // Cancel takes effect between two steps, each one transaction.
        std::optional<core::Result<core::Database>> opened;
        ui::runWithProgress(
            nullptr, QApplication::translate("main", "Opening and, if needed, upgrading %1…").arg(shownPath),
            [&](ui::TaskProgress& progress) {
                opened =
                    core::Database::open(path, core::Database::OpenMode::OpenOrCreate,
                                         [&](int done, int total) { return progress.report(done, total); });
                if (*opened)
                    (*opened)->releaseThreadConnection();
            });
        auto db = std::move(*opened);
        if (!db && db.error().code == core::Error::Code::Cancelled) {
            std::fprintf(stderr, "redress: %s\n", qPrintable(db.error().message));
            return 0;
        }
        if (!db) {
            std::fprintf(stderr, "redress: %s\n", qPrintable(db.error().toString()));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Redress cannot open the store"),
                                  db.error().message);
            return 1;
        }
        auto user = core::Identity::resolve(*db, requested);
        if (!user && user.error().field == core::Identity::requestField &&
            db->backend() == core::Database::Backend::Sqlite) {
            // Someone else at this desk's account: they prove it with their password.
            ui::PasswordDialog dialog(requested, [&](const QString& password) {
                return core::Identity::resolve(*db, requested, password);
            });
            if (dialog.exec() != QDialog::Accepted)
                return 1;
            user = dialog.user();
        }
        if (!user) {
            std::fprintf(stderr, "redress: %s\n", qPrintable(user.error().toString()));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Redress cannot start"),
                                  user.error().message);
            return user.error().field == core::Identity::requestField ? 2 : 1;
        }

        if (!erasedBefore.isEmpty()) {
            std::optional<core::Result<QList<qint64>>> again;
            ui::runWithProgress(
                nullptr,
                QApplication::translate("main", "Erasing again the customers erased since the backup…"),
                [&](ui::TaskProgress&) {
                    again = core::Erasure::reapply(*db, erasedBefore, *user);
                    db->releaseThreadConnection();
                },
                false);
            erasedBefore.clear();
            if (!*again) {
                std::fprintf(stderr, "redress: %s\n", qPrintable(again->error().toString()));
                QMessageBox::warning(
                    nullptr, QApplication::translate("main", "Erasures not made again"),
                    QApplication::translate("main",
                                            "The restored backup still holds customers whose personal data "
                                            "was erased after it was made, and they could not be erased "
                                            "again: %1\n\nAn administrator should restore it instead.")
                        .arg(again->error().message));
            } else if (!(*again)->isEmpty()) {
                notice += QLatin1Char(' ') +
                          QApplication::translate("main",
                                                  "%n customer(s) erased after the backup was made were "
                                                  "erased again.",
                                                  nullptr, int((*again)->size()));
            }
        }

        restoreFrom.clear();
        // Declared before the window, so it outlives everything built on it.
        ui::Session session(*db, *user);
        auto window = std::make_unique<ui::MainWindow>(session);
        QObject::connect(window.get(), &ui::MainWindow::restoreRequested, &app, [&](const QString& backup) {
            restoreFrom = backup;
            QApplication::exit(0);
        });
        QObject::connect(&instance, &ui::SingleInstance::activationRequested, window.get(),
                         [w = window.get()] {
                             w->showNormal();
                             w->raise();
                             w->activateWindow();
                         });
        window->show();
        if (!notice.isEmpty())
            window->statusBar()->showMessage(notice, 20000);
        QTimer::singleShot(0, window.get(), &ui::MainWindow::offerDraftRecovery);
        const int code = app.exec();
        window.reset(); // its threads and connections end here
        // The register as the store has it now, kept before a restore
        // replaces the store with an older copy.
        if (!restoreFrom.isEmpty()) {
            if (auto erasures = core::Erasure::records(db->connection()))
                ui::AuditAnchors::addErasures(path, *erasures);
        }
        db->closeAll();
        if (restoreFrom.isEmpty())
            return code;
        core::Status restored;
        ui::runWithProgress(
            nullptr,
            QApplication::translate("main", "Restoring the store from %1…")
                .arg(QFileInfo(restoreFrom).fileName()),
            [&](ui::TaskProgress&) { restored = core::Backup::restore(restoreFrom, path); }, false);
        if (!restored) {
            std::fprintf(stderr, "redress: %s\n", qPrintable(restored.error().toString()));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Restore failed"),
                                  restored.error().message +
                                      QApplication::translate("main", "\n\nThe store was left as it was."));
        }
        if (restored) {
            // The copy's own head replaces the one noted for this store,
            // which an older copy cannot reach; the erasures the store, this
            // computer and the backups' folder know are made again in it.
            auto sidecar = core::AuditChainSidecar::read(core::AuditChainSidecar::pathFor(restoreFrom));
            ui::AuditAnchors::setAnchor(path, sidecar ? sidecar->anchor : std::nullopt);
            erasedBefore = ui::AuditAnchors::erasures(path);
            if (sidecar)
                erasedBefore = core::Erasure::merged(erasedBefore, sidecar->erasures);
            if (auto folder = core::AuditChainSidecar::readRegister(QFileInfo(restoreFrom).absolutePath()))
                erasedBefore = core::Erasure::merged(erasedBefore, *folder);
        }
        notice = restored
                     ? QApplication::translate("main", "Restored from %1. The store as it was is kept as %2.")
                           .arg(QDir::toNativeSeparators(restoreFrom),
                                QDir::toNativeSeparators(path + QStringLiteral("-before-restore")))
                     : QString();
    }
}
