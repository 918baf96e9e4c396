// Everything a SourceFeed needs to know about one gateway or sandbox host besides the sink.
#pragma once

#include "models/feed/clientsettings.h"
#include "models/feed/ssestream.h"

#include <QString>

namespace Gatehouse {

struct FeedSettings
{
    // The id the sink files events under; empty: the "id" of the source's /v1/info.
    QString sourceId;
    ClientSettings client;
    // /v1/posture is fetched again this often.
    int postureIntervalMs = 30000;
    // How often the source promises a byte (event or heartbeat); stale after twice this, and the
    // stream is dropped and reopened after four times this.
    int expectedCadenceMs = 5000;
    int backoffInitialMs = 500;
    int backoffMaxMs = 30000;
    quint32 backoffSeed = 1;
    // Everything up to this sequence is already held (by the archive): resume after it.
    qint64 resumeAfter = 0;
    // A hole this many sequences below the newest event is declared a gap.
    int reorderWindow = 64;
    SseStream::Limits limits;
    // How often state, staleness and statistics are re-evaluated.
    int tickMs = 250;
};

} // namespace Gatehouse
