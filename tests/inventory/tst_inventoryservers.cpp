// The inventory against real MCP servers from the npm registry (installed by the test fixture)
// and against small misbehaving servers written for these tests: classification, poisoning,
// pins, the allow-list as the server sees it, and every way a server can fail.
#include "models/core/clock.h"
#include "models/inventory/httptransport.h"
#include "models/inventory/inventorytarget.h"
#include "models/inventory/jsonrpcclient.h"
#include "models/inventory/serveranalysis.h"
#include "models/inventory/serverenumerator.h"
#include "models/inventory/stdiotransport.h"
#include "models/inventory/toolpinstore.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

QString serverBinary(const QString& name)
{
    return QStringLiteral(GATEHOUSE_BINARY_DIR) + u"/mcp-servers/node_modules/.bin/"_s + name;
}

StdioServerCommand fakeServer(const QStringList& arguments)
{
    StdioServerCommand command;
    command.program = u"node"_s;
    command.arguments = QStringList{QStringLiteral(GATEHOUSE_SOURCE_DIR)
                                    + u"/tests/inventory/fake-mcp-server.mjs"_s}
                        + arguments;
    return command;
}

EnumerationOptions quick(int timeoutMs = 20000)
{
    EnumerationOptions options;
    options.timeoutMs = timeoutMs;
    options.discoveryTimeoutMs = std::min(timeoutMs, 5000);
    return options;
}

Result<ServerInventory> enumerate(const StdioServerCommand& command,
                                  EnumerationOptions options = quick())
{
    StdioTransport transport(command);
    return ServerEnumerator(transport, options).run();
}

QStringList toolNames(const ServerInventory& inventory)
{
    QStringList names;
    for (const QJsonObject& tool : inventory.tools)
        names.append(tool.value(u"name"_s).toString());
    names.sort();
    return names;
}

QSet<QString> codesOf(const ToolAnalysis& tool)
{
    QSet<QString> codes;
    for (const Finding& finding : tool.findings)
        codes.insert(finding.code
                     + (finding.field.endsWith(u"(hidden)"_s) ? u"(hidden)"_s : u""_s));
    return codes;
}

bool processGone(qint64 pid)
{
    return pid > 0 && !QFileInfo::exists(u"/proc/%1"_s.arg(pid));
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool accepts(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

class TestInventoryServers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void filesystem_data();
    void filesystem();
    void memory();
    void everythingStdio();
    void everythingStreamableHttp();
    void modernServer();
    void httpModernJson();
    void httpNeedsToken();
    void httpLegacySession();
    void httpRedirectToOtherOrigin();
    void modernOnlyRefusesInitialize();
    void poisonedServer_data();
    void poisonedServer();
    void pinDiffBetweenRuns();
    void onlyAllowedMethodsLeaveTheProcess();
    void cleanEnvironment();
    void hangingServer();
    void exitingServer();
    void garbageServer();
    void floodingServer();
    void loopingCursor();
    void tooManyItems();
    void missingProgram();
    void unreachableUrl();

private:
    QUrl fakeHttpUrl(const QString& path) const;

    QProcess m_httpServer;
    quint16 m_httpPort = 0;
    ServerAnalysis m_filesystem;
    QStringList m_everythingTools;
    QTemporaryDir m_dir;
};

void TestInventoryServers::initTestCase()
{
    QVERIFY2(QFileInfo::exists(serverBinary(u"mcp-server-filesystem"_s)),
             "the MCP servers are missing; run the inventory_install_mcp_servers test first");
    QVERIFY(m_dir.isValid());
    StdioServerCommand command;
    command.program = serverBinary(u"mcp-server-filesystem"_s);
    command.arguments = {m_dir.path()};
    auto inventory = enumerate(command);
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    QCOMPARE(inventory->era, ProtocolEra::Legacy);
    QCOMPARE(inventory->protocolVersion, u"2025-11-25"_s);
    m_filesystem = ServerAnalysis::analyse(*inventory);

    const QString portFile = m_dir.filePath(u"http-port"_s);
    const StdioServerCommand http = fakeServer({u"http"_s, portFile});
    m_httpServer.setProcessChannelMode(QProcess::ForwardedChannels);
    m_httpServer.start(http.program, http.arguments);
    QVERIFY(m_httpServer.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(portFile).size() > 0, 20000);
    QFile file(portFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_httpPort = quint16(file.readAll().toUInt());
    QVERIFY(m_httpPort != 0);
}

void TestInventoryServers::cleanupTestCase()
{
    m_httpServer.kill();
    m_httpServer.waitForFinished();
}

QUrl TestInventoryServers::fakeHttpUrl(const QString& path) const
{
    return QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_httpPort).arg(path));
}

