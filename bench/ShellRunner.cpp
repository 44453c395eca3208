#include "bench/ShellRunner.h"

#include <QFile>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char** environ;

namespace redress::bench {

namespace {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

ShellRunner::ShellRunner(QString sqlite3) : m_sqlite3(std::move(sqlite3)) {}

std::expected<ShellRunner::Run, QString>
ShellRunner::runProgram(const QString& program, const QStringList& arguments, const QString& outFile)
{
    if (!m_dir.isValid())
        return std::unexpected(QStringLiteral("no temporary folder for the shell's output"));
    const QByteArray outPath =
        QFile::encodeName(outFile.isEmpty() ? m_dir.filePath(QStringLiteral("out")) : outFile);
    const QByteArray errPath = QFile::encodeName(m_dir.filePath(QStringLiteral("err")));

    std::vector<QByteArray> storage;
    storage.push_back(QFile::encodeName(program));
    for (const QString& a : arguments)
        storage.push_back(a.toUtf8());
    std::vector<char*> argv;
    for (QByteArray& a : storage)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, outPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, 2, errPath.constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);

    const auto started = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return std::unexpected(
            QStringLiteral("cannot start %1: %2").arg(program, QString::fromLocal8Bit(strerror(spawned))));
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR)
            return std::unexpected(QStringLiteral("lost the child %1").arg(program));
    }
    const auto ended = std::chrono::steady_clock::now();

    Run run;
    run.ms = std::chrono::duration<double, std::milli>(ended - started).count();
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.maxRssKb = usage.ru_maxrss;
    run.cpuMs = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
                (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
    if (outFile.isEmpty())
        run.out = readAll(m_dir.filePath(QStringLiteral("out")));
    run.err = readAll(m_dir.filePath(QStringLiteral("err")));
    return run;
}

std::expected<ShellRunner::Run, QString> ShellRunner::query(const QString& file, const QString& sql)
{
    auto run = runProgram(m_sqlite3, {QStringLiteral("-batch"), QStringLiteral("-init"),
                                      QStringLiteral("/dev/null"), file, sql});
    if (!run)
        return run;
    if (run->exitCode != 0 || !run->err.trimmed().isEmpty())
        return std::unexpected(QStringLiteral("sqlite3 failed (exit %1): %2 — SQL: %3")
                                   .arg(run->exitCode)
                                   .arg(QString::fromUtf8(run->err.trimmed()), sql));
    return run;
}

std::expected<Samples, QString> ShellRunner::calibrate(int warmups, int runs)
{
    Samples samples;
    for (int i = 0; i < warmups + runs; ++i) {
        auto run = query(QStringLiteral(":memory:"), QStringLiteral("SELECT 1"));
        if (!run)
            return std::unexpected(run.error());
        if (i >= warmups)
            samples.add(run->ms);
    }
    m_startupMs = samples.median();
    return samples;
}

std::expected<Samples, QString> ShellRunner::time(const QString& file, const QString& sql, int warmups,
                                                  int runs, Run* last)
{
    Samples samples;
    for (int i = 0; i < warmups + runs; ++i) {
        auto startup = query(QStringLiteral(":memory:"), QStringLiteral("SELECT 1"));
        if (!startup)
            return std::unexpected(startup.error());
        auto run = query(file, sql);
        if (!run)
            return std::unexpected(run.error());
        m_maxRssKb = std::max(m_maxRssKb, run->maxRssKb);
        if (i >= warmups)
            samples.add(run->ms - startup->ms);
        if (last)
            *last = *run;
    }
    return samples;
}

std::expected<Samples, QString> ShellRunner::timeWarm(const QString& file, const QString& setup,
                                                      const QString& sql, int warmups, int runs, int repeats)
{
    Samples samples;
    const QString many = setup + sql.repeated(repeats);
    for (int i = 0; i < warmups + runs; ++i) {
        auto once = query(file, setup + sql);
        if (!once)
            return std::unexpected(once.error());
        auto repeated = query(file, many);
        if (!repeated)
            return std::unexpected(repeated.error());
        if (i >= warmups)
            samples.add((repeated->ms - once->ms) / (repeats - 1));
    }
    return samples;
}

QString ShellRunner::version()
{
    auto run = runProgram(m_sqlite3, {QStringLiteral("--version")});
    if (!run || run->exitCode != 0)
        return {};
    return QString::fromUtf8(run->out.trimmed());
}

} // namespace redress::bench
