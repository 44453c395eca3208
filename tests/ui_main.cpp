// The widget tests' main(): a QApplication (CTest sets
// QT_QPA_PLATFORM=offscreen, so no display is needed) before Catch2 runs.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

// Windows remember filters and layouts in QSettings; each test starts from
// none, so no test sees what another left (or one running beside it).
struct FreshSettings : Catch::TestEventListenerBase
{
    using TestEventListenerBase::TestEventListenerBase;
    void testCaseStarting(const Catch::TestCaseInfo&) override { QSettings().clear(); }
};
CATCH_REGISTER_LISTENER(FreshSettings)

} // namespace

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("redress-tests"));
    QApplication::setOrganizationName(QStringLiteral("redress-tests"));
    QStandardPaths::setTestModeEnabled(true);
    // Settings of this process only: CTest runs test cases side by side.
    const QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    return Catch::Session().run(argc, argv);
}
