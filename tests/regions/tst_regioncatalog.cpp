// The bundled catalog: every region the simulated fleet uses is known, residency follows the
// country (eu-west-2 is the UK, eu-central-2 Switzerland), unknown codes are reported, sites and
// transfer rules behave.
#include "models/regions/regioncatalog.h"
#include "models/regions/transferpolicy.h"

#include "resultcheck.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestRegionCatalog : public QObject
{
    Q_OBJECT

private slots:
    void jurisdictions_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("country");
        QTest::addColumn<QString>("jurisdiction");
        QTest::newRow("frankfurt") << u"eu-central-1"_s << u"DE"_s << u"EU"_s;
        QTest::newRow("dublin") << u"eu-west-1"_s << u"IE"_s << u"EU"_s;
        QTest::newRow("london is not eu") << u"eu-west-2"_s << u"GB"_s << u"UK"_s;
        QTest::newRow("zurich is not eu") << u"eu-central-2"_s << u"CH"_s << u"CH"_s;
        QTest::newRow("virginia") << u"us-east-1"_s << u"US"_s << u"US"_s;
        QTest::newRow("ohio") << u"us-east-2"_s << u"US"_s << u"US"_s;
        QTest::newRow("tokyo") << u"ap-northeast-1"_s << u"JP"_s << u"JP"_s;
        QTest::newRow("singapore") << u"ap-southeast-1"_s << u"SG"_s << u"SG"_s;
        QTest::newRow("azure netherlands") << u"westeurope"_s << u"NL"_s << u"EU"_s;
        QTest::newRow("azure norway") << u"norwayeast"_s << u"NO"_s << u"EEA"_s;
        QTest::newRow("gcp belgium") << u"europe-west1"_s << u"BE"_s << u"EU"_s;
        QTest::newRow("gcp montreal") << u"northamerica-northeast1"_s << u"CA"_s << u"CA"_s;
    }

    void jurisdictions()
    {
        QFETCH(QString, code);
        QFETCH(QString, country);
        QFETCH(QString, jurisdiction);
        auto catalog = RegionCatalog::builtIn();
        QVERIFY_RESULT(catalog);
        QCOMPARE(catalog->countryOf(code), country);
        QCOMPARE(catalog->jurisdictionOf(code), jurisdiction);
        const auto region = catalog->find(code);
        QVERIFY(region);
        QVERIFY(qAbs(region->latitude) <= 90 && qAbs(region->longitude) <= 180);
        QVERIFY(!region->city.isEmpty());
    }

    void everyProviderIsThere()
    {
        auto catalog = RegionCatalog::builtIn();
        QVERIFY_RESULT(catalog);
        QSet<QString> providers;
        for (const Region& r : catalog->regions())
            providers.insert(r.provider);
        QCOMPARE(providers, (QSet<QString>{u"aws"_s, u"azure"_s, u"gcp"_s}));
        QVERIFY(catalog->regions().size() >= 80);
    }

    void unknownCodesAreReported()
    {
        auto catalog = RegionCatalog::builtIn();
        QVERIFY_RESULT(catalog);
        QVERIFY(!catalog->find(u"mars-north-1"_s));
        QCOMPARE(catalog->jurisdictionOf(u"mars-north-1"_s), QString());
        QCOMPARE(
            catalog->unknownCodes({u"us-east-1"_s, u"mars-north-1"_s, u""_s, u"mars-north-1"_s}),
            (QStringList{u"mars-north-1"_s, u""_s}));
    }

    void sites()
    {
        auto catalog = RegionCatalog::builtIn();
        QVERIFY_RESULT(catalog);
        Region site;
        site.code = u"dc-basel"_s;
        site.name = u"Basel data centre"_s;
        site.city = u"Basel"_s;
        site.country = u"ch"_s;
        site.latitude = 47.56;
        site.longitude = 7.59;
        QVERIFY_RESULT(catalog->addSite(site));
        QCOMPARE(catalog->jurisdictionOf(u"dc-basel"_s), u"CH"_s);
        QCOMPARE(catalog->find(u"dc-basel"_s)->provider, u"on-premises"_s);
        site.code = u"us-east-1"_s;
        QVERIFY(!catalog->addSite(site));
        site.code = u"dc-nowhere"_s;
        site.latitude = 123;
        QVERIFY(!catalog->addSite(site));
    }

    void badCatalogs()
    {
        QVERIFY(!RegionCatalog::fromJson("not json"));
        QVERIFY(!RegionCatalog::fromJson(R"({"regions": [{"code": "x"}]})"));
    }

    void transferRules()
    {
        const TransferPolicy none;
        QVERIFY(none.allows(u"EU"_s, u"EU"_s));
        QVERIFY(!none.allows(u"EU"_s, u"US"_s));
        const TransferPolicy policy({{u"EU"_s, u"CH"_s, u"adequacy decision"_s}});
        QVERIFY(policy.allows(u"EU"_s, u"CH"_s));
        QVERIFY(!policy.allows(u"CH"_s, u"EU"_s));
        QVERIFY(!policy.allows(u"EU"_s, u"US"_s));
    }
};

QTEST_GUILESS_MAIN(TestRegionCatalog)
#include "tst_regioncatalog.moc"
