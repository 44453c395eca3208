#include "bench/Machine.h"

#include <QFile>
#include <QRegularExpression>
#include <QSysInfo>
#include <QThread>

#include <algorithm>

namespace redress::bench {

namespace {

QString firstMatch(const QString& path, const QString& pattern)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
    const auto m = re.match(QString::fromUtf8(f.readAll()));
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

Machine Machine::probe(const QString& driverSqlite, const QString& shellVersion)
{
    Machine m;
    m.cores = QThread::idealThreadCount();
    m.cpu = firstMatch(QStringLiteral("/proc/cpuinfo"), QStringLiteral("^model name\\s*:\\s*(.*)$"));
    m.ramMb =
        firstMatch(QStringLiteral("/proc/meminfo"), QStringLiteral("^MemTotal:\\s*(\\d+)")).toLongLong() /
        1024;
    m.kernel = QSysInfo::prettyProductName() + QStringLiteral(", Linux ") + QSysInfo::kernelVersion();
    m.qt = QString::fromLatin1(qVersion());
    m.sqliteLibrary = driverSqlite;
    m.sqliteShell = shellVersion.section(QLatin1Char(' '), 0, 1);
    return m;
}

CpuTicks CpuTicks::now()
{
    CpuTicks t;
    QFile stat(QStringLiteral("/proc/stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        // cpu  user nice system idle iowait irq softirq steal …
        const QList<QByteArray> f = stat.readLine().simplified().split(' ');
        if (f.size() >= 9) {
            const auto n = [&](int i) { return f[i].toLongLong(); };
            t.machineBusy = n(1) + n(2) + n(3) + n(6) + n(7) + n(8);
            t.machineTotal = t.machineBusy + n(4) + n(5);
        }
    }
    QFile self(QStringLiteral("/proc/self/stat"));
    if (self.open(QIODevice::ReadOnly)) {
        // The command name may hold spaces; the fields that follow it start
        // with the state (field 3), so utime (14) is the 12th after ')'.
        const QByteArray all = self.readAll();
        const QList<QByteArray> f = all.mid(all.lastIndexOf(')') + 2).simplified().split(' ');
        if (f.size() >= 15)
            t.own = f[11].toLongLong() + f[12].toLongLong() + f[13].toLongLong() + f[14].toLongLong();
    }
    return t;
}

double CpuTicks::othersShare(const CpuTicks& before, const CpuTicks& after)
{
    const qint64 total = after.machineTotal - before.machineTotal;
    if (total <= 0)
        return 0;
    const qint64 others = (after.machineBusy - before.machineBusy) - (after.own - before.own);
    return std::max<double>(0, double(others) / double(total));
}

qint64 procStatusKb(const char* key)
{
    return firstMatch(QStringLiteral("/proc/self/status"),
                      QStringLiteral("^%1:\\s*(\\d+)").arg(QLatin1String(key)))
        .toLongLong();
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(f.readAll().trimmed()).section(QLatin1Char(' '), 0, 2);
}

} // namespace redress::bench
