// The watch page on the demo fleet: calls flow into the live table and the attribution tree,
// the details follow the selection, and filters narrow the table.
#include "models/core/clock.h"
#include "models/telemetry/attributionmodel.h"
#include "models/telemetry/basicsecretredactor.h"
#include "models/telemetry/redactionkey.h"
#include "models/telemetry/toolcallmodel.h"
#include "models/watch/demofleet.h"
#include "models/watch/watchsession.h"
#include "models/workspace/workspace.h"
#include "views/telemetry/watchpage.h"

#include "demowatch.h"
#include "resultcheck.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestWatchPage : public QObject
{
    Q_OBJECT

private slots:
    void callsFlowAndFiltersNarrow();
};

void TestWatchPage::callsFlowAndFiltersNarrow()
{
    DemoWatch demo;
    QVERIFY_RESULT(demo.start(u"unattributed-calls"_s, 40));
    WatchPage page(*demo.session);
    page.resize(1400, 900);
    page.show();
    demo.connectAll();

    auto* table = page.findChild<QTableView*>(u"liveCallsView"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 20, 30000);
    auto* tree = page.findChild<QTreeView*>(u"attributionView"_s);
    QVERIFY(tree);
    QTRY_VERIFY(tree->model()->rowCount() > 0);

    table->selectRow(0);
    auto* details = page.findChild<QTextBrowser*>(u"toolCallDetails"_s);
    QVERIFY(details);
    QTRY_VERIFY(details->toPlainText().contains(u"Source / sequence"_s));

    auto* unattributed = page.findChild<QCheckBox*>(u"liveCallsUnattributed"_s);
    QVERIFY(unattributed);
    unattributed->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 30000);
    for (int row = 0; row < table->model()->rowCount(); ++row)
        QVERIFY(table->model()->index(row, 0).data(ToolCallModel::UnattributedRole).toBool());

    const QImage picture = page.grab().toImage();
    QVERIFY(!picture.isNull());
    // GATEHOUSE_SCREENSHOT_DIR keeps the picture for a person to look at.
    const QString keep = qEnvironmentVariable("GATEHOUSE_SCREENSHOT_DIR");
    QVERIFY(
        picture.save(keep.isEmpty() ? demo.dir.filePath(u"watch.png"_s) : keep + u"/watch.png"_s));
    demo.disconnectAll();
}

QTEST_MAIN(TestWatchPage)
#include "tst_watchpage.moc"
