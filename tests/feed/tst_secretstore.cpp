// SecretStore against a real gnome-keyring on a private D-Bus session (the CI starts one), and
// what it says when there is no keyring at all.
#include "models/feed/secretstore.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class SecretStoreTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void missingEntryIsNotFound();
    void secretBufferWipesItsSource();

private:
    SecretStore m_store{u"gatehouse-tests"_s};
    bool m_expectKeyring = qEnvironmentVariableIsEmpty("GATEHOUSE_EXPECT_NO_KEYRING");
};

void SecretStoreTest::initTestCase()
{
    if (!m_expectKeyring)
        return;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")
        && qEnvironmentVariableIsEmpty("CI"))
        QSKIP("no D-Bus session: run inside dbus-run-session with gnome-keyring unlocked");
}

void SecretStoreTest::roundTrip_data()
{
    QTest::addColumn<SecretStore::Kind>("kind");
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("bearer token") << SecretStore::Kind::BearerToken
                                  << QByteArray("tok-\x01\xff-binary", 14);
    QTest::newRow("key password") << SecretStore::Kind::KeyPassword << QByteArray("pässwörd");
}

void SecretStoreTest::roundTrip()
{
    QFETCH(SecretStore::Kind, kind);
    QFETCH(QByteArray, secret);
    const QString source = u"gw-secret-test"_s;
    const auto written = m_store.writeNow(source, kind, SecretBuffer::fromView(secret));
    if (!m_expectKeyring) {
        QVERIFY(!written);
        QVERIFY(SecretStore::isKeyringUnavailable(written.error()));
        QVERIFY2(written.error().message.contains(u"No system keyring is available"_s),
                 qPrintable(written.error().message));
        QVERIFY(written.error().message.contains(u"ask for the secret each time"_s));
        const auto read = m_store.readNow(source, kind);
        QVERIFY(!read && SecretStore::isKeyringUnavailable(read.error()));
        return;
    }
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const auto read = m_store.readNow(source, kind);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(read->view().toByteArray(), secret);
    QVERIFY(m_store.removeNow(source, kind));
    const auto gone = m_store.readNow(source, kind);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void SecretStoreTest::missingEntryIsNotFound()
{
    const auto read = m_store.readNow(u"never-stored"_s, SecretStore::Kind::BearerToken);
    QVERIFY(!read);
    QCOMPARE(read.error().code, m_expectKeyring ? ErrorCode::NotFound : ErrorCode::Permission);
}

void SecretStoreTest::secretBufferWipesItsSource()
{
    QByteArray source("hunter2-hunter2");
    const QByteArray alias = source; // shares the bytes
    SecretBuffer buffer(source);
    QVERIFY(source.isEmpty());
    QCOMPARE(alias, QByteArray(15, '\0'));
    QCOMPARE(buffer.view().toByteArray(), QByteArray("hunter2-hunter2"));
    SecretBuffer copy = buffer;
    buffer.clear();
    QVERIFY(buffer.isEmpty());
    QCOMPARE(copy.view().size(), 15);
}

QTEST_GUILESS_MAIN(SecretStoreTest)
#include "tst_secretstore.moc"
