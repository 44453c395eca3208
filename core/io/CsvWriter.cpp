#include "core/io/CsvWriter.h"

#include <QIODevice>

#include <cstring>

namespace redress::core {

namespace {

constexpr char quoteChar = '"';
constexpr char neutraliser = '\'';

constexpr bool isTrigger(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}

// One code unit of either kind of text; every character CSV cares about
// is ASCII, so UTF-16 units and UTF-8 bytes compare alike.
constexpr char16_t unit(QChar c)
{
    return c.unicode();
}
constexpr char16_t unit(char c)
{
    return static_cast<unsigned char>(c);
}

template <typename View> bool dangerous(View text)
{
    qsizetype i = 0;
    while (i < text.size() && unit(text[i]) == u'\'')
        ++i;
    return i < text.size() && isTrigger(unit(text[i]));
}

bool mustQuote(QStringView text, char separator)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u == char16_t(separator) || u == u'"' || u == u'\r' || u == u'\n')
            return true;
    }
    return false;
}

bool mustQuote(QByteArrayView text, char separator)
{
    for (char c : text) {
        if (c == separator || c == quoteChar || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

/// Appends one field (no separator) to `out`: the neutralising quote, the
/// surrounding double quotes and doubled inner ones as needed. `encode`
/// copies a piece of the text into the buffer and returns the end.
template <typename View, typename Encode>
void appendField(QByteArray& out, View text, bool neutralise, bool quote, qsizetype maxBytes, Encode encode)
{
    const qsizetype start = out.size();
    out.resize(start + maxBytes);
    char* p = out.data() + start;
    if (quote)
        *p++ = quoteChar;
    if (neutralise)
        *p++ = neutraliser;
    if (quote) {
        // Each inner quote doubled; the text between them copied as it is.
        qsizetype from = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (unit(text[i]) == u'"') {
                p = encode(p, text.sliced(from, i + 1 - from));
                *p++ = quoteChar;
                from = i + 1;
            }
        }
        p = encode(p, text.sliced(from));
        *p++ = quoteChar;
    } else {
        p = encode(p, text);
    }
    out.resize(p - out.constData());
}

/// The most bytes a field can take: up to three UTF-8 bytes per UTF-16
/// unit (a quote, one unit, becomes two), or two per byte of UTF-8 text (a
/// doubled quote), plus the surrounding quotes and the neutraliser.
constexpr qsizetype worstCase(qsizetype units, qsizetype bytesPerUnit)
{
    return units * bytesPerUnit + 3;
}

void appendText(QByteArray& out, QStringView text, char separator, QStringEncoder& encoder)
{
    appendField(out, text, dangerous(text), mustQuote(text, separator), worstCase(text.size(), 3),
                [&encoder](char* p, QStringView piece) { return encoder.appendToBuffer(p, piece); });
}

void appendUtf8(QByteArray& out, QByteArrayView text, char separator)
{
    appendField(out, text, dangerous(text), mustQuote(text, separator), worstCase(text.size(), 2),
                [](char* p, QByteArrayView piece) {
                    if (!piece.isEmpty())
                        std::memcpy(p, piece.data(), piece.size());
                    return p + piece.size();
                });
}

} // namespace

CsvWriter::CsvWriter(QIODevice& device, QChar separator, qsizetype bufferBytes)
    : m_device(device), m_separator(separator.toLatin1()), m_capacity(std::max<qsizetype>(bufferBytes, 1024)),
      m_encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless)
{
    m_buffer.reserve(m_capacity);
}

CsvWriter::~CsvWriter()
{
    flush();
}

void CsvWriter::makeRoom(qsizetype bytes)
{
    // One more for the separator. A field larger than the whole buffer
    // simply grows it for that field.
    if (m_buffer.size() + bytes + 1 > m_capacity && !m_buffer.isEmpty())
        flush();
    if (!m_atRecordStart)
        m_buffer.append(m_separator);
    m_atRecordStart = false;
}

void CsvWriter::writeByteOrderMark()
{
    m_buffer.append("\xEF\xBB\xBF");
}

void CsvWriter::addField(QStringView text)
{
    makeRoom(worstCase(text.size(), 3));
    appendText(m_buffer, text, m_separator, m_encoder);
}

void CsvWriter::addField(QByteArrayView utf8)
{
    makeRoom(worstCase(utf8.size(), 2));
    appendUtf8(m_buffer, utf8, m_separator);
}

void CsvWriter::addPlainField(QByteArrayView ascii)
{
    makeRoom(ascii.size());
    m_buffer.append(ascii.data(), ascii.size());
}

void CsvWriter::endRecord()
{
    if (m_buffer.size() + 2 > m_capacity)
        flush();
    m_buffer.append("\r\n", 2);
    m_atRecordStart = true;
}

void CsvWriter::writeRecord(const QStringList& fields)
{
    for (const QString& field : fields)
        addField(QStringView(field));
    endRecord();
}

bool CsvWriter::flush()
{
    if (m_failed) {
        m_buffer.resize(0);
        return false;
    }
    if (m_buffer.isEmpty())
        return true;
    const qint64 written = m_device.write(m_buffer.constData(), m_buffer.size());
    if (written != m_buffer.size()) {
        m_failed = true;
        m_error = m_device.errorString();
    }
    m_flushed += m_buffer.size();
    // Keeps the allocation: the buffer is reused for the next batch.
    m_buffer.resize(0);
    return !m_failed;
}

bool needsNeutralising(QStringView text)
{
    return dangerous(text);
}

bool needsNeutralising(QByteArrayView utf8)
{
    return dangerous(utf8);
}

QString neutralisedCell(const QString& text)
{
    return dangerous(QStringView(text)) ? QString(QLatin1Char(neutraliser) + text) : text;
}

QString restoredCell(const QString& cell)
{
    // One or more quotes, then a trigger: exactly what neutralisedCell()
    // produces and nothing it leaves alone.
    if (cell.startsWith(QLatin1Char(neutraliser)) && dangerous(QStringView(cell)))
        return cell.mid(1);
    return cell;
}

QByteArray csvRecord(const QStringList& fields, QChar separator)
{
    QByteArray out;
    QStringEncoder encoder(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const char sep = separator.toLatin1();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out.append(sep);
        appendText(out, QStringView(fields[i]), sep, encoder);
    }
    out.append("\r\n", 2);
    return out;
}

} // namespace redress::core
