#include "core/cli/CliCommands.h"

#include "core/store/Identity.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::ActingUser)
};

} // namespace

QString readPasswordLine(QTextStream* in)
{
    QString line;
    if (in) {
        line = in->readLine();
    } else {
        QFile input;
        if (input.open(stdin, QIODevice::ReadOnly))
            line = QString::fromUtf8(input.readLine(4 * 1024));
    }
    // One line: a trailing newline (and a carriage return from Windows
    // editors) is not part of the password.
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

std::expected<User, int> actingUser(const Database& db, const QCommandLineParser& parser, QTextStream& err,
                                    QTextStream* in)
{
    const QString requested = parser.value(QStringLiteral("as")).trimmed();
    std::optional<QString> password;
    if (parser.isSet(QStringLiteral("password-stdin")))
        password = readPasswordLine(in);
    auto user = Identity::resolve(db, requested, password);
    if (user)
        return *user;
    if (user.error().code == Error::Code::InvalidInput && user.error().field == Identity::requestField) {
        QString message = user.error().message;
        if (!password && db.backend() == Database::Backend::Sqlite)
            message += QLatin1Char(' ') + Tr::tr("Give it on standard input with --password-stdin.");
        return std::unexpected(usageError(err, message));
    }
    return std::unexpected(reportError(err, user.error()));
}

} // namespace redress::core::cli
