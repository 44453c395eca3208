#pragma once

#include "core/Error.h"
#include "core/io/CsvReader.h"

#include <QIODevice>
#include <QString>
#include <QStringList>

#include <optional>

namespace redress::core {

/// Reads Zendesk's JSON ticket export (one ticket a line) as the rows of a
/// table, so that the importer maps, checks and writes them as it does CSV.
/// The columns are fixed (`columns()`): the ticket's id, dates, status,
/// priority, channel (`via.channel`), requester, organisation, assignee,
/// subject, its description and `customer_words`, the public comments the
/// requester wrote, in order, separated by a blank line. People and
/// organisations come as objects ({"name", "email"}) or, where the export
/// has only ids, as "requester_name"/"requester_email" fields.
class ZendeskReader
{
public:
    ZendeskReader(QIODevice& device, QString name);

    static QStringList columns();
    /// The columns as a record of line 0; the file has no header line.
    Result<CsvRecord> readHeader();
    /// The next ticket; a line that is not a JSON object is a record with a
    /// problem (see CsvRecord::problem), the rest read on.
    Result<std::optional<CsvRecord>> next();

    char separator() const { return ','; }
    bool hadByteOrderMark() const { return false; }
    qint64 bytesRead() const { return m_bytesRead; }
    /// Always reads on past a bad line; kept for the importer's one shape.
    void setRecovering(bool) {}

private:
    QIODevice& m_device;
    QString m_name;
    qint64 m_line = 0;
    qint64 m_bytesRead = 0;
};

} // namespace redress::core
