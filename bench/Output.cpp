#include "bench/Output.h"

#include <QFile>

#include <cstdio>

namespace redress::bench {

void say(const QString& line)
{
    std::fprintf(stderr, "%s\n", qPrintable(line));
}

bool publish(const QString& markdown, const QString& path)
{
    std::fprintf(stdout, "%s\n", qPrintable(markdown));
    std::fflush(stdout);
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text) ||
        file.write(markdown.toUtf8()) < 0) {
        say(QStringLiteral("redress-bench: cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

} // namespace redress::bench
