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

// UTF-8 takes at most three bytes per UTF-16 code unit (and a byte order
// mark three more), so more bytes than this cannot be a draft within the
// limit: reading stops there rather than taking in whatever is piped.
constexpr qint64 kMaxDraftBytes = 3 * ApologyChecker::kMaxDraftLength + 3;

std::expected<QString, QString> readDraft(QIODevice& device, const QString& name)
{
    const QByteArray bytes = device.read(kMaxDraftBytes + 1);
    if (bytes.size() > kMaxDraftBytes)
        return std::unexpected(Tr::tr("%1 is too long: the apology checker reads at most %2 characters.")
                                   .arg(name, QString::number(ApologyChecker::kMaxDraftLength)));
    return decodeDraft(bytes, name);
}

} // namespace

std::optional<QString> checkApologyOptions(const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("file")) && parser.value(QStringLiteral("file")).isEmpty())
        return Tr::tr("--file needs a path.");
    if (parser.isSet(QStringLiteral("lang"))) {
        const QString lang = parser.value(QStringLiteral("lang"));
        if (lang != QLatin1String("en") && lang != QLatin1String("de"))
            return Tr::tr("--lang takes en or de, not '%1'.").arg(lang);
    }
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
        draft = readDraft(file, QDir::toNativeSeparators(path));
    } else if (in) {
        draft = in->readAll();
    } else {
        QFile input;
        if (!input.open(stdin, QIODevice::ReadOnly))
            return reportError(
                err, Error::make(Error::Code::Io,
                                 Tr::tr("cannot read standard input: %1").arg(input.errorString())));
        draft = readDraft(input, Tr::tr("standard input"));
    }
    if (draft) {
        if (const QString tooLong = ApologyChecker::tooLong(draft->size()); !tooLong.isEmpty())
            draft = std::unexpected(tooLong);
    }
    if (!draft)
        return reportError(err, Error::make(Error::Code::InvalidInput, draft.error()));

    const ApologyChecker& checker = parser.isSet(QStringLiteral("lang"))
                                        ? ApologyChecker::shipped(parser.value(QStringLiteral("lang")))
                                        : ApologyChecker::forDraft(*draft);
    const QList<ApologyFinding> findings = checker.check(*draft);
    bool reflex = false;
    for (const ApologyFinding& f : findings) {
        // Advice is shown, never counted: a good apology without a date is
        // still a good apology.
        out << f.line << ':' << f.column << ": " << f.shownKind() << ": \"" << f.passage << "\" "
            << QChar(0x2014) << ' ' << f.why << '\n';
        reflex = reflex || f.isReflexFinding();
    }
    out.flush();
    return reflex ? Flagged : Ok;
}

} // namespace redress::core::cli
