#include "ui/mail/MailPoller.h"

#include "core/Clock.h"
#include "core/followup/SurveyPasses.h"
#include "core/store/MailRepository.h"
#include "ui/common/Session.h"
#include "ui/mail/MailPasswords.h"

#include <QThread>

#include <chrono>

namespace redress::ui {

struct MailPoller::Pass
{
    core::Result<core::FetchReport> fetched = core::FetchReport();
    core::Result<core::SendReport> sent = core::SendReport();
    core::Result<core::SurveyReport> surveys = core::SurveyReport();
    bool asked = false;
};

MailPoller::MailPoller(const Session& session, QObject* parent) : QObject(parent), m_session(session)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_asked = false;
        startPass();
    });
}

MailPoller::~MailPoller()
{
    m_timer.stop();
    if (m_thread) {
        // A message in hand finishes its one transaction; the rest waits
        // for the next start (the intake is idempotent by Message-ID).
        m_stop->store(true);
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void MailPoller::start()
{
    m_started = true;
    reload();
}

void MailPoller::stop()
{
    m_started = false;
    m_timer.stop();
}

void MailPoller::reload()
{
    auto account = core::MailRepository(m_session.db(), m_session.user().id).account();
    m_account = account ? *account : std::nullopt;
    m_timer.stop();
    if (!m_account || !m_account->isSet())
        return;
    m_timer.setInterval(std::chrono::minutes(std::max(1, m_account->fetchMinutes)));
    m_secretsRead = false;
    MailPasswords::read(m_session.db().path(), this,
                        [this](const core::MailSecrets& secrets, const QString&) {
                            m_secrets = secrets;
                            m_secretsRead = true;
                            if (!m_started)
                                return;
                            m_timer.start();
                            startPass();
                        });
}

void MailPoller::runNow()
{
    m_asked = true;
    if (!m_account || !m_account->isSet()) {
        reload(); // set up at another desk since?
        if (!m_account || !m_account->isSet()) {
            Q_EMIT passFinished(tr("Mail: no team mailbox is set up (Settings › Mail)."), false);
            return;
        }
    }
    if (!m_secretsRead)
        return; // the pass starts once the keyring has answered
    startPass();
}

void MailPoller::startPass()
{
    if (!m_account || !m_secretsRead)
        return;
    if (m_thread) {
        m_pending = true;
        return;
    }
    m_pending = false;
    auto pass = std::make_shared<Pass>();
    pass->asked = std::exchange(m_asked, false);
    m_thread = QThread::create([db = m_session.db(), actor = m_session.user().id, account = *m_account,
                                secrets = m_secrets, pass, stop = m_stop] {
        const auto going = [stop](qint64, qint64) { return !stop->load(); };
        pass->fetched = core::fetchMail(db, actor, account, secrets, going);
        // The follow-ups due join the outbox before it goes out.
        if (!stop->load())
            pass->surveys = core::sendDueSurveys(db, actor, core::Clock::now());
        // What is queued goes out even when reading failed: the two servers
        // fail apart.
        if (!stop->load())
            pass->sent = core::sendMail(db, account, secrets, going);
        db.releaseThreadConnection();
    });
    m_thread->setObjectName(QStringLiteral("mail-pass"));
    connect(m_thread, &QThread::finished, this, [this, pass] {
        m_thread->deleteLater();
        m_thread = nullptr;
        finishPass(*pass);
        if (m_pending)
            startPass();
    });
    m_thread->start();
}

void MailPoller::finishPass(const Pass& pass)
{
    QStringList errors;
    QStringList parts;
    bool changed = false;
    if (pass.fetched) {
        const core::FetchReport& f = *pass.fetched;
        if (f.newCases > 0)
            parts << tr("%n new case(s)", nullptr, static_cast<int>(f.newCases));
        if (f.replies > 0)
            parts << tr("%n reply/replies", nullptr, static_cast<int>(f.replies));
        changed = changed || f.fetched > 0;
    } else {
        errors << tr("Reading: %1").arg(pass.fetched.error().message);
    }
    if (pass.surveys) {
        if (pass.surveys->surveys > 0)
            parts << tr("%n follow-up(s) asked", nullptr, static_cast<int>(pass.surveys->surveys));
        changed = changed || pass.surveys->queued() > 0 || pass.surveys->noAnswer > 0;
    } else {
        errors << tr("Follow-ups: %1").arg(pass.surveys.error().message);
    }
    if (pass.sent) {
        const core::SendReport& s = *pass.sent;
        if (s.sent > 0)
            parts << tr("%n sent", nullptr, static_cast<int>(s.sent));
        if (s.failed > 0)
            parts << tr("%n failed", nullptr, static_cast<int>(s.failed));
        if (s.retrying > 0)
            parts << tr("%n to try again", nullptr, static_cast<int>(s.retrying));
        changed = changed || s.sent > 0 || s.failed > 0 || s.retrying > 0;
    } else {
        errors << tr("Sending: %1").arg(pass.sent.error().message);
    }
    if (!errors.isEmpty()) {
        const QString message = tr("Mail: %1").arg(errors.join(QLatin1Char(' ')));
        // A server that stays away would say so every minute; once is enough,
        // unless a person asked.
        if (message != m_lastError || pass.asked)
            Q_EMIT failed(message);
        m_lastError = message;
    } else {
        m_lastError.clear();
    }
    if (errors.isEmpty() || changed) {
        const QString summary =
            parts.isEmpty() ? tr("Mail: nothing new.") : tr("Mail: %1").arg(parts.join(QStringLiteral(", ")));
        Q_EMIT passFinished(summary, changed);
    }
}

} // namespace redress::ui
