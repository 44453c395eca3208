#pragma once

#include "core/store/Database.h"

#include <QObject>
#include <QTimer>
#include <QVariant>

#include <chrono>

class QThread;

namespace redress::core {

/// Tells a desk that the store changed under it: another desk of a team's
/// PostgreSQL store, another program on an SQLite file (`redress-cli
/// import`, a second window), or this process's own other connections.
///
/// Watches through a connection of its own, on the thread that creates it,
/// and needs nothing but that thread's event loop. On PostgreSQL it listens
/// on `channel`, which migration 10's triggers notify; a burst of
/// notifications makes one changed() after coalesceInterval. On SQLite it
/// reads `PRAGMA data_version` every pollInterval, which moves whenever
/// another connection commits. A lost connection is tried again, less
/// often the longer it stays away; changed() follows its return, as
/// changes may have been missed meanwhile.
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    /// The PostgreSQL channel; the payload is "schema.table".
    static constexpr char channel[] = "redress_changes";
    static constexpr std::chrono::milliseconds defaultPollInterval{1500};
    /// PostgreSQL: how often the listening connection is checked.
    static constexpr std::chrono::milliseconds defaultHeartbeatInterval{15000};
    static constexpr std::chrono::milliseconds defaultCoalesceInterval{250};
    /// The first retry after a loss; later ones wait longer, up to maxRetryInterval.
    static constexpr std::chrono::milliseconds defaultRetryInterval{5000};
    static constexpr std::chrono::milliseconds maxRetryInterval{60000};

    /// Starts watching at once.
    explicit ChangeWatcher(Database db, QObject* parent = nullptr);
    ~ChangeWatcher() override;

    /// SQLite: how often data_version is read; PostgreSQL: how often the
    /// connection is checked (notifications themselves arrive at once).
    void setPollInterval(std::chrono::milliseconds interval);
    void setCoalesceInterval(std::chrono::milliseconds interval);
    void setRetryInterval(std::chrono::milliseconds interval);
    /// Whether the watching connection is up.
    bool isConnected() const;
    bool isActive() const { return m_active; }
    /// A changed() is due once the coalescing interval is over.
    bool isPending() const { return m_coalesce.isActive(); }
    /// Notifications of this store taken in so far (PostgreSQL).
    int notificationsSeen() const { return m_seen; }
    /// The server process that listens (PostgreSQL), 0 when not connected:
    /// for the log and for tests that cut the connection.
    qint64 serverPid() const { return isConnected() ? m_serverPid : 0; }
    /// Stops watching and closes the connection; no changed() follows.
    void stop();

public Q_SLOTS:
    /// Looks now instead of at the next tick. SQLite: reads data_version
    /// and emits changed() at once when it moved. PostgreSQL: checks the
    /// connection with a round trip, which also takes in the notifications
    /// committed before it (their changed() follows coalesced).
    void pollNow();

Q_SIGNALS:
    /// The store changed since the last signal, or may have.
    void changed();

private:
    bool connectNow();
    void reconnect();
    void reconnected(bool connected);
    void lost(const QString& why);
    void close();
    void onNotification(const QString& name, const QVariant& payload);

    Database m_db;
    QString m_name;
    bool m_postgres = false;
    bool m_active = false;
    QString m_schema;
    qint64 m_version = -1;
    qint64 m_serverPid = 0;
    int m_failures = 0; // connection attempts failed in a row
    std::chrono::milliseconds m_retryInterval = defaultRetryInterval;
    int m_seen = 0;
    QTimer m_poll;
    QTimer m_coalesce;
    QTimer m_retry;
    QThread* m_probe = nullptr; // PostgreSQL: is the server back?
};

} // namespace redress::core
