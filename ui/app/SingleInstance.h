#pragma once

#include <QLockFile>
#include <QObject>
#include <QString>

#include <memory>

class QLocalServer;

namespace redress::ui {

/// One running Redress per user and store. The first process to start
/// holds a lock and listens on a local socket; a later one finds the lock
/// taken, asks the first to come to the front, and ends.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    /// `key` names the user and store, e.g. from keyFor().
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    /// A name safe for a socket and a file, the same for the same login and
    /// store however the path was written.
    static QString keyFor(const QString& login, const QString& storePath);

    /// True when this process is the one that runs.
    bool isPrimary() const { return m_primary; }
    /// From a second process: asks the running one to show itself. False
    /// when it could not be reached in `timeoutMs`.
    bool activatePrimary(int timeoutMs = 3000) const;

Q_SIGNALS:
    /// A second start asked the running one to come to the front.
    void activationRequested();

private:
    QString m_key;
    std::unique_ptr<QLockFile> m_lock;
    QLocalServer* m_server = nullptr;
    bool m_primary = false;
};

} // namespace redress::ui
