#include "core/store/ChangeWatcher.h"

#include "core/store/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <memory>

namespace redress::core {

namespace {

Q_LOGGING_CATEGORY(lcWatch, "redress.store.watch")

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ChangeWatcher)
};

/// SQLite's count of commits by other connections, as this one sees it.
Result<qint64> dataVersion(const QSqlDatabase& db)
{
    auto v =
        sql::scalar(db, QStringLiteral("PRAGMA data_version"), {}, Tr::tr("watching the store for changes"));
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

} // namespace

ChangeWatcher::ChangeWatcher(Database db, QObject* parent)
    : QObject(parent), m_db(std::move(db)), m_postgres(m_db.backend() == Database::Backend::PostgreSQL)
{
    static QAtomicInteger<quint64> made;
    // Outside the store's own prefix: closeAll() must not pull it from under us.
    m_name = QStringLiteral("redress-watch:%1:%2").arg(m_db.path()).arg(made.fetchAndAddRelaxed(1));
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(defaultCoalesceInterval);
    connect(&m_coalesce, &QTimer::timeout, this, &ChangeWatcher::changed);
    m_poll.setInterval(m_postgres ? defaultHeartbeatInterval : defaultPollInterval);
    connect(&m_poll, &QTimer::timeout, this, &ChangeWatcher::pollNow);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeWatcher::reconnect);

    m_active = true;
    if (!connectNow())
        m_retry.start(m_retryInterval);
    m_poll.start();
}

ChangeWatcher::~ChangeWatcher()
{
    stop();
}

void ChangeWatcher::setPollInterval(std::chrono::milliseconds interval)
{
    m_poll.setInterval(interval);
}

void ChangeWatcher::setCoalesceInterval(std::chrono::milliseconds interval)
{
    m_coalesce.setInterval(interval);
}

void ChangeWatcher::setRetryInterval(std::chrono::milliseconds interval)
{
    m_retryInterval = interval;
}

bool ChangeWatcher::isConnected() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

void ChangeWatcher::stop()
{
    m_active = false;
    m_poll.stop();
    m_coalesce.stop();
    m_retry.stop();
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
        delete m_probe;
        m_probe = nullptr;
    }
    close();
}

bool ChangeWatcher::connectNow()
{
    QString why;
    {
        QSqlDatabase db = m_db.openConnection(m_name);
        if (!db.isOpen()) {
            why = db.lastError().text();
        } else if (m_postgres) {
            // Lets an administrator tell the listeners from the workers.
            QSqlQuery(db).exec(QStringLiteral("SET application_name = 'redress-watch'"));
            auto who = sql::run(db, QStringLiteral("SELECT current_schema(), pg_backend_pid()"),
                                Tr::tr("watching the store for changes"));
            if (!who || !who->next()) {
                why = who ? who->lastError().text() : who.error().detail;
            } else {
                m_schema = who->value(0).toString();
                m_serverPid = who->value(1).toLongLong();
                who->finish();
                connect(db.driver(), &QSqlDriver::notification, this,
                        [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                            onNotification(name, payload);
                        });
                if (!db.driver()->subscribeToNotification(QLatin1String(channel)))
                    why = db.driver()->lastError().text();
            }
        } else if (auto version = dataVersion(db); !version) {
            why = version.error().detail;
        } else {
            m_version = *version;
        }
    }
    if (why.isEmpty()) {
        m_failures = 0;
        return true;
    }
    if (m_failures++ == 0)
        qCWarning(lcWatch) << "cannot watch" << m_db.path() << "for changes:" << why;
    close();
    return false;
}

void ChangeWatcher::reconnect()
{
    if (!m_active || m_probe)
        return;
    if (!m_postgres) {
        reconnected(connectNow());
        return;
    }
    // Reaching a server that is down blocks for libpq's connect_timeout. A
    // probe on a thread of its own takes that wait, so the window never
    // does; the listening connection is opened here only once it answers.
    auto reached = std::make_shared<std::atomic<bool>>(false);
    m_probe = QThread::create([db = m_db, name = m_name + QStringLiteral(":probe"), reached] {
        {
            QSqlDatabase probe = db.openConnection(name);
            reached->store(probe.isOpen());
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    connect(m_probe, &QThread::finished, this, [this, reached] {
        m_probe->deleteLater();
        m_probe = nullptr;
        if (!m_active)
            return;
        if (reached->load()) {
            reconnected(connectNow());
            return;
        }
        if (m_failures++ == 0)
            qCWarning(lcWatch) << "cannot reach" << m_db.path() << "to watch it for changes";
        reconnected(false);
    });
    m_probe->start();
}

void ChangeWatcher::reconnected(bool connected)
{
    if (!connected) {
        // Try less often the longer the store stays away.
        m_retry.start(std::min(m_retryInterval * (1 << std::min(m_failures, 4)), maxRetryInterval));
        return;
    }
    qCInfo(lcWatch) << "watching" << m_db.path() << "for changes again";
    // Whatever changed while the connection was down went unannounced.
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void ChangeWatcher::lost(const QString& why)
{
    qCWarning(lcWatch) << "lost the watch on" << m_db.path() << ':' << why;
    close();
    if (m_active && !m_retry.isActive())
        m_retry.start(m_retryInterval);
}

void ChangeWatcher::close()
{
    if (!QSqlDatabase::contains(m_name))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void ChangeWatcher::pollNow()
{
    if (!m_active || !QSqlDatabase::contains(m_name))
        return; // a retry is due
    QString why;
    bool moved = false;
    {
        const QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (!db.isOpen()) {
            why = QStringLiteral("connection closed");
        } else if (m_postgres) {
            // The round trip also brings in what was notified before it.
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT 1")))
                why = q.lastError().text();
        } else if (auto version = dataVersion(db); !version) {
            why = version.error().detail;
        } else if (*version != m_version) {
            m_version = *version;
            moved = true;
        }
    }
    if (!why.isEmpty())
        lost(why);
    else if (moved)
        Q_EMIT changed();
}

void ChangeWatcher::onNotification(const QString& name, const QVariant& payload)
{
    // Stores in other schemas of the same database share the channel.
    if (name != QLatin1String(channel) || !payload.toString().startsWith(m_schema + QLatin1Char('.')))
        return;
    ++m_seen;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

} // namespace redress::core
