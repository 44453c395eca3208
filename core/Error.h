#pragma once

#include <QString>

#include <expected>

namespace redress::core {

/// A failure that crosses the core boundary as a value. `message` is for
/// people (already translated); `detail` is for the log (driver text, SQL).
struct Error
{
    enum class Code
    {
        InvalidInput, ///< a value a person typed or a file supplied is not acceptable
        NotFound,     ///< the record asked for does not exist
        IllegalTransition,
        Conflict,       ///< someone else changed the record first
        NotRedressFile, ///< the file is SQLite but not ours, or not SQLite at all
        NewerSchema,    ///< written by a newer Redress
        Corrupt,
        Io,          ///< the file system refused
        Database,    ///< the database engine refused
        Unavailable, ///< the database server cannot be reached or refused the login
        Cancelled,
    };

    Code code = Code::Database;
    QString message;
    QString detail;
    /// For InvalidInput: the stored name of the field at fault, so a form can
    /// put the message next to it.
    QString field;

    static Error make(Code code, QString message, QString detail = {})
    {
        return Error{code, std::move(message), std::move(detail), {}};
    }
    /// The message and, when there is one, the detail, for a log or stderr.
    QString toString() const
    {
        return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')');
    }
};

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Code code, QString message, QString detail = {})
{
    return std::unexpected(Error::make(code, std::move(message), std::move(detail)));
}

/// An InvalidInput error about one field.
inline std::unexpected<Error> invalid(QString field, QString message)
{
    Error e = Error::make(Error::Code::InvalidInput, std::move(message));
    e.field = std::move(field);
    return std::unexpected(std::move(e));
}

} // namespace redress::core
