#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QChar>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

class QIODevice;

namespace redress::core {

/// CSV as RFC 4180 writes it, in UTF-8, safe to open in a spreadsheet.
///
/// - A field holding the separator, a double quote, CR or LF is put in
///   double quotes, its quotes doubled. Nothing else is quoted.
/// - Records end with CRLF, as RFC 4180 says: spreadsheet programs expect
///   it, and a bare LF inside a quoted field then stays visibly part of the
///   text rather than a record end.
/// - Spreadsheet safety (the OWASP advice against formula injection): a
///   cell whose text begins with `=`, `+`, `-`, `@`, a tab or a carriage
///   return, possibly after some single quotes, gets one more single quote
///   in front (`=1+2` is written `'=1+2`). Spreadsheets show it as text and
///   evaluate nothing; people can still read it.
///
/// The contract with the reader (CaseImporter uses restoredCell()): a
/// cell that begins with one or more `'` followed by one of those six
/// characters loses exactly one leading `'`. Together the two rules give
/// back every original text, including one that itself began with `'=`.
/// Harmless text such as `'quoted'` or `2-3` is written and read unchanged.
class CsvWriter
{
public:
    /// Writes to `device` (open for writing) through a buffer of about
    /// `bufferBytes`; nothing reaches the device before flush() or a full
    /// buffer. The separator is an ASCII character other than the double
    /// quote, CR and LF (CaseExporter::validate checks a person's choice).
    explicit CsvWriter(QIODevice& device, QChar separator = QLatin1Char(','),
                       qsizetype bufferBytes = 1 << 18);
    /// Flushes what is left; a failure then goes unreported, so call
    /// flush() where it matters.
    ~CsvWriter();
    CsvWriter(const CsvWriter&) = delete;
    CsvWriter& operator=(const CsvWriter&) = delete;

    /// The UTF-8 byte order mark; some spreadsheet programs need it to
    /// read the file as UTF-8. Call first, if at all.
    void writeByteOrderMark();

    /// One field of the current record: quoted when it must be, neutralised
    /// when it could be evaluated.
    void addField(QStringView text);
    /// The same for text already in UTF-8 (straight from SQLite, say).
    void addField(QByteArrayView utf8);
    /// A field known to need neither quoting nor neutralising: digits, a
    /// date, a decimal amount. Written as it is.
    void addPlainField(QByteArrayView ascii);
    /// Ends the record (CRLF). A record of no fields is an empty line.
    void endRecord();
    /// addField() for each, then endRecord().
    void writeRecord(const QStringList& fields);

    /// Hands the buffer to the device; false when the device refused, and
    /// then errorString() says why. After an error nothing more is written.
    bool flush();
    bool hasError() const { return m_failed; }
    QString errorString() const { return m_error; }
    /// Bytes handed to the device or waiting in the buffer.
    qint64 bytesWritten() const { return m_flushed + m_buffer.size(); }

private:
    /// Room for `bytes` more in the buffer, flushing it first when full.
    void makeRoom(qsizetype bytes);

    QIODevice& m_device;
    char m_separator;
    qsizetype m_capacity;
    QByteArray m_buffer;
    QStringEncoder m_encoder;
    qint64 m_flushed = 0;
    bool m_atRecordStart = true;
    bool m_failed = false;
    QString m_error;
};

/// Whether a spreadsheet could take `text` for a formula or a control
/// character: `'`* followed by = + - @ TAB or CR (see CsvWriter).
bool needsNeutralising(QStringView text);
bool needsNeutralising(QByteArrayView utf8);
/// `text` as CsvWriter puts it in a cell (before quoting).
QString neutralisedCell(const QString& text);
/// The reader's side of the contract: the text before neutralisedCell().
QString restoredCell(const QString& cell);

/// One whole record, quoted and neutralised, CRLF at the end; for small
/// files such as an import's rejected rows.
QByteArray csvRecord(const QStringList& fields, QChar separator = QLatin1Char(','));

} // namespace redress::core
