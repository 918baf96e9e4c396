// Evidence: hashed on entry and checked on the way out, streamed in chunks, reviewed by someone
// else, frozen once approved, corrected by revisions, and expired when stale.
#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evidence/evidencestore.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include "resultcheck.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <sqlite3.h>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestEvidenceStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void fileHashMatchesSha256sum();
    void largeFileIsStreamedInChunks();
    void cancelledImportLeavesNothing();
    void missingFileIsRefused();
    void notesAreEvidenceToo();
    void reviewRules_data();
    void reviewRules();
    void approvedEvidenceIsImmutable();
    void revisionsNumberFromTheRoot();
    void freshnessExpiresStaleEvidence();
    void exportRefusesTamperedContent();

private:
    QString writeFile(const QString& name, const QByteArray& content);
    Result<Evidence> addFile(const QString& path, const QString& actor = u"ana"_s);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::utc())};
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<AssessmentStore> m_assessments;
    std::unique_ptr<EvidenceStore> m_store;
    qint64 m_deployment = 0;
    QString m_path;
};

void TestEvidenceStore::init()
{
    static int counter = 0;
    m_path = m_dir.filePath(u"ws%1.gatehouse"_s.arg(++counter));
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::CreateIfMissing, m_clock);
    QVERIFY_RESULT(workspace);
    m_workspace = std::move(*workspace);
    m_assessments = std::make_unique<AssessmentStore>(*m_workspace);
    m_store = std::make_unique<EvidenceStore>(*m_workspace);
    Deployment deployment;
    deployment.name = u"Claims triage"_s;
    const auto added = m_assessments->addDeployment(deployment, u"ana"_s);
    QVERIFY_RESULT(added);
    m_deployment = added->id;
}

void TestEvidenceStore::cleanup()
{
    m_store.reset();
    m_assessments.reset();
    m_workspace.reset();
}

QString TestEvidenceStore::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

Result<Evidence> TestEvidenceStore::addFile(const QString& path, const QString& actor)
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = m_deployment;
    request.control = Control::OutboundOnly;
    request.collectedAt = m_clock.now().addDays(-2);
    return m_store->addFile(request, path, actor);
}

void TestEvidenceStore::fileHashMatchesSha256sum()
{
    const QString path = writeFile(u"firewall-export.txt"_s, "deny all inbound\n");
    QSignalSpy changed(m_store.get(), &EvidenceStore::evidenceChanged);
    const auto evidence = addFile(path);
    QVERIFY_RESULT(evidence);
    QCOMPARE(changed.count(), 1);

    QProcess sha256sum;
    sha256sum.start(u"sha256sum"_s, {path});
    QVERIFY(sha256sum.waitForFinished());
    QCOMPARE(evidence->sha256, sha256sum.readAllStandardOutput().left(64));
    QCOMPARE(evidence->size, 17);
    QCOMPARE(evidence->fileName, u"firewall-export.txt"_s);
    QCOMPARE(evidence->mediaType, u"text/plain"_s);
    QCOMPARE(evidence->collectedAt, m_clock.now().addDays(-2));
    QCOMPARE(evidence->addedAt, m_clock.now());
    QCOMPARE(evidence->status, EvidenceStatus::Draft);

    const auto head = m_workspace->audit().head();
    QCOMPARE(head->action, u"evidence.add"_s);
    QVERIFY(head->details.contains(QString::fromLatin1(evidence->sha256)));
}

void TestEvidenceStore::largeFileIsStreamedInChunks()
{
    QByteArray block(1024 * 1024, '\0');
    for (int i = 0; i < block.size(); ++i)
        block[i] = char(i * 7 + i / 1024);
    const QString path = m_dir.filePath(u"capture.bin"_s);
    QCryptographicHash expected(QCryptographicHash::Sha256);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 12; ++i) {
            file.write(block);
            expected.addData(block);
        }
        file.write("tail");
        expected.addData("tail");
    }
    QList<qint64> reported;
    EvidenceStore::NewEvidence request;
    request.deploymentId = m_deployment;
    request.control = Control::SandboxIsolation;
    const auto evidence = m_store->addFile(request, path, u"ana"_s, [&](qint64 done, qint64) {
        reported << done;
        return true;
    });
    QVERIFY_RESULT(evidence);
    QCOMPARE(evidence->sha256, expected.result().toHex());
    QCOMPARE(reported.size(), 13);
    QCOMPARE(reported.last(), 12 * block.size() + 4);

    QSqlQuery chunks(m_workspace->database());
    QVERIFY(chunks.exec(u"SELECT count(*), max(length(data)) FROM evidence_chunk"_s)
            && chunks.next());
    QCOMPARE(chunks.value(0).toInt(), 13);
    QCOMPARE(chunks.value(1).toLongLong(), EvidenceStore::ChunkSize);

    const QString out = m_dir.filePath(u"capture-out.bin"_s);
    QCOMPARE(m_store->exportTo(evidence->id, out).value_or(-1), 12 * block.size() + 4);
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCryptographicHash actual(QCryptographicHash::Sha256);
    actual.addData(&exported);
    QCOMPARE(actual.result().toHex(), evidence->sha256);
}

