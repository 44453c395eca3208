#include "ui/app/SingleInstance.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace redress::ui {

namespace {
const QByteArray activateMessage = QByteArrayLiteral("activate\n");

QString lockPath(const QString& key)
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (dir.isEmpty())
        dir = QDir::tempPath();
    return QDir(dir).filePath(key + QStringLiteral(".lock"));
}
} // namespace

SingleInstance::SingleInstance(const QString& key, QObject* parent)
    : QObject(parent), m_key(key), m_lock(std::make_unique<QLockFile>(lockPath(key)))
{
    // The lock, not the socket, decides: two starts at the same moment
    // could both find no socket, but only one gets the lock. A lock left by
    // a crashed run names a dead process and is taken over.
    m_lock->setStaleLockTime(0);
    m_primary = m_lock->tryLock(0);
    if (!m_primary)
        return;
    // A socket file left by a crash would refuse listen().
    QLocalServer::removeServer(m_key);
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(activateMessage.trimmed()))
                    Q_EMIT activationRequested();
            });
        }
    });
    // Without the socket this run still works; a second start then simply
    // cannot bring it forward.
    m_server->listen(m_key);
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    if (m_primary)
        m_lock->unlock();
}

QString SingleInstance::keyFor(const QString& login, const QString& storePath)
{
    const QFileInfo info(storePath);
    const QString canonical =
        info.exists() ? info.canonicalFilePath() : QDir::cleanPath(info.absoluteFilePath());
    const QByteArray digest =
        QCryptographicHash::hash((login + QLatin1Char('\n') + canonical).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(24);
    return QStringLiteral("redress-") + QString::fromLatin1(digest);
}

bool SingleInstance::activatePrimary(int timeoutMs) const
{
    // The running one may still be starting and not listening yet.
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QLocalSocket socket;
        socket.connectToServer(m_key);
        if (socket.waitForConnected(static_cast<int>(std::max<qint64>(deadline.remainingTime(), 1)))) {
            socket.write(activateMessage);
            const bool sent = socket.waitForBytesWritten(1000);
            socket.disconnectFromServer();
            return sent;
        }
        QThread::msleep(50);
    }
    return false;
}

} // namespace redress::ui
