#include "core/io/CsvReader.h"

#include <QCoreApplication>
#include <QLocale>

#include <csv.h>

namespace redress::core {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::core::CsvReader)
};

// Large enough that libcsv is called once per line on ordinary files, small
// enough that an endless line costs one block beyond the field limit.
constexpr qint64 blockSize = 64 * 1024;

QString saveAsUtf8()
{
    return Tr::tr("Save the file as UTF-8 (in a spreadsheet: \"CSV UTF-8\") and import it again.");
}

// Control characters have no place in text; tab, line breaks, vertical tab
// and form feed do turn up in spreadsheet cells.
bool isBinary(unsigned char b)
{
    return b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\v' && b != '\f';
}

// The physical line of `data[at]`: \n, \r\n and a lone \r each end a line.
qint64 lineAt(const QByteArray& data, qsizetype from, qsizetype at)
{
    qint64 line = 1;
    for (qsizetype i = from; i < at; ++i) {
        if (data[i] == '\n' || (data[i] == '\r' && (i + 1 >= data.size() || data[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// The separator the header line uses most, outside quotes; comma when the
// header has a single column.
char detectSeparator(const QByteArray& block, qsizetype from)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = from; i < block.size(); ++i) {
        const char c = block[i];
        if (c == '"')
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == '\n' || c == '\r')
            break;
        else if (c == ',')
            ++comma;
        else if (c == ';')
            ++semicolon;
        else if (c == '\t')
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return ';';
    if (tab > comma && tab > semicolon)
        return '\t';
    return ',';
}

} // namespace

// libcsv calls back with plain function pointers; this holds its state and
// forwards to the reader.
struct CsvReader::Parser
{
    csv_parser p{};
    bool initialised = false;

    ~Parser()
    {
        if (initialised)
            csv_free(&p);
    }

    static void field(void* data, size_t length, void* self)
    {
        auto* r = static_cast<CsvReader*>(self);
        r->m_fieldEndedOnLine = true;
        r->m_recordBytes += static_cast<qint64>(length);
        if (r->m_fields.size() >= r->m_limits.maxFields) {
            r->m_tooManyFields = true;
            return;
        }
        r->m_fields << (data ? QString::fromUtf8(static_cast<const char*>(data),
                                                 static_cast<qsizetype>(length))
                             : QString());
    }

    static void record(int, void* self)
    {
        auto* r = static_cast<CsvReader*>(self);
        r->m_ready.push_back(CsvRecord{r->m_recordLine > 0 ? r->m_recordLine : r->m_line, r->m_fields});
        r->m_fields.clear();
        r->m_recordBytes = 0;
        r->m_recordLine = 0;
    }
};

CsvReader::CsvReader(QIODevice& device, QString name, Limits limits)
    : m_device(device), m_name(std::move(name)), m_limits(limits), m_parser(std::make_unique<Parser>())
{
}

CsvReader::CsvReader(QIODevice& device, QString name) : CsvReader(device, std::move(name), Limits()) {}

CsvReader::~CsvReader() = default;

Error CsvReader::error(const QString& message) const
{
    return Error::make(Error::Code::InvalidInput, message);
}

QString CsvReader::columnName(int index) const
{
    if (index < m_header.size() && !m_header.at(index).trimmed().isEmpty())
        return Tr::tr("column %1 (%2)").arg(index + 1).arg(m_header.at(index).trimmed());
    return Tr::tr("column %1").arg(index + 1);
}

Status CsvReader::fill()
{
    m_block.resize(blockSize);
    const qint64 n = m_device.read(m_block.data(), blockSize);
    if (n < 0) {
        m_block.clear();
        return std::unexpected(Error::make(
            Error::Code::Io, Tr::tr("%1 cannot be read: %2.").arg(m_name, m_device.errorString())));
    }
    m_block.resize(n);
    m_pos = 0;
    m_atEnd = n == 0;
    m_bytesRead += n;
    return {};
}

Result<CsvRecord> CsvReader::readHeader()
{
    if (m_started)
        return fail(Error::Code::InvalidInput, QStringLiteral("CsvReader::readHeader called twice"));
    m_started = true;
    if (auto ok = fill(); !ok) {
        m_failed = ok.error();
        return std::unexpected(ok.error());
    }
    const auto failWith = [this](Error e) -> Result<CsvRecord> {
        m_failed = e;
        return std::unexpected(std::move(e));
    };

    if (m_block.startsWith("\xEF\xBB\xBF")) {
        m_bom = true;
        m_pos = 3;
    } else if (m_block.startsWith("\xFF\xFE") || m_block.startsWith("\xFE\xFF")) {
        return failWith(error(Tr::tr("%1 is UTF-16 text, not UTF-8. %2").arg(m_name, saveAsUtf8())));
    }
    // Binary data is judged on the whole first block before any line is
    // read as text, so that an image is called an image and not a file in
    // the wrong encoding.
    for (qsizetype i = m_pos; i < m_block.size(); ++i) {
        if (isBinary(static_cast<unsigned char>(m_block[i]))) {
            const qint64 line = lineAt(m_block, m_pos, i);
            return failWith(
                error(Tr::tr("%1 is not a CSV file: line %2 holds binary data. Choose a CSV file saved "
                             "as text.")
                          .arg(m_name)
                          .arg(line)));
        }
    }
    m_separator = detectSeparator(m_block, m_pos);

    if (csv_init(&m_parser->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return failWith(Error::make(Error::Code::Io, Tr::tr("Not enough memory to read %1.").arg(m_name)));
    m_parser->initialised = true;
    csv_set_delim(&m_parser->p, static_cast<unsigned char>(m_separator));

    auto first = next();
    if (!first)
        return std::unexpected(first.error());
    if (!*first)
        return failWith(error(Tr::tr("%1 is empty: it needs a header line naming its columns.").arg(m_name)));
    m_header = (*first)->fields;
    return **first;
}

Result<std::optional<CsvRecord>> CsvReader::next()
{
    if (m_failed)
        return std::unexpected(*m_failed);
    if (!m_parser->initialised)
        return fail(Error::Code::InvalidInput, QStringLiteral("CsvReader::next called before readHeader"));
    const auto failWith = [this](Error e) -> Result<std::optional<CsvRecord>> {
        m_failed = e;
        return std::unexpected(std::move(e));
    };
    while (m_ready.empty()) {
        if (m_finished)
            return std::optional<CsvRecord>();
        if (m_pos >= m_block.size()) {
            if (!m_atEnd) {
                if (auto ok = fill(); !ok)
                    return failWith(ok.error());
            }
            if (m_atEnd) {
                m_finished = true;
                if (auto ok = finish(); !ok)
                    return failWith(ok.error());
            }
            continue;
        }
        // One physical line per call where the block holds it whole, so
        // that each record's first line is known.
        qsizetype length = m_block.size() - m_pos;
        const char* begin = m_block.constData() + m_pos;
        if (m_lastWasCr && *begin == '\n') {
            length = 1;
        } else {
            for (qsizetype i = 0; i < length; ++i) {
                if (begin[i] == '\n' || begin[i] == '\r') {
                    length = i + 1;
                    break;
                }
            }
        }
        if (auto ok = feedPiece(length); !ok)
            return failWith(ok.error());
    }
    CsvRecord record = std::move(m_ready.front());
    m_ready.pop_front();
    return std::optional<CsvRecord>(std::move(record));
}

Status CsvReader::checkBytes(const char* data, qsizetype length)
{
    for (qsizetype i = 0; i < length; ++i) {
        const auto b = static_cast<unsigned char>(data[i]);
        if (m_utf8Pending > 0) {
            if (b < m_utf8Low || b > m_utf8High)
                return std::unexpected(error(Tr::tr("Line %2 of %1 is not UTF-8 text (byte %3). %4")
                                                 .arg(m_name)
                                                 .arg(m_line)
                                                 .arg(m_utf8StartColumn)
                                                 .arg(saveAsUtf8())));
            m_utf8Low = 0x80;
            m_utf8High = 0xBF;
            --m_utf8Pending;
            continue;
        }
        if (b < 0x80) {
            if (isBinary(b))
                return std::unexpected(
                    error(Tr::tr("%1 is not a CSV file: line %2 holds binary data (byte %3). "
                                 "Choose a CSV file saved as text.")
                              .arg(m_name)
                              .arg(m_line)
                              .arg(m_column + i)));
            continue;
        }
        // The well-formed lead bytes and the ranges their next byte may
        // take, which rule out overlong forms and surrogates.
        m_utf8StartColumn = m_column + i;
        if (b >= 0xC2 && b <= 0xDF) {
            m_utf8Pending = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            m_utf8Pending = 2;
            if (b == 0xE0)
                m_utf8Low = 0xA0;
            else if (b == 0xED)
                m_utf8High = 0x9F;
        } else if (b >= 0xF0 && b <= 0xF4) {
            m_utf8Pending = 3;
            if (b == 0xF0)
                m_utf8Low = 0x90;
            else if (b == 0xF4)
                m_utf8High = 0x8F;
        } else {
            return std::unexpected(error(Tr::tr("Line %2 of %1 is not UTF-8 text (byte %3). %4")
                                             .arg(m_name)
                                             .arg(m_line)
                                             .arg(m_column + i)
                                             .arg(saveAsUtf8())));
        }
    }
    return {};
}

Status CsvReader::restartParser()
{
    csv_free(&m_parser->p);
    m_parser->initialised = false;
    if (csv_init(&m_parser->p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return std::unexpected(
            Error::make(Error::Code::Io, Tr::tr("Not enough memory to read %1.").arg(m_name)));
    m_parser->initialised = true;
    csv_set_delim(&m_parser->p, static_cast<unsigned char>(m_separator));
    m_fields.clear();
    m_recordBytes = 0;
    m_tooManyFields = false;
    return {};
}

namespace {

QString rawText(const QByteArray& raw)
{
    QByteArray text = raw;
    while (!text.isEmpty() && (text.back() == '\n' || text.back() == '\r'))
        text.chop(1);
    while (!text.isEmpty() && (text.front() == '\n' || text.front() == '\r'))
        text.remove(0, 1);
    return QString::fromUtf8(text);
}

} // namespace

Status CsvReader::feedPiece(qsizetype length)
{
    const char* data = m_block.constData() + m_pos;
    const char last = data[length - 1];
    const bool joinsCrLf = m_lastWasCr && length == 1 && last == '\n';
    const bool endsLine = !joinsCrLf && (last == '\n' || last == '\r');
    m_lastWasCr = last == '\r';

    if (auto ok = checkBytes(data, length); !ok)
        return ok;
    if (m_recovering && !joinsCrLf)
        m_recordRaw.append(data, length);
    // The rest of a bad record's line belongs to it, not to the next record.
    const auto skipBroken = [&]() -> Status {
        m_pos += length;
        if (joinsCrLf)
            return {};
        if (!endsLine) {
            m_column += length;
            return {};
        }
        m_broken->fields = QStringList{rawText(m_recordRaw)};
        m_ready.push_back(std::move(*m_broken));
        m_broken.reset();
        m_recordRaw.clear();
        m_recordLine = 0;
        m_quoteOpenAtLineStart = false;
        m_fieldEndedOnLine = false;
        ++m_line;
        m_column = 1;
        return {};
    };
    if (m_broken)
        return skipBroken();
    if (m_recordLine == 0) {
        for (qsizetype i = 0; i < length; ++i) {
            if (data[i] != '\n' && data[i] != '\r') {
                m_recordLine = m_line;
                break;
            }
        }
    }

    const size_t fed =
        csv_parse(&m_parser->p, data, static_cast<size_t>(length), &Parser::field, &Parser::record, this);
    if (fed < static_cast<size_t>(length)) {
        const qint64 column = m_column + static_cast<qint64>(fed);
        if (csv_error(&m_parser->p) != CSV_EPARSE)
            return std::unexpected(
                Error::make(Error::Code::Io, Tr::tr("Not enough memory to read %1.").arg(m_name)));
        const QString fix = Tr::tr("Put the whole field in quotes and double each quote inside it (\"\").");
        if (m_recovering) {
            CsvRecord broken;
            broken.line = m_recordLine > 0 ? m_recordLine : m_line;
            broken.problemField = static_cast<int>(m_fields.size());
            broken.problem =
                data[fed] == '"'
                    ? Tr::tr("byte %1 of line %2: a quote inside a field that does not begin with one; the "
                             "record cannot be read. %3")
                          .arg(column)
                          .arg(m_line)
                          .arg(fix)
                    : Tr::tr("byte %1 of line %2: text after the closing quote of a field; the record cannot "
                             "be read. %3")
                          .arg(column)
                          .arg(m_line)
                          .arg(fix);
            m_broken = std::move(broken);
            if (auto ok = restartParser(); !ok)
                return ok;
            return skipBroken();
        }
        if (data[fed] == '"')
            return std::unexpected(error(
                Tr::tr("Line %2 of %1, byte %3: a quote inside a field that does not begin with one. %4")
                    .arg(m_name)
                    .arg(m_line)
                    .arg(column)
                    .arg(fix)));
        return std::unexpected(
            error(Tr::tr("Line %2 of %1, byte %3: text after the closing quote of a field. %4")
                      .arg(m_name)
                      .arg(m_line)
                      .arg(column)
                      .arg(fix)));
    }
    if (auto ok = checkLimits(); !ok)
        return ok;

    m_pos += length;
    if (joinsCrLf)
        return {};
    if (!endsLine) {
        m_column += length;
        return {};
    }
    // At the end of a line libcsv is either inside a quoted field or
    // between records; in the second case a line that gave no record was
    // blank and starts nothing.
    if (m_parser->p.quoted) {
        if (!m_quoteOpenAtLineStart || m_fieldEndedOnLine)
            m_quoteLine = m_line;
        m_quoteOpenAtLineStart = true;
    } else {
        m_quoteOpenAtLineStart = false;
        m_recordLine = 0;
        m_recordRaw.clear();
    }
    m_fieldEndedOnLine = false;
    ++m_line;
    m_column = 1;
    return {};
}

Status CsvReader::checkLimits()
{
    const int index = static_cast<int>(m_fields.size());
    if (m_tooManyFields)
        return std::unexpected(error(Tr::tr("Line %2 of %1 has more than %3 fields.")
                                         .arg(m_name)
                                         .arg(m_recordLine > 0 ? m_recordLine : m_line)
                                         .arg(m_limits.maxFields)));
    const auto inField = static_cast<qint64>(m_parser->p.entry_pos);
    if (inField > m_limits.maxFieldBytes) {
        const qint64 line = m_recordLine > 0 ? m_recordLine : m_line;
        QString message = Tr::tr("Line %2 of %1: %3 is longer than %4; a field may hold at most that much.")
                              .arg(m_name)
                              .arg(line)
                              .arg(columnName(index), QLocale().formattedDataSize(m_limits.maxFieldBytes, 0));
        if (m_parser->p.quoted && m_quoteLine > 0 && m_quoteLine < m_line)
            message += QLatin1Char(' ') +
                       Tr::tr("Perhaps the quote that opens it on line %1 lacks its closing quote.")
                           .arg(m_quoteLine);
        return std::unexpected(error(message));
    }
    if (m_recordBytes + inField > m_limits.maxRecordBytes)
        return std::unexpected(error(Tr::tr("Line %2 of %1: the row is longer than %3.")
                                         .arg(m_name)
                                         .arg(m_recordLine > 0 ? m_recordLine : m_line)
                                         .arg(QLocale().formattedDataSize(m_limits.maxRecordBytes, 0))));
    return {};
}

Status CsvReader::finish()
{
    if (m_utf8Pending > 0)
        return std::unexpected(error(Tr::tr("Line %2 of %1 is not UTF-8 text (byte %3). %4")
                                         .arg(m_name)
                                         .arg(m_line)
                                         .arg(m_utf8StartColumn)
                                         .arg(saveAsUtf8())));
    const qint64 quoteLine = (!m_quoteOpenAtLineStart || m_fieldEndedOnLine) ? m_line : m_quoteLine;
    if (m_broken) {
        m_broken->fields = QStringList{rawText(m_recordRaw)};
        m_ready.push_back(std::move(*m_broken));
        m_broken.reset();
        return {};
    }
    if (csv_fini(&m_parser->p, &Parser::field, &Parser::record, this) != 0) {
        if (csv_error(&m_parser->p) == CSV_EPARSE && m_recovering) {
            CsvRecord cut;
            cut.line = quoteLine;
            cut.problemField = static_cast<int>(m_fields.size());
            cut.problem = Tr::tr("a quoted field begins on line %1 and is never closed: the file ends inside "
                                 "it (cut off?)")
                              .arg(quoteLine);
            cut.fields = QStringList{rawText(m_recordRaw)};
            m_ready.push_back(std::move(cut));
            return {};
        }
        if (csv_error(&m_parser->p) == CSV_EPARSE)
            return std::unexpected(
                error(Tr::tr("Line %2 of %1: a quoted field begins here and is never closed. Add its closing "
                             "quote (\").")
                          .arg(m_name)
                          .arg(quoteLine)));
        return std::unexpected(
            Error::make(Error::Code::Io, Tr::tr("Not enough memory to read %1.").arg(m_name)));
    }
    return checkLimits();
}

} // namespace redress::core
