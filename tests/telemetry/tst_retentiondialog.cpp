// The retention dialog offscreen: it shows the current setting, the oldest call and the file
// size, stores the choice audited under the console's actor, and Cancel changes nothing.
#include "imagecheck.h"
#include "telemetrytestsupport.h"

#include "models/telemetry/retentionsetting.h"
#include "views/telemetry/retentiondialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::TestSupport;
using namespace Qt::StringLiterals;

class TestRetentionDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_scratch = std::make_unique<ScratchWorkspace>();
        auto opened =
            Workspace::open(m_scratch->path(), Workspace::OpenMode::Existing, m_scratch->clock());
        QVERIFY(opened);
        m_workspace = std::move(*opened);
    }

    void showsKeepEverythingByDefault()
    {
        RetentionDialog dialog(*m_workspace, u"ana"_s);
        QVERIFY(checkBox(dialog)->isChecked());
        QVERIFY(!spinBox(dialog)->isEnabled());
        QCOMPARE(dialog.days(), RetentionSetting::Off);
        QVERIFY(!label(dialog, "fileSize")->text().isEmpty());
        QVERIFY(!label(dialog, "oldestCall")->text().isEmpty());
    }

    void storesTheChoiceAudited()
    {
        RetentionDialog dialog(*m_workspace, u"ana"_s);
        dialog.show();
        checkBox(dialog)->setChecked(false);
        QVERIFY(spinBox(dialog)->isEnabled());
        spinBox(dialog)->setValue(14);
        QVERIFY(label(dialog, "note")->text().contains(u"anomaly-baselines"_s));
        okButton(dialog)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(*RetentionSetting::read(*m_workspace), 14);
        QCOMPARE(m_scratch->text("SELECT actor || ' ' || action FROM audit_log"
                                 " ORDER BY sequence DESC LIMIT 1"),
                 QByteArray("ana workspace.set-retention"));

        RetentionDialog again(*m_workspace, u"ben"_s);
        QVERIFY(!checkBox(again)->isChecked());
        QCOMPARE(spinBox(again)->value(), 14);
        spinBox(again)->setValue(90);
        QVERIFY(!label(again, "note")->text().contains(u"anomaly-baselines"_s));
    }

    void cancelChangesNothing()
    {
        const qint64 entries = m_scratch->number("SELECT COUNT(*) FROM audit_log");
        RetentionDialog dialog(*m_workspace, u"ana"_s);
        dialog.show();
        checkBox(dialog)->setChecked(false);
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(*RetentionSetting::read(*m_workspace), RetentionSetting::Off);
        QCOMPARE(m_scratch->number("SELECT COUNT(*) FROM audit_log"), entries);
    }

    void showsTheOldestCallKept()
    {
        QVERIFY(
            m_workspace->database()
                .exec(
                    u"INSERT INTO telemetry_call (source, sequence, span_index, start_ns, "
                    u"duration_ns,"
                    " trace_id, span_id, human, agent_id, agent_name, service_identity, "
                    "credential_id,"
                    " conversation_id, actor_chain, tool, mcp_server, mcp_method, write_tool,"
                    " data_region, compute_region, outcome, error_type, tokens_in, tokens_out,"
                    " sandbox_id, policy_decision, scope, redactions, arguments) VALUES ('s', 1, 0,"
                    " 1764579600000000000, 0, '', '', '', '', '', '', '', '', '', '', '', '', 0, "
                    "'', '',"
                    " '', '', 0, 0, '', '', '', 0, '')"_s)
                .lastError()
                .type()
            == QSqlError::NoError);
        RetentionDialog dialog(*m_workspace, u"ana"_s);
        const QString expected =
            QLocale().toString(QDateTime(QDate(2025, 12, 1), QTime(9, 0), Qt::UTC).toLocalTime(),
                               QLocale::ShortFormat);
        QCOMPARE(label(dialog, "oldestCall")->text(), expected);
        dialog.show();
        keepScreenshot(dialog.grab().toImage(), u"retention-dialog.png"_s);
    }

private:
    static QCheckBox* checkBox(QDialog& d) { return d.findChild<QCheckBox*>(u"keepEverything"_s); }
    static QSpinBox* spinBox(QDialog& d) { return d.findChild<QSpinBox*>(u"retentionDays"_s); }
    static QLabel* label(QDialog& d, const char* name)
    {
        return d.findChild<QLabel*>(QString::fromLatin1(name));
    }
    static QPushButton* okButton(QDialog& d)
    {
        return d.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }

    std::unique_ptr<ScratchWorkspace> m_scratch;
    std::unique_ptr<Workspace> m_workspace;
};

QTEST_MAIN(TestRetentionDialog)
#include "tst_retentiondialog.moc"
