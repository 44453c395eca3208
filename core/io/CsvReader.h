#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>

namespace redress::core {

/// One record of a CSV file.
struct CsvRecord
{
    qint64 line = 0; ///< the physical line the record starts on, from 1
    QStringList fields;
    /// Set only when reading on past bad records (CsvReader::setRecovering):
    /// why the record could not be read. `fields` then holds its raw text
    /// as one cell, and `problemField` the field it broke in (-1: unknown).
    QString problem;
    int problemField = -1;
};

/// Reads CSV one record at a time with Debian's libcsv, checking the bytes
/// on the way: UTF-8 only (a byte order mark is skipped), no binary data,
/// bounded fields. Memory stays at one record plus one block, however large
/// the file. Every error names the input and the line, so a person can find
/// the place in an editor.
///
/// The separator (comma, semicolon or tab) is taken from the header line.
/// Quoting follows RFC 4180 strictly: a stray quote stops the reader with
/// an error rather than letting one field swallow the rest of the file.
class CsvReader
{
public:
    struct Limits
    {
        /// A field longer than this is an error, found before more of it is read.
        qint64 maxFieldBytes = 1 << 20;
        /// All the fields of one record together.
        qint64 maxRecordBytes = 16 << 20;
        int maxFields = 1000;
    };

    /// `name` is how messages call the input, usually the file's name.
    /// The device must be open for reading; the reader does not own it.
    CsvReader(QIODevice& device, QString name);
    CsvReader(QIODevice& device, QString name, Limits limits);
    ~CsvReader();
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    /// The first record; call once, before next(). An empty input, binary
    /// data or another encoding is an error here.
    Result<CsvRecord> readHeader();
    /// The next record, or nullopt at the end of the input. After an error
    /// the reader stays failed.
    Result<std::optional<CsvRecord>> next();

    /// A stray quote, text after a closing quote, or a last record cut off
    /// inside quotes becomes a record with a problem, and reading goes on
    /// with the next line, instead of stopping the reader. Bad bytes and
    /// limits still stop it.
    void setRecovering(bool on) { m_recovering = on; }

    char separator() const { return m_separator; }
    bool hadByteOrderMark() const { return m_bom; }
    qint64 bytesRead() const { return m_bytesRead; }

private:
    struct Parser;

    Status fill();
    Status feedPiece(qsizetype length);
    Status checkBytes(const char* data, qsizetype length);
    Status checkLimits();
    Status finish();
    Error error(const QString& message) const;
    QString columnName(int index) const;

    QIODevice& m_device;
    QString m_name;
    Limits m_limits;
    std::unique_ptr<Parser> m_parser;

    QByteArray m_block;
    qsizetype m_pos = 0;
    qint64 m_bytesRead = 0;
    bool m_atEnd = false;
    bool m_started = false;
    bool m_finished = false;
    std::optional<Error> m_failed;

    char m_separator = ',';
    bool m_bom = false;
    QStringList m_header;

    // Where we are: physical line and byte within it, both from 1.
    qint64 m_line = 1;
    qint64 m_column = 1;
    bool m_lastWasCr = false;
    // UTF-8 sequence in progress across pieces.
    int m_utf8Pending = 0;
    unsigned char m_utf8Low = 0x80;
    unsigned char m_utf8High = 0xBF;
    qint64 m_utf8StartColumn = 0;

    // The record being built by libcsv's callbacks.
    qint64 m_recordLine = 0;
    QStringList m_fields;
    qint64 m_recordBytes = 0;
    bool m_tooManyFields = false;
    bool m_fieldEndedOnLine = false;
    bool m_quoteOpenAtLineStart = false;
    qint64 m_quoteLine = 0;
    std::deque<CsvRecord> m_ready;

    // Reading on past bad records: the raw text of the record being read,
    // and the bad one waiting for the end of its line.
    Status restartParser();
    bool m_recovering = false;
    QByteArray m_recordRaw;
    std::optional<CsvRecord> m_broken;
};

} // namespace redress::core
