// How long Gatehouse itself takes to enumerate and analyse a server with 500 tools, beyond the
// time spent waiting for the server. Run: bench_inventory [TOOLS] [RUNS].
#include "models/inventory/serveranalysis.h"
#include "models/inventory/serverenumerator.h"
#include "models/inventory/stdiotransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

struct Sample
{
    double totalMs = 0;
    double serverMs = 0;
    double analyseMs = 0;
    qsizetype tokens = 0;
    int findings = 0;
};

Sample runOnce(int tools)
{
    StdioServerCommand command;
    command.program = u"node"_s;
    command.arguments = {QStringLiteral(GATEHOUSE_SOURCE_DIR)
                             + u"/tests/inventory/fake-mcp-server.mjs"_s,
                         u"many"_s, QString::number(tools), u"100"_s};
    StdioTransport transport(command);
    QElapsedTimer clock;
    clock.start();
    auto inventory = ServerEnumerator(transport, {}).run();
    QElapsedTimer analysing;
    analysing.start();
    const ServerAnalysis analysis =
        inventory ? ServerAnalysis::analyse(*inventory) : ServerAnalysis{};
    Sample sample;
    sample.analyseMs = double(analysing.nsecsElapsed()) / 1e6;
    sample.totalMs = double(clock.nsecsElapsed()) / 1e6;
    if (!inventory) {
        QTextStream(stderr) << inventory.error().message << '\n';
        return sample;
    }
    sample.serverMs = double(inventory->serverWaitMilliseconds);
    sample.tokens = analysis.tokenEstimate;
    sample.findings = analysis.findingCount();
    return sample;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int tools = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 500;
    const int runs = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 5;
    std::vector<double> own, total, server, analyse;
    Sample last;
    for (int i = 0; i < runs; ++i) {
        last = runOnce(tools);
        total.push_back(last.totalMs);
        server.push_back(last.serverMs);
        analyse.push_back(last.analyseMs);
        own.push_back(last.totalMs - last.serverMs);
    }
    QTextStream out(stdout);
    out << "tools " << tools << ", runs " << runs << ", medians:\n"
        << "  total enumerate+analyse   " << median(total) << " ms\n"
        << "  waiting for the server    " << median(server) << " ms\n"
        << "  Gatehouse's own time      " << median(own) << " ms (target < 1000 ms)\n"
        << "  of which analysis         " << median(analyse) << " ms\n"
        << "  definitions, token est.   " << last.tokens << "\n"
        << "  findings                  " << last.findings << "\n";
    return median(own) < 1000 ? 0 : 1;
}
