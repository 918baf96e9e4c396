// Test helpers for Result values: QVERIFY2 evaluates its message even when the check passes, so
// the message must never touch the error of a successful result.
#pragma once

#include "models/core/error.h"

#include <QByteArray>

template <typename T> QByteArray why(const Gatehouse::Result<T>& result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

// QVERIFY that a Result succeeded, printing its error message when it did not. The expression
// is evaluated once.
#define QVERIFY_RESULT(expression)                                                                 \
    do {                                                                                           \
        const auto& checkedResult_ = (expression);                                                 \
        QVERIFY2(bool(checkedResult_), why(checkedResult_).constData());                           \
    } while (false)
