// The basic secret redactor: each rule finds its secrets, keeps the text around them, and
// marks them with the rule and a keyed hash that is stable for a key and differs across keys.
#include "models/telemetry/basicsecretredactor.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void rules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("rule");
        QTest::newRow("aws key id") << u"export AWS_ACCESS_KEY_ID=AKIAQYLPMN5HHHFPZAM2 done"_s
                                    << u"AKIAQYLPMN5HHHFPZAM2"_s << u"aws-access-token"_s;
        QTest::newRow("github pat")
            << u"cloning with ghp_R4nd0mLettersAndDigits0123456789abcd now"_s
            << u"ghp_R4nd0mLettersAndDigits0123456789abcd"_s << u"github-token"_s;
        QTest::newRow("pem") << u"key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n"
                                "-----END RSA PRIVATE KEY-----\nbye"_s
                             << u"-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7x\n"
                                "-----END RSA PRIVATE KEY-----"_s
                             << u"private-key"_s;
        QTest::newRow("generic") << u"db_password = \"Zx81kq_Lr7wPq2m9\" ; next"_s << u"Zx81"_s
                                 << u"generic-api-key"_s;
        QTest::newRow("json token") << uR"({"api_token":"q8Xr2LmZ0pVb7KsW3nTy"})"_s
                                    << u"q8Xr2LmZ0pVb7KsW3nTy"_s << u"generic-api-key"_s;
    }

    void rules()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        QFETCH(QString, rule);
        BasicSecretRedactor redactor("test key");
        QString redacted = text;
        QVERIFY(redactor.redact(redacted) >= 1);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY2(redacted.contains(u"[REDACTED:"_s + rule + u':'), qPrintable(redacted));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("log") << u"processed 1200 items in 3.2 s\nwrote /work/out/result-7.json"_s;
        QTest::newRow("arguments") << uR"({"path":"/srv/data/tickets/item-123.md"})"_s;
        QTest::newRow("low entropy") << u"password = aaaaaaaaaaaaaaaa"_s;
        QTest::newRow("memory")
            << uR"({"entities":[{"name":"Acme GmbH","entityType":"customer"}]})"_s;
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, text);
        BasicSecretRedactor redactor("k");
        QString copy = text;
        QCOMPARE(redactor.redact(copy), 0);
        QCOMPARE(copy, text);
    }

    void markerIsKeyedAndStable()
    {
        BasicSecretRedactor one("key one");
        BasicSecretRedactor two("key two");
        const QString secret = u"AKIAQYLPMN5HHHFPZAM2"_s;
        QCOMPARE(one.marker(u"aws-access-token"_s, secret),
                 one.marker(u"aws-access-token"_s, secret));
        QVERIFY(one.marker(u"aws-access-token"_s, secret)
                != two.marker(u"aws-access-token"_s, secret));
        QVERIFY(QRegularExpression(u"^\\[REDACTED:aws-access-token:[0-9a-f]{8}\\]$"_s)
                    .match(one.marker(u"aws-access-token"_s, secret))
                    .hasMatch());
    }

    void redactsEveryOccurrenceOnce()
    {
        BasicSecretRedactor redactor("k");
        QString text = u"a AKIAQYLPMN5HHHFPZAM2 b AKIAZZLPMN5HHHFPZAM3 c"_s;
        QCOMPARE(redactor.redact(text), 2);
        QCOMPARE(text.count(u"[REDACTED:aws-access-token:"_s), 2);
        // Running again finds nothing new: markers are not secrets.
        QCOMPARE(redactor.redact(text), 0);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_secretredactor.moc"
