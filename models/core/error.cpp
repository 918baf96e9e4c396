// Names of error codes, for JSON output and developer logs.
#include "error.h"

namespace Gatehouse {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument:
        return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists:
        return QStringLiteral("already-exists");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Corrupt:
        return QStringLiteral("corrupt");
    case ErrorCode::ForeignFile:
        return QStringLiteral("foreign-file");
    case ErrorCode::NewerSchema:
        return QStringLiteral("newer-schema");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::Permission:
        return QStringLiteral("permission");
    case ErrorCode::Network:
        return QStringLiteral("network");
    case ErrorCode::Tls:
        return QStringLiteral("tls");
    case ErrorCode::Protocol:
        return QStringLiteral("protocol");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    }
    return QStringLiteral("unknown");
}

} // namespace Gatehouse
