#include "core/cli/CliCommands.h"

#include "core/io/CaseExporter.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <QStringDecoder>

namespace redress::core::cli {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::ExportCommand)
};

std::optional<CaseStatus> statusNamed(const QString& name)
{
    for (CaseStatus s : allStatuses()) {
        if (name.compare(keyOf(s), Qt::CaseInsensitive) == 0 ||
            name.compare(labelOf(s), Qt::CaseInsensitive) == 0)
            return s;
    }
    return std::nullopt;
}

/// An ISO date is a whole local day, so --to takes it in: --from gives its
/// start, --to the start of the next day (the filter's bound is
/// exclusive). An ISO date and time is that instant, --to included.
std::optional<QDateTime> boundFrom(const QString& text, bool upper)
{
    const QString t = text.trimmed();
    if (t.size() == 10) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return QDateTime(upper ? day.addDays(1) : day, QTime(0, 0), Qt::LocalTime);
    }
    const QDateTime at = QDateTime::fromString(t, Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return upper ? at.addMSecs(1) : at;
}

std::expected<ExportOptions, QString> exportOptions(const QCommandLineParser& parser)
{
    ExportOptions options;
    if (parser.value(QStringLiteral("out")).isEmpty())
        return std::unexpected(Tr::tr("export needs --out FILE (or --out - for standard output)."));

    if (parser.isSet(QStringLiteral("status"))) {
        for (const QString& part : parser.value(QStringLiteral("status")).split(QLatin1Char(','))) {
            const QString name = part.trimmed();
            const std::optional<CaseStatus> status = statusNamed(name);
            if (!status) {
                QStringList keys;
                for (CaseStatus s : allStatuses())
                    keys << keyOf(s);
                return std::unexpected(Tr::tr("--status takes statuses separated by commas (%1), not '%2'.")
                                           .arg(keys.join(QStringLiteral(", ")), name));
            }
            if (!options.query.filter.statuses.contains(*status))
                options.query.filter.statuses << *status;
        }
    }

    for (const bool upper : {false, true}) {
        const QString name = upper ? QStringLiteral("to") : QStringLiteral("from");
        if (!parser.isSet(name))
            continue;
        const std::optional<QDateTime> bound = boundFrom(parser.value(name), upper);
        if (!bound)
            return std::unexpected(Tr::tr("--%1 takes an ISO date such as 2026-01-31 or a date and time such "
                                          "as 2026-01-31T17:30:00, not '%2'.")
                                       .arg(name, parser.value(name)));
        (upper ? options.query.filter.openedBefore : options.query.filter.openedFrom) = *bound;
    }
    const CaseListFilter& filter = options.query.filter;
    if (filter.openedFrom.isValid() && filter.openedBefore.isValid() &&
        filter.openedFrom >= filter.openedBefore)
        return std::unexpected(
            Tr::tr("--from %1 comes after --to %2.")
                .arg(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to"))));

    options.query.filter.search = parser.value(QStringLiteral("search"));

    if (parser.isSet(QStringLiteral("columns"))) {
        for (const QString& part : parser.value(QStringLiteral("columns")).split(QLatin1Char(','))) {
            if (!part.trimmed().isEmpty())
                options.columns << part.trimmed();
        }
        if (options.columns.isEmpty())
            return std::unexpected(Tr::tr("--columns names no column."));
    }

    if (parser.isSet(QStringLiteral("separator"))) {
        const QString s = parser.value(QStringLiteral("separator"));
        if (s == QLatin1String(","))
            options.separator = QLatin1Char(',');
        else if (s == QLatin1String(";"))
            options.separator = QLatin1Char(';');
        else if (s == QLatin1String("tab") || s == QLatin1String("\t"))
            options.separator = QLatin1Char('\t');
        else
            return std::unexpected(Tr::tr("--separator takes ',', ';' or 'tab', not '%1'.").arg(s));
    }
    options.byteOrderMark = parser.isSet(QStringLiteral("bom"));

    if (auto ok = CaseExporter::validate(options); !ok)
        return std::unexpected(ok.error().message);
    return options;
}

/// Bytes for a QTextStream that has no device (one writing into a string,
/// as in tests): decoded back to text as they come, so nothing is held.
class TextStreamDevice final : public QIODevice
{
public:
    explicit TextStreamDevice(QTextStream& stream) : m_stream(stream) { open(QIODevice::WriteOnly); }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        m_stream << m_decoder(QByteArrayView(data, size));
        return size;
    }

private:
    QTextStream& m_stream;
    // The byte order mark is part of what was asked for: keep it.
    QStringDecoder m_decoder{QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom};
};

} // namespace

std::optional<QString> checkExportOptions(const QCommandLineParser& parser)
{
    auto options = exportOptions(parser);
    if (!options)
        return options.error();
    return std::nullopt;
}

int runExport(const Database& db, const QCommandLineParser& parser, QTextStream& out, QTextStream& err)
{
    auto options = exportOptions(parser);
    if (!options)
        return reportError(err, Error::make(Error::Code::InvalidInput, options.error()));
    CaseExporter exporter(db);
    const QString target = parser.value(QStringLiteral("out"));
    if (target != QLatin1String("-")) {
        auto written = exporter.writeFile(*options, target);
        if (!written)
            return reportError(err, written.error());
        out << "exported: " << *written << '\n';
        return Ok;
    }

    // Standard output: the CSV's bytes go to the stream's device as they
    // are (UTF-8, CRLF, the BOM when asked), after whatever it holds.
    out.flush();
    Result<qint64> written;
    if (QIODevice* device = out.device()) {
        written = exporter.write(*options, *device);
        if (auto* file = qobject_cast<QFileDevice*>(device))
            file->flush();
    } else {
        TextStreamDevice text(out);
        written = exporter.write(*options, text);
        out.flush();
    }
    if (!written)
        return reportError(err, written.error());
    return Ok;
}

} // namespace redress::core::cli
