// The resident memory of this process, for the tests and benchmarks that watch it for growth.
#pragma once

#include <QByteArray>
#include <QFile>

// VmRSS from /proc/self/status in KiB, or -1 where that cannot be read.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
