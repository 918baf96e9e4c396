// The error value that every fallible operation in Gatehouse returns inside std::expected.
#pragma once

#include <QString>

#include <expected>

namespace Gatehouse {

// What kind of failure happened; callers branch on the code, users read the message.
enum class ErrorCode
{
    InvalidArgument,
    NotFound,
    AlreadyExists,
    Io,
    Corrupt,
    ForeignFile,
    NewerSchema,
    Database,
    Integrity,
    Permission,
    Network,
    Tls,
    Protocol,
    Crypto,
    Cancelled,
};

struct Error
{
    ErrorCode code;
    // One line naming the object and the cause, already translated, fit to show a user.
    QString message;

    static Error make(ErrorCode code, const QString& message) { return Error{code, message}; }
};

template <typename T> using Result = std::expected<T, Error>;

// Shorthand for the failing branch of a Result.
inline std::unexpected<Error> fail(ErrorCode code, const QString& message)
{
    return std::unexpected(Error{code, message});
}

QString errorCodeName(ErrorCode code);

} // namespace Gatehouse