void TestInventoryServers::filesystem_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("toolClass");
    for (const char* name : {"write_file", "edit_file", "move_file"})
        QTest::newRow(name) << QString::fromLatin1(name) << u"destructive"_s;
    QTest::newRow("create_directory") << u"create_directory"_s << u"write"_s;
    for (const char* name :
         {"read_file", "read_text_file", "read_media_file", "read_multiple_files", "list_directory",
          "list_directory_with_sizes", "directory_tree", "search_files", "get_file_info",
          "list_allowed_directories"})
        QTest::newRow(name) << QString::fromLatin1(name) << u"read"_s;
}

void TestInventoryServers::filesystem()
{
    QFETCH(QString, tool);
    QFETCH(QString, toolClass);
    QCOMPARE(m_filesystem.tools.size(), 14); // every tool the server has is listed
    const ToolAnalysis* analysis = m_filesystem.tool(tool);
    QVERIFY2(analysis, qPrintable(tool));
    QCOMPARE(toolClassName(analysis->toolClass()), toolClass);
    QVERIFY(!analysis->classification.openWorld);
    for (const Finding& finding : analysis->findings)
        QVERIFY2(finding.severity < FindingSeverity::Medium, qPrintable(finding.message));
}

void TestInventoryServers::memory()
{
    StdioServerCommand command;
    command.program = serverBinary(u"mcp-server-memory"_s);
    command.environment = {u"MEMORY_FILE_PATH="_s + m_dir.filePath(u"memory.jsonl"_s)};
    auto inventory = enumerate(command);
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    const ServerAnalysis analysis = ServerAnalysis::analyse(*inventory);
    QCOMPARE(analysis.tools.size(), 9);
    for (const char* name : {"delete_entities", "delete_observations", "delete_relations"})
        QCOMPARE(analysis.tool(QString::fromLatin1(name))->toolClass(), ToolClass::Destructive);
    for (const char* name : {"create_entities", "create_relations", "add_observations"})
        QCOMPARE(analysis.tool(QString::fromLatin1(name))->toolClass(), ToolClass::Write);
    for (const char* name : {"read_graph", "search_nodes", "open_nodes"})
        QCOMPARE(analysis.tool(QString::fromLatin1(name))->toolClass(), ToolClass::Read);
    QCOMPARE(analysis.writeCapableTools(), 6);
    QCOMPARE(inventory->resources.size(), qsizetype(1));
}

void TestInventoryServers::everythingStdio()
{
    StdioServerCommand command;
    command.program = serverBinary(u"mcp-server-everything"_s);
    command.arguments = {u"stdio"_s};
    auto inventory = enumerate(command);
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    QCOMPARE(inventory->serverName(), u"mcp-servers/everything"_s);
    QCOMPARE(inventory->tools.size(), 13); // empty client capabilities hide the other six
    QVERIFY(!inventory->prompts.isEmpty());
    QVERIFY(!inventory->resourceTemplates.isEmpty());
    const ServerAnalysis analysis = ServerAnalysis::analyse(*inventory);
    QCOMPARE(analysis.tool(u"toggle-simulated-logging"_s)->toolClass(), ToolClass::Write);
    QCOMPARE(analysis.tool(u"echo"_s)->toolClass(), ToolClass::Read);
    QVERIFY(codesOf(*analysis.tool(u"get-env"_s)).contains(u"sensitive-reference"_s));
    QVERIFY(analysis.tokenEstimate > 1000);
    m_everythingTools = toolNames(*inventory);
}