void TestEvidenceStore::cancelledImportLeavesNothing()
{
    const QString path = writeFile(u"big.bin"_s, QByteArray(3 * EvidenceStore::ChunkSize, 'x'));
    const qint64 entries = m_workspace->audit().count().value();
    EvidenceStore::NewEvidence request;
    request.deploymentId = m_deployment;
    request.control = Control::SandboxIsolation;
    const auto evidence = m_store->addFile(request, path, u"ana"_s,
                                           [](qint64 done, qint64) { return done < 2'000'000; });
    QVERIFY(!evidence);
    QCOMPARE(evidence.error().code, ErrorCode::Cancelled);
    QVERIFY(m_store->list(m_deployment)->isEmpty());
    QSqlQuery chunks(m_workspace->database());
    QVERIFY(chunks.exec(u"SELECT count(*) FROM evidence_chunk"_s) && chunks.next());
    QCOMPARE(chunks.value(0).toInt(), 0);
    QCOMPARE(m_workspace->audit().count().value(), entries);
}

void TestEvidenceStore::missingFileIsRefused()
{
    const auto evidence = addFile(m_dir.filePath(u"nope.pdf"_s));
    QVERIFY(!evidence);
    QCOMPARE(evidence.error().code, ErrorCode::NotFound);
    QVERIFY(evidence.error().message.contains(u"nope.pdf"_s));
}

void TestEvidenceStore::notesAreEvidenceToo()
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = m_deployment;
    request.control = Control::GovernancePolicy;
    request.title = u"Legal sign-off"_s;
    const auto note = m_store->addNote(request, u"Signed by legal on 2026-11-30."_s, u"ana"_s);
    QVERIFY_RESULT(note);
    QCOMPARE(note->kind, EvidenceKind::Note);
    QCOMPARE(m_store->smallContent(note->id).value(), "Signed by legal on 2026-11-30.");
    QCOMPARE(note->sha256,
             QCryptographicHash::hash("Signed by legal on 2026-11-30.", QCryptographicHash::Sha256)
                 .toHex());
    QCOMPARE(m_store->countsByControl(m_deployment)->value(Control::GovernancePolicy), 1);
    QVERIFY(!m_store->addNote(request, u" "_s, u"ana"_s));
}

void TestEvidenceStore::reviewRules_data()
{
    QTest::addColumn<QStringList>("steps"); // "status:actor"
    QTest::addColumn<bool>("lastSucceeds");
    QTest::newRow("review by another") << QStringList{u"in-review:ana"_s, u"approved:bo"_s} << true;
    QTest::newRow("self-approval") << QStringList{u"in-review:ana"_s, u"approved:ana"_s} << false;
    QTest::newRow("self-approval, other case")
        << QStringList{u"in-review:ana"_s, u"approved:ANA"_s} << false;
    QTest::newRow("self-rejection") << QStringList{u"in-review:ana"_s, u"rejected:ana"_s} << false;
    QTest::newRow("approve a draft") << QStringList{u"approved:bo"_s} << false;
    QTest::newRow("rejected back to draft")
        << QStringList{u"in-review:ana"_s, u"rejected:bo"_s, u"draft:ana"_s} << true;
}

void TestEvidenceStore::reviewRules()
{
    QFETCH(QStringList, steps);
    QFETCH(bool, lastSucceeds);
    const auto evidence = addFile(writeFile(u"e.txt"_s, "x"));
    QVERIFY_RESULT(evidence);
    Result<void> result;
    for (const QString& step : steps) {
        const auto status = evidenceStatusFromSlug(step.section(u':', 0, 0));
        QVERIFY(status);
        result = m_store->setStatus(evidence->id, *status, step.section(u':', 1));
    }
    QCOMPARE(bool(result), lastSucceeds);
    if (!lastSucceeds)
        QVERIFY(!result.error().message.isEmpty());
}

