#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <expected>

namespace redress::core {

/// Reads the dates of an imported file. ISO 8601 and the export's own
/// "yyyy-MM-dd HH:mm" always work; then the Qt date-time formats a profile
/// names, tried in order; without any, the forms other systems write
/// (27-04-2023, 04/27/2023 3:05 PM, 11/Oct/17 6:55 AM, Twitter's
/// "Wed Oct 11 06:55:44 +0000 2017", RFC 2822). A numeric date that reads
/// two ways (01/02/2023) is refused, naming both readings, rather than
/// guessed. Dates without an offset are local time; results are in UTC.
class ImportDates
{
public:
    explicit ImportDates(QStringList formats = {});

    /// The instant, or for people why the text is not one.
    std::expected<QDateTime, QString> parse(const QString& text) const;

    const QStringList& formats() const { return m_formats; }

private:
    std::expected<QDateTime, QString> guess(const QString& text) const;

    QStringList m_formats;
};

} // namespace redress::core