void TestInventoryServers::everythingStreamableHttp()
{
    const quint16 port = freeLoopbackPort();
    QVERIFY(port != 0);
    QProcess server;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PORT"_s, QString::number(port));
    server.setProcessEnvironment(environment);
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(serverBinary(u"mcp-server-everything"_s), {u"streamableHttp"_s});
    QVERIFY(server.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(accepts(port), 30000);

    const QUrl url(u"http://127.0.0.1:%1/mcp"_s.arg(port));
    HttpTransport transport(url, {});
    auto inventory = ServerEnumerator(transport, quick()).run();
    server.terminate();
    server.waitForFinished();
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    QCOMPARE(inventory->transport, u"streamable-http"_s);
    QCOMPARE(inventory->era, ProtocolEra::Legacy);
    QCOMPARE(inventory->protocolVersion, u"2025-11-25"_s);
    QCOMPARE(inventory->serverName(), u"mcp-servers/everything"_s);
    QCOMPARE(inventory->tools.size(), 13);
    if (!m_everythingTools.isEmpty())
        QCOMPARE(toolNames(*inventory), m_everythingTools);
}

void TestInventoryServers::modernServer()
{
    auto inventory = enumerate(fakeServer({u"modern"_s}));
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    QCOMPARE(inventory->era, ProtocolEra::Modern);
    QCOMPARE(inventory->protocolVersion, u"2026-07-28"_s);
    QCOMPARE(inventory->serverName(), u"fake-modern"_s);
    QCOMPARE(inventory->tools.size(), 3);
    QCOMPARE(inventory->prompts.size(), 1);
}

void TestInventoryServers::httpModernJson()
{
    HttpTransport transport(fakeHttpUrl(u"/mcp"_s), u"test-token"_s);
    auto inventory = ServerEnumerator(transport, quick()).run();
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    QCOMPARE(inventory->era, ProtocolEra::Modern);
    QCOMPARE(inventory->protocolVersion, u"2026-07-28"_s);
    QCOMPARE(inventory->tools.size(), 3); // the server checked both version headers each time
    QCOMPARE(inventory->prompts.size(), 1);
}

void TestInventoryServers::httpNeedsToken()
{
    HttpTransport transport(fakeHttpUrl(u"/mcp"_s), u"wrong"_s);
    auto inventory = ServerEnumerator(transport, quick()).run();
    QVERIFY(!inventory);
    QCOMPARE(inventory.error().code, ErrorCode::Permission);
    QVERIFY(inventory.error().message.contains(u"bearer token"_s));
    QVERIFY(!inventory.error().message.contains(u"wrong"_s));
}

void TestInventoryServers::httpLegacySession()
{
    HttpTransport transport(fakeHttpUrl(u"/legacy"_s), {});
    auto inventory = ServerEnumerator(transport, quick()).run();
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    QCOMPARE(inventory->era, ProtocolEra::Legacy);
    QCOMPARE(inventory->serverName(), u"fake-http-legacy"_s);
    QCOMPARE(inventory->tools.size(), 6); // only served with the session id and version header
}

void TestInventoryServers::httpRedirectToOtherOrigin()
{
    HttpTransport transport(fakeHttpUrl(u"/redirect"_s), u"test-token"_s);
    auto inventory = ServerEnumerator(transport, quick()).run();
    QVERIFY(!inventory);
    QVERIFY2(inventory.error().message.contains(u"another origin"_s),
             qPrintable(inventory.error().message));
}

void TestInventoryServers::modernOnlyRefusesInitialize()
{
    EnumerationOptions options = quick();
    options.era = EnumerationOptions::Era::Legacy;
    auto inventory = enumerate(fakeServer({u"modern"_s}), options);
    QVERIFY(!inventory);
    QCOMPARE(inventory.error().code, ErrorCode::Protocol);
    QVERIFY2(inventory.error().message.contains(u"initialize"_s),
             qPrintable(inventory.error().message));
}

void TestInventoryServers::poisonedServer_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QString>("toolClass");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("hidden tag characters")
        << u"get_weather"_s << u"read"_s
        << QStringList{u"hidden-tag-text"_s, u"model-instruction(hidden)"_s,
                       u"sensitive-path(hidden)"_s};
    QTest::newRow("IMPORTANT block")
        << u"add_numbers"_s << u"read"_s
        << QStringList{u"pseudo-tag"_s, u"model-instruction"_s, u"sensitive-path"_s};
    QTest::newRow("delete annotated read-only")
        << u"delete_records"_s << u"destructive"_s << QStringList{u"annotation-contradiction"_s};
    QTest::newRow("terminal escapes and bidi")
        << u"fetch_page"_s << u"read"_s
        << QStringList{u"ansi-escape"_s, u"bidi-control"_s, u"invisible-unicode"_s};
    QTest::newRow("blob and secrets")
        << u"send_report"_s << u"write"_s << QStringList{u"encoded-blob"_s, u"secret"_s};
    QTest::newRow("clean") << u"list_notes"_s << u"read"_s << QStringList{};
}

