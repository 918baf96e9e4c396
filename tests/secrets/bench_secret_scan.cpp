// Throughput of the secret scanner on typical sandbox log text: timestamped lines with the
// words that trigger the keyword filter (key, token, auth, api, access, secret) and one secret
// every ~100 KB. Prints MB/s of UTF-8 input on one core, scanning event-sized snippets and whole
// texts, best of five runs.
#include "models/secrets/secretscanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QStringList>

#include <cstdio>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

QString logText(qint64 targetBytes)
{
    static const QStringList lines = {
        u"2026-12-01T09:%1:%2.%3Z INFO  worker-%4 processed %5 items in 3.%6 s (queue=support)\n"_s,
        u"2026-12-01T09:%1:%2.%3Z DEBUG http GET /api/v2/tickets?page=%4 -> 200 in %5 ms (%6)\n"_s,
        u"2026-12-01T09:%1:%2.%3Z INFO  auth ok for user-%4, session refreshed, cache key %5/%6\n"_s,
        u"2026-12-01T09:%1:%2.%3Z WARN  token refresh scheduled in %4 s; access log rotated %5 %6\n"_s,
        u"2026-12-01T09:%1:%2.%3Z INFO  wrote /work/out/result-%4.json (%5 bytes, sha %6)\n"_s,
        u"2026-12-01T09:%1:%2.%3Z ERROR retrying secret store lookup %4 after %5 ms: timeout %6\n"_s,
    };
    QString text;
    text.reserve(targetBytes);
    quint32 state = 12345;
    qint64 nextSecret = 100 * 1024;
    for (int i = 0; text.size() < targetBytes; ++i) {
        state = state * 1664525u + 1013904223u;
        text += lines[int(state % lines.size())]
                    .arg(i / 60 % 60, 2, 10, QChar(u'0'))
                    .arg(i % 60, 2, 10, QChar(u'0'))
                    .arg(i % 1000, 3, 10, QChar(u'0'))
                    .arg(state % 97)
                    .arg(state % 5000)
                    .arg(state >> 20, 0, 16);
        if (text.size() > nextSecret) {
            text += u"debug: cloning with ghp_%1\n"_s.arg(
                QString::number(quint64(state) * 0x9e3779b97f4a7c15ULL, 36).repeated(3).left(36));
            nextSecret += 100 * 1024;
        }
    }
    return text;
}

double megabytesPerSecond(qint64 bytes, qint64 nanoseconds)
{
    return double(bytes) / 1e6 / (double(nanoseconds) / 1e9);
}

double bestRun(const std::function<qint64()>& run, qint64 bytes, qint64* findings)
{
    double best = 0;
    for (int r = 0; r < 5; ++r) {
        QElapsedTimer timer;
        timer.start();
        *findings = run();
        best = qMax(best, megabytesPerSecond(bytes, timer.nsecsElapsed()));
    }
    return best;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 target = qEnvironmentVariableIntValue("BENCH_MB") > 0
                              ? qEnvironmentVariableIntValue("BENCH_MB") * 1000LL * 1000
                              : 64LL * 1000 * 1000;
    const QString text = logText(target);
    const qint64 bytes = text.toUtf8().size();
    const SecretScanner scanner("bench key");

    QList<QStringView> snippets;
    for (qsizetype at = 0; at < text.size(); at += 4096)
        snippets.append(QStringView(text).mid(at, 4096));

    qint64 findings = 0;
    const double whole =
        bestRun([&] { return qint64(scanner.scan(text).size()); }, bytes, &findings);
    std::printf("bench_secret_scan: %.1f MB of log text, %d rules, %lld findings\n",
                double(bytes) / 1e6, int(scanner.rules().size()), findings);
    std::printf("  whole text:        %.0f MB/s\n", whole);
    const double pieces = bestRun(
        [&] {
            qint64 n = 0;
            for (const QStringView s : snippets)
                n += scanner.scan(s).size();
            return n;
        },
        bytes, &findings);
    std::printf("  4 KB snippets:     %.0f MB/s (%lld findings)\n", pieces, findings);
    QString copy;
    const double redact = bestRun(
        [&] {
            copy = text;
            return qint64(scanner.redact(copy));
        },
        bytes, &findings);
    std::printf("  redact whole text: %.0f MB/s (%lld redacted)\n", redact, findings);
    return 0;
}
