#include "core/cli/CliCommands.h"

#include "core/store/TeamSettings.h"

#include <QCoreApplication>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::cli::Settings)
};

} // namespace

std::optional<QString> checkSettingsOptions(const QCommandLineParser& parser)
{
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.size() == 2 && parser.isSet(QStringLiteral("file")))
        return Tr::tr("settings takes the value or --file, not both.");
    if (!args.isEmpty()) {
        const QString value = args.size() == 2 ? args.at(1) : QString();
        if (const QString wrong = TeamSettings::check(args.at(0), value); !wrong.isEmpty())
            return wrong;
    } else if (parser.isSet(QStringLiteral("file"))) {
        return Tr::tr("--file needs the setting's key before it.");
    }
    return std::nullopt;
}

int runSettings(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err,
                QTextStream* in)
{
    const QStringList args = parser.positionalArguments().mid(1);
    if (args.isEmpty()) {
        auto all = TeamSettings::all(db);
        if (!all)
            return reportError(err, all.error());
        for (const auto& [key, value] : *all)
            out << key << '=' << QString(value).replace(QLatin1Char('\n'), QStringLiteral("\\n")) << '\n';
        return Ok;
    }
    const QString key = args.at(0);
    if (args.size() == 1 && !parser.isSet(QStringLiteral("file"))) {
        auto value = TeamSettings::textIn(db.connection(), key, QString());
        if (!value)
            return reportError(err, value.error());
        out << *value << '\n';
        return Ok;
    }
    QString value = args.size() == 2 ? args.at(1) : QString();
    if (parser.isSet(QStringLiteral("file"))) {
        auto read = readTextFile(parser.value(QStringLiteral("file")));
        if (!read)
            return reportError(err, read.error());
        value = *read;
    }
    auto actor = actingUser(db, parser, err, in);
    if (!actor)
        return actor.error();
    // The server enforces it too (row-level security); a desk's file is
    // checked here.
    if (!allows(actor->role, Permission::EditCatalogue))
        return reportError(err, Error::make(Error::Code::InvalidInput,
                                            Tr::tr("Team settings are for leads, executives and administrators; "
                                                   "%1 is a %2.")
                                                .arg(actor->login, labelOf(actor->role))));
    if (auto ok = TeamSettings::set(db, key, value); !ok)
        return reportError(err, ok.error());
    out << key << (value.isEmpty() ? QStringLiteral(": default") : QStringLiteral(": set")) << '\n';
    return Ok;
}

} // namespace redress::core::cli
