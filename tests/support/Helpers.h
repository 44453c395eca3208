#pragma once

// Small tools shared by the core tests: readable failure output for Qt
// types, a fixed clock, a raw SQL connection beside the store's own, and
// checksums of files and tables.

#include "core/Clock.h"
#include "core/Error.h"

#include <catch2/catch.hpp>

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QThread>
#include <QVariant>

#include <functional>

namespace Catch {

template <> struct StringMaker<QString>
{
    static std::string convert(const QString& s) { return '"' + s.toStdString() + '"'; }
};

template <> struct StringMaker<QDateTime>
{
    static std::string convert(const QDateTime& t)
    {
        return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs).toStdString()
                           : std::string("(invalid time)");
    }
};

template <> struct StringMaker<redress::core::Error::Code>
{
    static std::string convert(redress::core::Error::Code code)
    {
        using C = redress::core::Error::Code;
        switch (code) {
        case C::InvalidInput: return "InvalidInput";
        case C::NotFound: return "NotFound";
        case C::IllegalTransition: return "IllegalTransition";
        case C::Conflict: return "Conflict";
        case C::NotRedressFile: return "NotRedressFile";
        case C::NewerSchema: return "NewerSchema";
        case C::Corrupt: return "Corrupt";
        case C::Io: return "Io";
        case C::Database: return "Database";
        case C::Unavailable: return "Unavailable";
        case C::Cancelled: return "Cancelled";
        }
        return "Code(" + std::to_string(static_cast<int>(code)) + ')';
    }
};

} // namespace Catch

namespace redress::test {

/// The error of a failed result as text for INFO, or "ok".
template <typename R> std::string describe(const R& result)
{
    return result ? std::string("ok") : result.error().toString().toStdString();
}

/// Holds Clock at a time the test chooses, and gives the wall clock back
/// when the test ends: time-stamped rows become comparable without sleeping.
class FixedClock
{
public:
    explicit FixedClock(QDateTime at) : m_now(std::move(at))
    {
        core::Clock::set([this] { return m_now; });
    }
    ~FixedClock() { core::Clock::reset(); }
    FixedClock(const FixedClock&) = delete;
    FixedClock& operator=(const FixedClock&) = delete;

    QDateTime now() const { return m_now; }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }

private:
    QDateTime m_now;
};

/// A plain QSQLITE connection of its own to `path`, for raw SQL the
/// repositories would never run (tampering, reference queries, files of
/// other programs). Removed from Qt's registry on destruction.
class RawConnection
{
public:
    explicit RawConnection(const QString& path, const QString& options = {})
        : m_name(QStringLiteral("redress-test-raw:%1").arg(counter().fetchAndAddRelaxed(1)))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        if (!options.isEmpty())
            db.setConnectOptions(options);
        m_open = db.open();
    }
    ~RawConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static QAtomicInteger<int>& counter()
    {
        static QAtomicInteger<int> n;
        return n;
    }
    QString m_name;
    bool m_open = false;
};

/// Runs `statement`; the driver's error text when it fails, empty when not.
inline QString execError(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    if (q.exec(statement))
        return {};
    const QString text = q.lastError().text();
    return text.isEmpty() ? QStringLiteral("failed") : text;
}

/// Runs a statement that must succeed (test setup, tampering).
inline void exec(const QSqlDatabase& db, const QString& statement)
{
    const QString error = execError(db, statement);
    INFO(statement.toStdString());
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
}

/// First column of the first row of a statement that must succeed.
inline QVariant scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(statement);
    INFO(statement.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    return q.next() ? q.value(0) : QVariant();
}

inline qint64 count(const QSqlDatabase& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
}

/// The first column of every row.
inline QList<qint64> idList(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {})
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const bool prepared = q.prepare(statement);
    INFO(statement.toStdString());
    INFO(q.lastError().text().toStdString());
    REQUIRE(prepared);
    for (const QVariant& v : values)
        q.addBindValue(v);
    REQUIRE(q.exec());
    QList<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    return ids;
}

/// A digest of every row and column a query returns, in its order.
inline QByteArray queryDigest(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    INFO(statement.toStdString());
    REQUIRE(q.exec(statement));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 rows = 0;
    while (q.next()) {
        const QSqlRecord record = q.record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            hash.addData(v.isNull() ? QByteArrayView("\x01NULL") : QByteArrayView(v.toString().toUtf8()));
            hash.addData(QByteArrayView("\x1f"));
        }
        hash.addData(QByteArrayView("\x1e"));
        ++rows;
    }
    hash.addData(QByteArray::number(rows));
    return hash.result();
}

/// SHA-256 of a file's bytes; empty when it cannot be read.
inline QByteArray fileChecksum(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&f);
    return hash.result();
}

/// Spins the event loop until `done` or the deadline; whether `done` came.
/// The deadline only keeps a broken build from hanging; nothing is timed.
inline bool waitUntil(const std::function<bool()>& done, int timeoutMs = 20000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        // Leave the core to the thread being waited for.
        QThread::msleep(2);
    }
    return true;
}

} // namespace redress::test

#include "core/store/RecoveryRepository.h"
#include "core/store/UserRepository.h"

namespace redress::test {

/// Records the four recovery steps on a case, so that the gates let it
/// through Resolved and Closed; tests of the lifecycle itself use it to get
/// past the gates they are not about.
inline void completeRecovery(const core::Database& db, qint64 caseId)
{
    auto lead = core::UserRepository(db).byLogin(QStringLiteral("recovery.lead"));
    if (!lead) {
        core::User u;
        u.login = QStringLiteral("recovery.lead");
        u.displayName = QStringLiteral("Recovery Lead");
        u.role = core::Role::Lead;
        lead = core::UserRepository(db).create(u);
    }
    REQUIRE(lead.has_value());
    core::RecoveryRepository recovery(db, *lead);
    REQUIRE(
        recovery
            .recordApology(caseId, QStringLiteral("I am sorry; I will fix it today."), core::Channel::Email)
            .has_value());
    REQUIRE(
        recovery
            .recordSolution(caseId, QStringLiteral("Replaced the part."), QStringLiteral("It working again."))
            .has_value());
    REQUIRE(recovery.recordDecline(caseId, QStringLiteral("Only wanted it fixed.")).has_value());
    auto causes = recovery.rootCauses();
    REQUIRE(causes.has_value());
    REQUIRE_FALSE(causes->isEmpty());
    REQUIRE(recovery.recordAnalysis(caseId, causes->first().id, {}, false).has_value());
}

} // namespace redress::test