void TestInventoryServers::poisonedServer()
{
    QFETCH(QString, tool);
    QFETCH(QString, toolClass);
    QFETCH(QStringList, codes);
    auto inventory = enumerate(fakeServer({u"poisoned"_s, u"a"_s}));
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    const ServerAnalysis analysis = ServerAnalysis::analyse(*inventory);
    const ToolAnalysis* found = analysis.tool(tool);
    QVERIFY(found);
    QCOMPARE(toolClassName(found->toolClass()), toolClass);
    const QSet<QString> actual = codesOf(*found);
    for (const QString& code : codes)
        QVERIFY2(actual.contains(code),
                 qPrintable(QStringList(actual.begin(), actual.end()).join(u',')));
    if (codes.isEmpty())
        QVERIFY(found->findings.isEmpty());
    for (const Finding& finding : found->findings) {
        QVERIFY(!finding.message.contains(u"AKIAIOSFODNN7EXAMPLE"_s)); // secrets never shown
        QVERIFY(!finding.message.contains(u"ghp_a1B2"_s));
    }
}

void TestInventoryServers::pinDiffBetweenRuns()
{
    ManualClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC));
    auto workspace = Workspace::open(m_dir.filePath(u"pins.ghws"_s),
                                     Workspace::OpenMode::CreateIfMissing, clock);
    QVERIFY(workspace);
    ToolPinStore store(**workspace);

    // The variant travels in the environment, so both runs have one command line: one server.
    StdioServerCommand command = fakeServer({u"poisoned"_s});
    auto first = enumerate(command);
    QVERIFY(first);
    QVERIFY(store.pin(*first, ServerAnalysis::analyse(*first), u"tester"_s));

    command.environment = {u"POISON_VARIANT=b"_s};
    auto second = enumerate(command);
    QVERIFY(second);
    auto diff = store.diff(*second, ServerAnalysis::analyse(*second));
    QVERIFY(diff);
    QVERIFY(diff->hasPin);
    QCOMPARE(diff->changed, QStringList{u"list_notes"_s});
    QCOMPARE(diff->added, QStringList{u"export_all"_s});
    QVERIFY(diff->removed.isEmpty());
    QCOMPARE((*workspace)->audit().head()->action, u"inventory.pin"_s);
}

void TestInventoryServers::onlyAllowedMethodsLeaveTheProcess()
{
    const QString log = m_dir.filePath(u"methods.log"_s);
    auto inventory = enumerate(fakeServer({u"recording"_s, log}));
    QVERIFY2(inventory, inventory ? "" : qPrintable(inventory.error().message));
    QCOMPARE(inventory->tools.size(), 6); // three pages of two

    StdioTransport transport(fakeServer({u"recording"_s, log}));
    QVERIFY(transport.start());
    JsonRpcClient client(transport);
    const auto call = client.request(u"tools/call"_s, {{u"name"_s, u"delete_records"_s}}, 2000);
    QVERIFY(!call);
    QCOMPARE(call.error().code, ErrorCode::Permission);
    QVERIFY(client.request(u"ping"_s, {}, 5000)); // the server got this, so it would have got that
    transport.stop();

    QFile file(log);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList received = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(received.contains(u"initialize"_s));
    QCOMPARE(received.count(u"tools/list"_s), 3);
    QCOMPARE(received.last(), u"ping"_s);
    for (const QString& method : received)
        QVERIFY2(JsonRpcClient::isAllowed(method), qPrintable(method));
}

void TestInventoryServers::cleanEnvironment()
{
    // The server-everything get-env tool would show the environment; instead, check what the
    // child sees through a shell that prints it as a JSON-RPC error line.
    qputenv("GATEHOUSE_TEST_SECRET", "do-not-leak");
    qputenv("GATEHOUSE_TEST_NAMED", "wanted");
    StdioServerCommand command;
    command.program = u"sh"_s;
    command.arguments = {u"-c"_s,
                         u"read line; printf '{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":"
                         "{\"code\":1,\"message\":\"%s\"}}\\n' \"$(env | sort | cut -d= -f1 "
                         "| tr '\\n' ' ')\"; sleep 5"_s};
    command.environment = {u"GATEHOUSE_TEST_NAMED"_s, u"EXTRA=1"_s};
    StdioTransport transport(command);
    QVERIFY(transport.start());
    JsonRpcClient client(transport);
    auto reply = client.request(u"ping"_s, {}, 5000);
    transport.stop();
    QVERIFY2(reply, reply ? "" : qPrintable(reply.error().message));
    const QStringList names = reply->errorMessage.split(u' ', Qt::SkipEmptyParts);
    QVERIFY(names.contains(u"PATH"_s));
    QVERIFY(names.contains(u"GATEHOUSE_TEST_NAMED"_s));
    QVERIFY(names.contains(u"EXTRA"_s));
    QVERIFY(!names.contains(u"GATEHOUSE_TEST_SECRET"_s));
    QVERIFY(processGone(transport.processId()));
}

