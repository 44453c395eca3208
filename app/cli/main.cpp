#include "core/cli/Cli.h"

#include <QCoreApplication>

#include <cstdio>

#include <sys/stat.h>

int main(int argc, char* argv[])
{
    // A second line behind PrivateFile: anything else created on the way
    // is its owner's alone too.
    ::umask(077);
    QCoreApplication app(argc, argv);
    // The same name as the GUI's, so both find the same default store.
    QCoreApplication::setApplicationName(QStringLiteral("redress"));
    QCoreApplication::setOrganizationName(QStringLiteral("redress"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return redress::core::runCli(QCoreApplication::arguments(), out, err);
}