void TestEvidenceStore::approvedEvidenceIsImmutable()
{
    const auto evidence = addFile(writeFile(u"e.txt"_s, "x"));
    QVERIFY_RESULT(m_store->setStatus(evidence->id, EvidenceStatus::InReview, u"ana"_s));
    QVERIFY_RESULT(m_store->setStatus(evidence->id, EvidenceStatus::Approved, u"bo"_s));
    const auto approved = m_store->evidence(evidence->id);
    QCOMPARE(approved->reviewedBy, u"bo"_s);
    QCOMPARE(approved->reviewedAt, m_clock.now());
    for (auto status :
         {EvidenceStatus::Draft, EvidenceStatus::Rejected, EvidenceStatus::InReview}) {
        const auto changed = m_store->setStatus(evidence->id, status, u"carol"_s);
        QVERIFY(!changed);
        QCOMPARE(changed.error().code, ErrorCode::Permission);
    }
}

void TestEvidenceStore::revisionsNumberFromTheRoot()
{
    const auto first = addFile(writeFile(u"v1.txt"_s, "v1"));
    EvidenceStore::NewEvidence request;
    request.deploymentId = m_deployment;
    request.control = Control::OutboundOnly;
    request.revisionOf = first->id;
    const auto second = m_store->addFile(request, writeFile(u"v2.txt"_s, "v2"), u"ana"_s);
    QVERIFY_RESULT(second);
    request.revisionOf = second->id;
    const auto third = m_store->addFile(request, writeFile(u"v3.txt"_s, "v3"), u"ana"_s);
    QVERIFY_RESULT(third);
    QCOMPARE(second->revision, 2);
    QCOMPARE(third->revision, 3);
    QCOMPARE(third->rootId, first->id);
    QCOMPARE(m_workspace->audit().head()->action, u"evidence.revise"_s);

    request.control = Control::KillSwitch;
    QVERIFY(!m_store->addFile(request, writeFile(u"v4.txt"_s, "v4"), u"ana"_s));
}

void TestEvidenceStore::freshnessExpiresStaleEvidence()
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = m_deployment;
    request.control = Control::KillSwitch;
    request.collectedAt = m_clock.now().addDays(-89);
    const auto drill = m_store->addNote(request, u"drill report"_s, u"ana"_s);
    QVERIFY_RESULT(drill);
    const auto window = m_store->maxEvidenceAgeDays(m_deployment, Control::KillSwitch);
    QCOMPARE(window.value(), 90);
    QCOMPARE(drill->effectiveStatus(m_clock.now(), *window), EvidenceStatus::Draft);
    m_clock.advance(2 * 86'400'000);
    QCOMPARE(drill->effectiveStatus(m_clock.now(), *window), EvidenceStatus::Expired);

    QCOMPARE(m_store->maxEvidenceAgeDays(m_deployment, Control::AnomalyBaselines).value(), 30);
    QCOMPARE(m_store->maxEvidenceAgeDays(m_deployment, Control::OutboundOnly).value(),
             std::nullopt);
    QVERIFY_RESULT(
        m_store->setMaxEvidenceAgeDays(m_deployment, Control::OutboundOnly, 7, u"ana"_s));
    QCOMPARE(m_store->maxEvidenceAgeDays(m_deployment, Control::OutboundOnly).value(), 7);
    QVERIFY_RESULT(
        m_store->setMaxEvidenceAgeDays(m_deployment, Control::KillSwitch, std::nullopt, u"ana"_s));
    QCOMPARE(m_store->maxEvidenceAgeDays(m_deployment, Control::KillSwitch).value(), std::nullopt);
    QVERIFY(!m_store->setMaxEvidenceAgeDays(m_deployment, Control::KillSwitch, 0, u"ana"_s));
}

void TestEvidenceStore::exportRefusesTamperedContent()
{
    const auto evidence = addFile(writeFile(u"e.txt"_s, "the original content"));
    QVERIFY_RESULT(evidence);
    cleanup();
    {
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(m_path.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(
            sqlite3_exec(db, "UPDATE evidence_chunk SET data = CAST('the altered content' AS BLOB)",
                         nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
    }
    auto workspace = Workspace::open(m_path, Workspace::OpenMode::Existing, m_clock);
    QVERIFY_RESULT(workspace);
    EvidenceStore store(**workspace);
    const QString out = m_dir.filePath(u"exported.txt"_s);
    const auto written = store.exportTo(evidence->id, out);
    QVERIFY(!written);
    QCOMPARE(written.error().code, ErrorCode::Integrity);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestEvidenceStore)
#include "tst_evidencestore.moc"
