#include "core/cli/CliCommands.h"

#include "core/recovery/ApologyChecker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::Cli)
};

// Text for check-apology: UTF-8, with a byte order mark allowed. Bytes that
// are not UTF-8 are refused rather than guessed at, because the positions
// printed must point at what the user's editor shows.
std::expected<QString, QString> decodeDraft(const QByteArray& bytes, const QString& name)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::unexpected(Tr::tr("%1 is not UTF-8 text.").arg(name));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace

std::optional<QString> checkApologyOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("file")) && parser.value(QStringLiteral("file")).isEmpty())
        return Tr::tr("--file needs a path.");
    return std::nullopt;
}

int runCheckApology(const QCommandLineParser& parser, QTextStream& out, QTextStream& err, QTextStream* in)
{
    std::expected<QString, QString> draft;
    const QString path = parser.value(QStringLiteral("file"));
    if (!path.isEmpty() && path != QLatin1String("-")) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return reportError(
                err,
                Error::make(
                    Error::Code::Io,
                    Tr::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
        draft = decodeDraft(file.readAll(), QDir::toNativeSeparators(path));
    } else if (in) {
        draft = in->readAll();
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return reportError(
                err, Error::make(Error::Code::Io,
                                 Tr::tr("cannot read standard input: %1").arg(input.errorString())));
        draft = decodeDraft(input.readAll(), Tr::tr("standard input"));
    }
    if (!draft)
        return reportError(err, Error::make(Error::Code::InvalidInput, draft.error()));

    const QList<ApologyFinding> findings = ApologyChecker(ApologyRules::defaults()).check(*draft);
    for (const ApologyFinding& f : findings) {
        out << f.line << ':' << f.column << ": " << keyOf(f.kind) << ": \"" << f.passage << "\" "
            << QChar(0x2014) << ' ' << f.why << '\n';
    }
    out.flush();
    return findings.isEmpty() ? Ok : Flagged;
}

} // namespace redress::core::cli
