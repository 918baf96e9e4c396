// The string pool shares repeated values and stays bounded against endless new ones.
#include "models/telemetry/stringpool.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestStringPool : public QObject
{
    Q_OBJECT

private slots:
    void repeatedValuesShareOneString();
    void convertsUtf8();
    void emptyAndLongValues();
    void staysBoundedAgainstNewValues();
};

void TestStringPool::repeatedValuesShareOneString()
{
    StringPool pool;
    const std::string first = "agent-build-7";
    const std::string second = "agent-build-7";
    const QString a = pool.get(first);
    const QString b = pool.get(second);
    QCOMPARE(a, u"agent-build-7"_s);
    QVERIFY(a.isSharedWith(b));
    QCOMPARE(pool.size(), std::size_t(1));
}

void TestStringPool::convertsUtf8()
{
    StringPool pool;
    QCOMPARE(pool.get("Zürich – région"), u"Zürich – région"_s);
}

void TestStringPool::emptyAndLongValues()
{
    StringPool pool;
    QVERIFY(pool.get({}).isEmpty());
    const std::string longValue(StringPool::MaxValueBytes + 1, 'x');
    QCOMPARE(pool.get(longValue).size(), qsizetype(longValue.size()));
    QCOMPARE(pool.size(), std::size_t(0));
}

void TestStringPool::staysBoundedAgainstNewValues()
{
    StringPool pool;
    for (int i = 0; i < int(StringPool::MaxEntries) * 3; ++i) {
        const std::string value = "credential-" + std::to_string(i);
        QCOMPARE(pool.get(value), QString::fromStdString(value));
        QVERIFY(pool.size() <= StringPool::MaxEntries);
    }
}

QTEST_GUILESS_MAIN(TestStringPool)
#include "tst_stringpool.moc"
