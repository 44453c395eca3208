#include "support/TempStore.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace redress::test {

namespace {

const QString adminConnection = QStringLiteral("redress-test-admin");

/// The harness's own connection to the server, for making and dropping schemas.
QSqlDatabase admin()
{
    if (QSqlDatabase::contains(adminConnection))
        return QSqlDatabase::database(adminConnection);
    const QUrl url(postgresAddress());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), adminConnection);
    db.setHostName(url.host());
    if (url.port() > 0)
        db.setPort(url.port());
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    db.setConnectOptions(QStringLiteral("connect_timeout=5"));
    if (db.open()) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SET client_min_messages = warning"));
        // The extensions live in public, shared by every test's schema;
        // a store's own CREATE EXTENSION IF NOT EXISTS then finds them.
        // Two test processes may race to make one: the loser's failure is
        // harmless, the extension is there either way.
        for (const char* extension : {"citext", "pg_trgm"})
            q.exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS %1 SCHEMA public")
                       .arg(QLatin1String(extension)));
    }
    return db;
}

} // namespace

bool onPostgres()
{
    return qEnvironmentVariable("REDRESS_TEST_BACKEND") == QLatin1String("postgresql");
}

QString postgresAddress()
{
    return qEnvironmentVariable("REDRESS_TEST_POSTGRES");
}

bool postgresReachable(QString* why)
{
    if (postgresAddress().isEmpty()) {
        if (why)
            *why = QStringLiteral("REDRESS_TEST_POSTGRES is not set");
        return false;
    }
    QSqlDatabase db = admin();
    if (!db.isOpen() && why)
        *why = db.lastError().text();
    return db.isOpen();
}

TempStore::TempStore(const QString& fileName)
{
    REQUIRE(m_dir.isValid());
    QString location = m_dir.filePath(fileName);
    if (onPostgres()) {
        static QAtomicInteger<int> made;
        m_schema = QStringLiteral("redress_test_%1_%2")
                       .arg(QCoreApplication::applicationPid())
                       .arg(made.fetchAndAddRelaxed(1));
        QSqlQuery q(admin());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(QStringLiteral("CREATE SCHEMA %1").arg(m_schema)));
        QUrl url(postgresAddress());
        QUrlQuery query(url);
        query.addQueryItem(QStringLiteral("options"),
                           QStringLiteral("-csearch_path=%1,public").arg(m_schema));
        url.setQuery(query);
        location = url.toString();
    }
    auto opened = core::Database::open(location);
    INFO((opened ? QString() : opened.error().toString()).toStdString());
    REQUIRE(opened.has_value());
    m_db.emplace(*opened);
}

TempStore::~TempStore()
{
    if (m_db)
        m_db->closeAll();
    if (!m_schema.isEmpty()) {
        QSqlQuery q(admin());
        q.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(m_schema));
    }
}

} // namespace redress::test
