// The inventory view against the poisoned test server: the table fills, findings show in the
// details, pinning writes the workspace and a changed definition shows as changed.
#include "models/core/clock.h"
#include "models/inventory/toollistmodel.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"
#include "views/inventory/enumeratedialog.h"
#include "views/inventory/inventorywidget.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

InventoryTarget poisoned(const QString& variant)
{
    InventoryTarget target;
    target.command.program = u"node"_s;
    target.command.arguments = {QStringLiteral(GATEHOUSE_SOURCE_DIR)
                                    + u"/tests/inventory/fake-mcp-server.mjs"_s,
                                u"poisoned"_s};
    if (!variant.isEmpty())
        target.command.arguments.append(variant);
    return target;
}

int rowOf(const ToolListModel& model, const QString& tool)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.toolAt(row)->name == tool)
            return row;
    }
    return -1;
}

} // namespace

class TestInventoryWidget : public QObject
{
    Q_OBJECT

private slots:
    void enumeratesAndShowsFindings();
    void pinsAndShowsChanges();
    void reportsFailure();
    void dialogChecksInput();
};

void TestInventoryWidget::enumeratesAndShowsFindings()
{
    SystemClock clock;
    InventoryWidget widget(clock);
    QAbstractItemModelTester tester(widget.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    widget.show();
    QSignalSpy finished(&widget, &InventoryWidget::finished);
    widget.enumerate(poisoned(u"a"_s), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), true);
    QCOMPARE(widget.model()->rowCount(), 6);
    auto* summary = widget.findChild<QLabel*>(u"inventorySummary"_s);
    QVERIFY(summary->text().contains(u"fake-poisoned"_s));
    QVERIFY(summary->text().contains(u"1 destructive"_s));
    QVERIFY(!widget.pinAction()->isEnabled()); // no workspace

    auto* table = widget.findChild<QTableView*>(u"inventoryTools"_s);
    const QModelIndex first = table->model()->index(0, ToolListModel::NameColumn);
    QVERIFY(first.isValid());
    table->setCurrentIndex(first);
    const QString selected = first.data(ToolListModel::ToolNameRole).toString();
    auto* details = widget.findChild<QPlainTextEdit*>(u"inventoryDetails"_s);
    QVERIFY(details->toPlainText().startsWith(selected));
    QCOMPARE(selected, u"delete_records"_s); // sorted by class, destructive first
    QVERIFY(details->toPlainText().contains(u"annotated read-only"_s));
}

void TestInventoryWidget::pinsAndShowsChanges()
{
    QTemporaryDir dir;
    SystemClock clock;
    const QString path = dir.filePath(u"view.ghws"_s);
    QVERIFY(Workspace::open(path, Workspace::OpenMode::CreateIfMissing, clock));
    InventoryWidget widget(clock);
    widget.setWorkspacePath(path);
    widget.setActor(u"reviewer"_s);
    QSignalSpy finished(&widget, &InventoryWidget::finished);

    widget.enumerate(poisoned({}), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY(widget.pinAction()->isEnabled());
    QCOMPARE(widget.model()->pinState(0), ToolListModel::PinState::NoPin);
    widget.pinAction()->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 30000);
    QVERIFY(finished.last().first().toBool());
    QCOMPARE(widget.model()->pinState(0), ToolListModel::PinState::Unchanged);

    // The variant travels in the environment, so the command line and the server stay the same.
    InventoryTarget changed = poisoned({});
    changed.command.environment = {u"POISON_VARIANT=b"_s};
    widget.enumerate(changed, {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30000);
    const ToolListModel& model = *widget.model();
    QVERIFY(model.pinDiff().hasPin);
    QCOMPARE(model.pinState(rowOf(model, u"list_notes"_s)), ToolListModel::PinState::Changed);
    QCOMPARE(model.pinState(rowOf(model, u"export_all"_s)), ToolListModel::PinState::Added);
    QCOMPARE(model.pinState(rowOf(model, u"get_weather"_s)), ToolListModel::PinState::Unchanged);
    auto* summary = widget.findChild<QLabel*>(u"inventorySummary"_s);
    QVERIFY2(summary->text().contains(u"1 changed, 1 new"_s), qPrintable(summary->text()));

    auto workspace = Workspace::open(path, Workspace::OpenMode::Existing, clock);
    QVERIFY(workspace);
    QCOMPARE((*workspace)->audit().head()->actor, u"reviewer"_s);
}

void TestInventoryWidget::reportsFailure()
{
    SystemClock clock;
    InventoryWidget widget(clock);
    QSignalSpy finished(&widget, &InventoryWidget::finished);
    InventoryTarget target;
    target.command.program = u"node"_s;
    target.command.arguments = {QStringLiteral(GATEHOUSE_SOURCE_DIR)
                                    + u"/tests/inventory/fake-mcp-server.mjs"_s,
                                u"exit"_s};
    widget.enumerate(target, {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QCOMPARE(finished.first().first().toBool(), false);
    auto* status = widget.findChild<QLabel*>(u"inventoryStatus"_s);
    QVERIFY2(status->text().contains(u"exited with code 3"_s), qPrintable(status->text()));
    QVERIFY(widget.enumerateAction()->isEnabled());
}

void TestInventoryWidget::dialogChecksInput()
{
    EnumerateDialog dialog;
    dialog.setServer(u"  "_s);
    QVERIFY(!dialog.target());
    dialog.setServer(u"node \"my server.mjs\" --flag"_s);
    auto stdio = dialog.target();
    QVERIFY(stdio);
    QCOMPARE(stdio->command.program, u"node"_s);
    QCOMPARE(stdio->command.arguments, (QStringList{u"my server.mjs"_s, u"--flag"_s}));
    dialog.findChild<QLineEdit*>(u"tokenEdit"_s)->setText(u"s3cret"_s);
    dialog.setServer(u"http://127.0.0.1:9/mcp"_s);
    auto http = dialog.target();
    QVERIFY(http && http->isHttp());
    QCOMPARE(http->bearerToken, u"s3cret"_s);
}

QTEST_MAIN(TestInventoryWidget)
#include "tst_inventorywidget.moc"
