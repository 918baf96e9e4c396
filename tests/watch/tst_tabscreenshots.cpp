// Runs the real gatehouse executable headless with --tab map and --tab charts: each screenshot
// pictures that tab alone (smaller than the window) and is not blank.
#include "imagecheck.h"

#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTabScreenshots : public QObject
{
    Q_OBJECT

private slots:
    void tabAloneIsPictured_data();
    void tabAloneIsPictured();

private:
    QTemporaryDir m_dir;
};

void TestTabScreenshots::tabAloneIsPictured_data()
{
    QTest::addColumn<QString>("tab");
    QTest::newRow("map") << u"map"_s;
    QTest::newRow("charts") << u"charts"_s;
}

void TestTabScreenshots::tabAloneIsPictured()
{
    QFETCH(QString, tab);
    const QString png = m_dir.filePath(tab + u".png"_s);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    // Keeps the settings of the user who runs the tests out of the picture.
    environment.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, m_dir.filePath(u"data"_s));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GATEHOUSE_BINARY_DIR "/app/gui/gatehouse"),
                  {u"--demo"_s, u"--scenario"_s, u"eu-data-in-us"_s, u"--tab"_s, tab,
                   u"--screenshot"_s, png, u"--after"_s, u"4"_s});
    QVERIFY(process.waitForFinished(120000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());

    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 300 && image.height() >= 200);
    QVERIFY2(image.width() < 1200, "the whole window was pictured, not the tab");
    const auto colours = sampledColours(image, 4).size();
    QVERIFY2(colours > 12, qPrintable(u"only %1 colours"_s.arg(colours)));
    keepScreenshot(image, tab + u"-tab.png"_s);
}

QTEST_MAIN(TestTabScreenshots)
#include "tst_tabscreenshots.moc"
