// The test runner's main(): Qt needs an application object before any
// QSqlDatabase, QThread event loop or translation call, so Catch2's own
// main is replaced by one that creates it first.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QStandardPaths>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redress-tests"));
    QCoreApplication::setOrganizationName(QStringLiteral("redress-tests"));
    // Database::defaultPath() and anything else under QStandardPaths then
    // points into ~/.qttest, never at a real user's store.
    QStandardPaths::setTestModeEnabled(true);
    return Catch::Session().run(argc, argv);
}
