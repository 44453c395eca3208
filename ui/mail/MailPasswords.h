#pragma once

#include "core/mail/MailAccount.h"

#include <QString>

#include <functional>

class QObject;

namespace redress::ui {

/// The team mailbox's passwords in the desktop's keyring, under
/// "redress/<store>/imap" and "redress/<store>/smtp". Never in the store or
/// QSettings: where no keyring answers (a session without Secret Service,
/// the offscreen platform of tests) the environment's
/// REDRESS_IMAP_PASSWORD / REDRESS_SMTP_PASSWORD are used instead.
class MailPasswords
{
public:
    static QString key(const QString& store, const QString& which);
    /// Whether a keyring is worth asking: not on the offscreen platform,
    /// where no desktop session answers and asking would only wait.
    static bool keyringUsable();
    /// Reads both passwords; `done` runs on `context`'s thread with them and
    /// a note when they came from the environment instead.
    static void read(const QString& store, QObject* context,
                     std::function<void(const core::MailSecrets&, const QString& note)> done);
    /// Stores the passwords given (an empty one is left as it is); `done`
    /// gets an error message, empty on success.
    static void write(const QString& store, const QString& imap, const QString& smtp, QObject* context,
                      std::function<void(const QString& error)> done);
};

} // namespace redress::ui
