#include "core/cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    // The same name as the GUI's, so both find the same default store.
    QCoreApplication::setApplicationName(QStringLiteral("redress"));
    QCoreApplication::setOrganizationName(QStringLiteral("redress"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return redress::core::runCli(QCoreApplication::arguments(), out, err);
}
