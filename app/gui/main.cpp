#include "Version.h"
#include "core/io/PrivateFile.h"
#include "core/store/Backup.h"
#include "core/store/Database.h"
#include "core/store/UserRepository.h"
#include "ui/app/Appearance.h"
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
        QStringLiteral("user"), QApplication::translate("main", "Work as this user (default: your login)."),
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

    QString login = parser.value(userOption);
    if (login.isEmpty())
        login = ui::Config::string(ui::Config::Key::UserLogin);
    if (login.isEmpty())
        login = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME", QStringLiteral("rep")));

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
        auto user = core::UserRepository(*db).ensure(login);
        if (!user) {
            std::fprintf(stderr, "redress: %s\n", qPrintable(user.error().toString()));
            QMessageBox::critical(nullptr, QApplication::translate("main", "Redress cannot start"),
                                  user.error().message);
            return 1;
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
        notice = restored
                     ? QApplication::translate("main", "Restored from %1. The store as it was is kept as %2.")
                           .arg(QDir::toNativeSeparators(restoreFrom),
                                QDir::toNativeSeparators(path + QStringLiteral("-before-restore")))
                     : QString();
    }
}
