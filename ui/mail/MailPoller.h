#pragma once

#include "core/mail/MailAccount.h"
#include "core/mail/MailPasses.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace redress::ui {

class Session;

/// Mail in and out while the window is open: every account.fetchMinutes,
/// and at once on request, one pass of fetchMail then sendMail on a thread
/// of its own with its own store connection. At most one pass runs; asking
/// while one runs queues one more. Destroying the poller asks the pass to
/// stop and waits for it.
class MailPoller : public QObject
{
    Q_OBJECT
public:
    explicit MailPoller(const Session& session, QObject* parent = nullptr);
    ~MailPoller() override;

    /// Reads the account and the passwords, then passes on the timer.
    void start();
    void stop();
    bool isRunning() const { return m_thread != nullptr; }
    /// The account of the last start() or reload(), if any.
    const std::optional<core::MailAccount>& account() const { return m_account; }

public Q_SLOTS:
    /// A pass now (File › Fetch mail now), or right after the one running.
    void runNow();
    /// The settings changed: reads the account and passwords again.
    void reload();

Q_SIGNALS:
    /// A pass ended; `summary` is the status bar's line ("Mail: 2 new cases,
    /// 1 reply"); `changed` when it stored or sent anything.
    void passFinished(const QString& summary, bool changed);
    /// A pass failed. Said once: the same error again stays quiet until a
    /// pass succeeds or the error changes.
    void failed(const QString& message);

private:
    struct Pass;
    void startPass();
    void finishPass(const Pass& pass);

    const Session& m_session;
    QTimer m_timer;
    QThread* m_thread = nullptr;
    bool m_pending = false;
    bool m_asked = false; ///< the pending pass was asked for by a person
    bool m_started = false;
    bool m_secretsRead = false;
    std::optional<core::MailAccount> m_account;
    core::MailSecrets m_secrets;
    QString m_lastError;
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
};

} // namespace redress::ui