void TestInventoryServers::hangingServer()
{
    StdioTransport transport(fakeServer({u"hang"_s}));
    auto inventory = ServerEnumerator(transport, quick(1500)).run();
    QVERIFY(!inventory);
    QCOMPARE(inventory.error().code, ErrorCode::Network);
    QVERIFY2(inventory.error().message.contains(u"did not answer initialize"_s),
             qPrintable(inventory.error().message));
    QVERIFY(processGone(transport.processId()));
}

void TestInventoryServers::exitingServer()
{
    StdioTransport transport(fakeServer({u"exit"_s}));
    auto inventory = ServerEnumerator(transport, quick()).run();
    QVERIFY(!inventory);
    QVERIFY2(inventory.error().message.contains(u"exited with code 3"_s),
             qPrintable(inventory.error().message));
    QVERIFY(inventory.error().message.contains(u"refusing to start"_s)); // from its stderr
    QVERIFY(processGone(transport.processId()));
}

void TestInventoryServers::garbageServer()
{
    StdioTransport transport(fakeServer({u"garbage"_s}));
    auto inventory = ServerEnumerator(transport, quick()).run();
    QVERIFY(!inventory);
    QCOMPARE(inventory.error().code, ErrorCode::Protocol);
    QVERIFY2(inventory.error().message.contains(u"not JSON-RPC"_s),
             qPrintable(inventory.error().message));
    QVERIFY(processGone(transport.processId()));
}

void TestInventoryServers::floodingServer()
{
    StdioTransport::Limits limits;
    limits.maxMessageBytes = 2 * 1024 * 1024;
    StdioTransport transport(fakeServer({u"flood"_s}), limits);
    auto inventory = ServerEnumerator(transport, quick()).run();
    QVERIFY(!inventory);
    QCOMPARE(inventory.error().code, ErrorCode::Protocol);
    QVERIFY2(inventory.error().message.contains(u"more than 2 MiB"_s),
             qPrintable(inventory.error().message));
    QVERIFY(processGone(transport.processId()));
}

void TestInventoryServers::loopingCursor()
{
    auto inventory = enumerate(fakeServer({u"loop-cursor"_s}));
    QVERIFY(!inventory);
    QVERIFY2(inventory.error().message.contains(u"repeated a cursor"_s),
             qPrintable(inventory.error().message));
}

void TestInventoryServers::tooManyItems()
{
    EnumerationOptions options = quick();
    options.maxItems = 120;
    auto inventory = enumerate(fakeServer({u"many"_s, u"500"_s, u"100"_s}), options);
    QVERIFY(!inventory);
    QVERIFY2(inventory.error().message.contains(u"more than 120 items"_s),
             qPrintable(inventory.error().message));
    options.maxItems = 500;
    auto exact = enumerate(fakeServer({u"many"_s, u"500"_s, u"100"_s}), options);
    QVERIFY2(exact, exact ? "" : qPrintable(exact.error().message));
    QCOMPARE(exact->tools.size(), 500); // five pages followed by cursor
}

void TestInventoryServers::missingProgram()
{
    StdioServerCommand command;
    command.program = u"/nonexistent/mcp-server"_s;
    auto inventory = enumerate(command);
    QVERIFY(!inventory);
    QCOMPARE(inventory.error().code, ErrorCode::Io);
    QVERIFY(inventory.error().message.contains(u"/nonexistent/mcp-server"_s));
}

void TestInventoryServers::unreachableUrl()
{
    const quint16 port = freeLoopbackPort();
    auto target = InventoryTarget::fromWords({u"http://127.0.0.1:%1/mcp"_s.arg(port)}, {});
    QVERIFY(target);
    QVERIFY(target->isHttp());
    auto inventory = target->enumerate(quick(3000));
    QVERIFY(!inventory);
    QCOMPARE(inventory.error().code, ErrorCode::Network);
}

QTEST_GUILESS_MAIN(TestInventoryServers)
#include "tst_inventoryservers.moc"
