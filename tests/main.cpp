// The test runner's main(): Qt needs an application object before any
// QSqlDatabase, QThread event loop or translation call, so Catch2's own
// main is replaced by one that creates it first.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "support/TempStore.h"

#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("redress-tests"));
    QCoreApplication::setOrganizationName(QStringLiteral("redress-tests"));
    // Database::defaultPath() and anything else under QStandardPaths then
    // points into ~/.qttest, never at a real user's store.
    QStandardPaths::setTestModeEnabled(true);
    // A PostgreSQL run without a server is skipped (CTest's SKIP_RETURN_CODE)
    // and says why, except where REDRESS_REQUIRE_POSTGRES makes it a failure
    // (CI). Listing the tests needs no server.
    const bool listing = argc > 1 && QByteArray(argv[1]).startsWith("--list");
    if (redress::test::onPostgres() && !listing) {
        QString why;
        if (!redress::test::postgresReachable(&why)) {
            const bool required = qEnvironmentVariableIsSet("REDRESS_REQUIRE_POSTGRES");
            std::fprintf(stderr, "%s: no PostgreSQL server for the tests (%s)\n",
                         required ? "FAILED" : "SKIPPED", qPrintable(why));
            return required ? 1 : 77;
        }
    }
    return Catch::Session().run(argc, argv);
}
