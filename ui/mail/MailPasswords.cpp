#include "ui/mail/MailPasswords.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPointer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace redress::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(MailPasswords)
};

const QString service = QStringLiteral("redress");

core::MailSecrets fromEnvironment()
{
    return core::MailSecrets::fromEnvironment().value_or(core::MailSecrets{});
}

QString environmentNote()
{
    return Tr::tr("No desktop keyring answers here; the passwords come from REDRESS_IMAP_PASSWORD and "
                  "REDRESS_SMTP_PASSWORD.");
}

} // namespace

QString MailPasswords::key(const QString& store, const QString& which)
{
    return QStringLiteral("redress/%1/%2").arg(store, which);
}

bool MailPasswords::keyringUsable()
{
    return QGuiApplication::platformName() != QLatin1String("offscreen");
}

void MailPasswords::read(const QString& store, QObject* context,
                         std::function<void(const core::MailSecrets&, const QString&)> done)
{
    if (!keyringUsable()) {
        done(fromEnvironment(), environmentNote());
        return;
    }
    // Two jobs, one answer: the second to finish reports both.
    struct Reading
    {
        core::MailSecrets secrets;
        int pending = 2;
        bool failed = false;
    };
    auto reading = std::make_shared<Reading>();
    QPointer<QObject> guard(context);
    for (const QString& which : {QStringLiteral("imap"), QStringLiteral("smtp")}) {
        auto* job = new QKeychain::ReadPasswordJob(service);
        job->setAutoDelete(true);
        job->setKey(key(store, which));
        QObject::connect(
            job, &QKeychain::Job::finished, context, [reading, which, done, guard](QKeychain::Job* j) {
                auto* r = static_cast<QKeychain::ReadPasswordJob*>(j);
                if (r->error() == QKeychain::NoError)
                    (which == QLatin1String("imap") ? reading->secrets.imapPassword
                                                    : reading->secrets.smtpPassword) = r->textData();
                else if (r->error() != QKeychain::EntryNotFound)
                    reading->failed = true;
                if (--reading->pending > 0 || !guard)
                    return;
                if (reading->failed) {
                    done(fromEnvironment(), environmentNote());
                    return;
                }
                // What the keyring lacks, the environment may still give.
                const core::MailSecrets env = fromEnvironment();
                if (reading->secrets.imapPassword.isEmpty())
                    reading->secrets.imapPassword = env.imapPassword;
                if (reading->secrets.smtpPassword.isEmpty())
                    reading->secrets.smtpPassword = env.smtpPassword;
                done(reading->secrets, {});
            });
        job->start();
    }
}

void MailPasswords::write(const QString& store, const QString& imap, const QString& smtp, QObject* context,
                          std::function<void(const QString&)> done)
{
    QList<std::pair<QString, QString>> writes;
    if (!imap.isEmpty())
        writes.append({QStringLiteral("imap"), imap});
    if (!smtp.isEmpty())
        writes.append({QStringLiteral("smtp"), smtp});
    if (writes.isEmpty()) {
        done({});
        return;
    }
    if (!keyringUsable()) {
        done(Tr::tr(
            "No desktop keyring answers here, so the passwords were not kept. Set REDRESS_IMAP_PASSWORD "
            "and REDRESS_SMTP_PASSWORD in the environment Redress starts in."));
        return;
    }
    struct Writing
    {
        int pending = 0;
        QStringList errors;
    };
    auto writing = std::make_shared<Writing>();
    writing->pending = static_cast<int>(writes.size());
    QPointer<QObject> guard(context);
    for (const auto& [which, password] : writes) {
        auto* job = new QKeychain::WritePasswordJob(service);
        job->setAutoDelete(true);
        job->setKey(key(store, which));
        job->setTextData(password);
        QObject::connect(job, &QKeychain::Job::finished, context, [writing, done, guard](QKeychain::Job* j) {
            if (j->error() != QKeychain::NoError)
                writing->errors << j->errorString();
            if (--writing->pending > 0 || !guard)
                return;
            done(writing->errors.isEmpty() ? QString()
                                           : Tr::tr("The keyring did not keep the passwords: %1")
                                                 .arg(writing->errors.join(QStringLiteral("; "))));
        });
        job->start();
    }
}

} // namespace redress::ui
