// Runs the real gatehouse executable headless: its command line, a screenshot of the demo
// workspace that must show a real window, and a refusal to open a file that is no workspace.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestScreenshot : public QObject
{
    Q_OBJECT

private slots:
    void helpAndVersion();
    void demoScreenshotIsNotBlank();
    void foreignWorkspaceIsRefused();
    void badDemoSpeedIsRefused_data();
    void badDemoSpeedIsRefused();
    void terminationSignalEndsInOrder();

private:
    enum class Display
    {
        Offscreen,
        None
    };
    // temporaryDir: where the program makes its temporary files (TMPDIR); empty for the default.
    QProcess* run(const QStringList& arguments, Display display = Display::Offscreen,
                  const QString& temporaryDir = {});

    QTemporaryDir m_dir;
    QString m_binary = QStringLiteral(GATEHOUSE_BINARY_DIR "/app/gui/gatehouse");
};

QProcess* TestScreenshot::run(const QStringList& arguments, Display display,
                              const QString& temporaryDir)
{
    auto* process = new QProcess(this);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"QT_QPA_PLATFORM"_s);
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    if (display == Display::Offscreen)
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Keeps the settings of the user who runs the tests out of the picture.
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    if (!temporaryDir.isEmpty())
        environment.insert(u"TMPDIR"_s, temporaryDir);
    process->setProcessEnvironment(environment);
    process->start(m_binary, arguments);
    return process;
}

// Without any display, as over ssh or in a script.
void TestScreenshot::helpAndVersion()
{
    QProcess* help = run({u"--help"_s}, Display::None);
    QVERIFY(help->waitForFinished(60000));
    QCOMPARE(help->exitCode(), 0);
    const QString text = QString::fromUtf8(help->readAllStandardOutput());
    for (const char* option : {"--workspace", "--demo", "--screenshot", "--after", "--actor"})
        QVERIFY2(text.contains(QLatin1StringView(option)), option);

    QProcess* version = run({u"--version"_s}, Display::None);
    QVERIFY(version->waitForFinished(60000));
    QCOMPARE(version->exitCode(), 0);
    QVERIFY(version->readAllStandardOutput().contains(GATEHOUSE_VERSION));
}

void TestScreenshot::demoScreenshotIsNotBlank()
{
    const QString png = m_dir.filePath(u"out.png"_s);
    QProcess* process = run({u"--demo"_s, u"--screenshot"_s, png, u"--after"_s, u"2"_s});
    QVERIFY(process->waitForFinished(120000));
    QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());

    QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 16, qPrintable(u"only %1 colours"_s.arg(colours.size())));
}

void TestScreenshot::foreignWorkspaceIsRefused()
{
    const QString foreign = m_dir.filePath(u"notes.gatehouse"_s);
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray("plain text, not a workspace\n").repeated(20));
    file.close();
    QProcess* process = run({u"--workspace"_s, foreign, u"--screenshot"_s,
                             m_dir.filePath(u"never.png"_s), u"--after"_s, u"0"_s});
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitCode(), 1);
    QVERIFY(process->readAllStandardError().contains("not a Gatehouse workspace"));
    QVERIFY(!QFile::exists(m_dir.filePath(u"never.png"_s)));
}

void TestScreenshot::badDemoSpeedIsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("reason");
    QTest::newRow("zero") << QStringList{u"--demo"_s, u"--demo-speed"_s, u"0"_s}
                          << u"from 1 to 1000"_s;
    QTest::newRow("not a number") << QStringList{u"--demo"_s, u"--demo-speed"_s, u"fast"_s}
                                  << u"from 1 to 1000"_s;
    QTest::newRow("too fast") << QStringList{u"--demo"_s, u"--demo-speed"_s, u"5000"_s}
                              << u"from 1 to 1000"_s;
    QTest::newRow("without the demo")
        << QStringList{u"--demo-speed"_s, u"48"_s, u"--screenshot"_s, u"never.png"_s}
        << u"only works with --demo"_s;
}

// Refused before any window or workspace exists, with the reason on stderr.
void TestScreenshot::badDemoSpeedIsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, reason);
    QProcess* process = run(arguments);
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitCode(), 2);
    const QString error = QString::fromUtf8(process->readAllStandardError());
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(!QFile::exists(u"never.png"_s));
}

// SIGTERM ends the wall as closing it would: exit code 0 and the demo's temporary workspace
// removed, which only happens when the destructors run.
void TestScreenshot::terminationSignalEndsInOrder()
{
    const QString scratch = m_dir.filePath(u"tmp"_s);
    QVERIFY(QDir().mkpath(scratch));
    // The demo's workspace and its fleet's CA file; Qt's runtime folder may sit beside them.
    const auto demoFolders = [&scratch] {
        return QDir(scratch).entryList({u"Gatehouse-*"_s}, QDir::Dirs | QDir::NoDotAndDotDot);
    };
    QProcess* process = run({u"--wall"_s, u"--demo"_s}, Display::Offscreen, scratch);
    QVERIFY(process->waitForStarted(60000));
    QTRY_VERIFY_WITH_TIMEOUT(demoFolders().size() == 2, 60000);
    QTest::qWait(3000); // calls arrive and are archived
    QCOMPARE(process->state(), QProcess::Running);
    process->terminate();
    QVERIFY(process->waitForFinished(60000));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
    QVERIFY2(demoFolders().isEmpty(), qPrintable(demoFolders().join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
