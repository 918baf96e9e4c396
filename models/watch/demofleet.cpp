// Starting and stopping the embedded demo fleet.
#include "demofleet.h"

#include "models/simulator/certificateauthority.h"
#include "models/simulator/fleetserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

namespace Gatehouse {

using namespace Qt::StringLiterals;

Result<std::unique_ptr<DemoFleet>> DemoFleet::start(const ScenarioOptions& options,
                                                    const Clock& clock)
{
    std::unique_ptr<DemoFleet> fleet(new DemoFleet);
    if (!fleet->m_dir.isValid())
        return fail(ErrorCode::Io,
                    QCoreApplication::translate("Gatehouse::DemoFleet",
                                                "Cannot create a temporary folder "
                                                "for the demo fleet's certificates."));
    auto scenario = FleetScenario::create(options);
    if (!scenario)
        return std::unexpected(scenario.error());
    fleet->m_scenario = std::move(*scenario);

    const auto ca = CertificateAuthority::create(u"Gatehouse demo fleet CA"_s, clock.now());
    if (!ca)
        return std::unexpected(ca.error());
    const auto leaf = ca->issueLoopbackServer(clock.now());
    if (!leaf)
        return std::unexpected(leaf.error());
    QFile caFile(fleet->caFile());
    if (!caFile.open(QIODevice::WriteOnly) || caFile.write(ca->certificatePem()) < 0)
        return fail(ErrorCode::Io, caFile.errorString());
    caFile.close();

    quint64 tokenBits[2] = {QRandomGenerator::system()->generate64(),
                            QRandomGenerator::system()->generate64()};
    fleet->m_token = QByteArray(reinterpret_cast<const char*>(tokenBits), sizeof tokenBits).toHex();

    FleetServerSettings settings;
    settings.certificate = leaf->certificate();
    settings.key = leaf->key();
    settings.bearerToken = fleet->m_token;
    settings.heartbeatMs = 2000;
    // The console never reads the requests a server records for tests, and a demo left running
    // for days would keep them all, about a kilobyte each, up to the server's bound.
    settings.maxRecordedRequests = 0;
    auto* server = new FleetServer(*fleet->m_scenario, clock, settings);
    server->moveToThread(&fleet->m_thread);
    QObject::connect(&fleet->m_thread, &QThread::finished, server, &QObject::deleteLater);
    fleet->m_server = server;
    fleet->m_thread.setObjectName(u"demo-fleet"_s);
    fleet->m_thread.start();

    Result<void> listening;
    QMetaObject::invokeMethod(
        server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
    if (!listening)
        return std::unexpected(listening.error());
    fleet->m_port = server->port();
    for (const EndpointDescription& endpoint : fleet->m_scenario->endpoints())
        fleet->m_endpointUrls << server->endpointUrl(endpoint.id);
    return fleet;
}

DemoFleet::~DemoFleet()
{
    m_thread.quit();
    m_thread.wait();
}

QString DemoFleet::caFile() const
{
    return m_dir.filePath(u"demo-ca.pem"_s);
}

QList<FeedSettings> DemoFleet::feedSettings() const
{
    QList<FeedSettings> result;
    const QList<EndpointDescription> endpoints = m_scenario->endpoints();
    for (qsizetype i = 0; i < endpoints.size(); ++i) {
        FeedSettings settings;
        settings.sourceId = endpoints.at(i).id;
        settings.client.baseUrl = m_endpointUrls.at(i);
        settings.client.caFile = caFile();
        settings.client.bearerToken = SecretBuffer::fromView(m_token);
        settings.expectedCadenceMs = 2000;
        settings.backoffSeed = quint32(i + 1);
        result << settings;
    }
    return result;
}

} // namespace Gatehouse
