// The memory of this process, for the tests and benchmarks that watch it for growth.
#pragma once

#include <QByteArray>
#include <QFile>

#include <malloc.h>

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

// The bytes malloc has handed out and not yet been given back, over all its arenas. Unlike the
// resident size it moves with each allocation, so it shows a few kilobytes held per request.
inline qint64 heapInUseBytes()
{
    return qint64(mallinfo2().uordblks);
}
