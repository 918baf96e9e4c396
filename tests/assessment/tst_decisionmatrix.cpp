// Scoring arithmetic of the decision matrix: slugs, totals and the band boundaries.
#include "models/assessment/decisionmatrix.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

class TestDecisionMatrix : public QObject
{
    Q_OBJECT

private slots:
    void slugsRoundTrip();
    void slugsAreTheSharedOnes();
    void bandBoundaries_data();
    void bandBoundaries();
    void incompleteMatrixHasNoBand();
    void completeMatrix_data();
    void completeMatrix();
    void patternComparisonCoversThreeBands();
};

void TestDecisionMatrix::slugsRoundTrip()
{
    for (int i = 0; i < DimensionCount; ++i) {
        const Dimension dimension = Dimension(i);
        QCOMPARE(dimensionFromSlug(dimensionSlug(dimension)), dimension);
        QVERIFY(!dimensionTitle(dimension).isEmpty());
        QVERIFY(!dimensionQuestion(dimension).isEmpty());
        QVERIFY(!dimensionLowMeaning(dimension).isEmpty());
        QVERIFY(!dimensionHighMeaning(dimension).isEmpty());
    }
    QCOMPARE(dimensionFromSlug(u"data_sensitivity"), std::nullopt);
    QCOMPARE(dimensionFromSlug(u""), std::nullopt);
}

void TestDecisionMatrix::slugsAreTheSharedOnes()
{
    const QStringList expected = {u"data-sensitivity"_s,  u"network-exposure"_s,
                                  u"audit-requirement"_s, u"latency-tolerance"_s,
                                  u"ops-maturity"_s,      u"regulatory-exposure"_s,
                                  u"vendor-lock-in"_s,    u"budget-headroom"_s};
    QStringList actual;
    for (int i = 0; i < DimensionCount; ++i)
        actual << dimensionSlug(Dimension(i));
    QCOMPARE(actual, expected);
    QCOMPARE(bandSlug(Band::PureSaas), u"pure-saas"_s);
    QCOMPARE(bandSlug(Band::ManagedSandbox), u"managed-sandbox"_s);
    QCOMPARE(bandSlug(Band::SelfHostedTunnel), u"self-hosted-tunnel"_s);
}

void TestDecisionMatrix::bandBoundaries_data()
{
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("band");
    QTest::newRow("lowest") << 8 << u"pure-saas"_s;
    QTest::newRow("top of pure-saas") << 15 << u"pure-saas"_s;
    QTest::newRow("bottom of managed") << 16 << u"managed-sandbox"_s;
    QTest::newRow("top of managed") << 28 << u"managed-sandbox"_s;
    QTest::newRow("bottom of self-hosted") << 29 << u"self-hosted-tunnel"_s;
    QTest::newRow("highest") << 40 << u"self-hosted-tunnel"_s;
}

void TestDecisionMatrix::bandBoundaries()
{
    QFETCH(int, total);
    QFETCH(QString, band);
    QCOMPARE(bandSlug(bandForTotal(total)), band);
    QCOMPARE(bandFromSlug(band), bandForTotal(total));
}

void TestDecisionMatrix::incompleteMatrixHasNoBand()
{
    MatrixAssessment matrix;
    QCOMPARE(matrix.scoredCount(), 0);
    QCOMPARE(matrix.total(), 0);
    QVERIFY(!matrix.band());
    for (int i = 0; i < DimensionCount - 1; ++i)
        matrix.set({Dimension(i), 5, {}, {}, {}});
    QCOMPARE(matrix.scoredCount(), 7);
    QCOMPARE(matrix.total(), 35);
    QVERIFY(!matrix.complete());
    QVERIFY(!matrix.band());
}

void TestDecisionMatrix::completeMatrix_data()
{
    QTest::addColumn<QList<int>>("scores");
    QTest::addColumn<int>("total");
    QTest::addColumn<QString>("band");
    QTest::newRow("pilot chatbot") << QList<int>{1, 2, 2, 1, 2, 2, 2, 3} << 15 << u"pure-saas"_s;
    QTest::newRow("internal tooling")
        << QList<int>{2, 2, 2, 2, 2, 2, 2, 2} << 16 << u"managed-sandbox"_s;
    QTest::newRow("regulated claims")
        << QList<int>{5, 5, 5, 2, 4, 5, 3, 4} << 33 << u"self-hosted-tunnel"_s;
}

void TestDecisionMatrix::completeMatrix()
{
    QFETCH(QList<int>, scores);
    QFETCH(int, total);
    QFETCH(QString, band);
    MatrixAssessment matrix;
    for (int i = 0; i < DimensionCount; ++i)
        matrix.set({Dimension(i), scores.at(i), u"why"_s, u"ana"_s, {}});
    QVERIFY(matrix.complete());
    QCOMPARE(matrix.total(), total);
    QCOMPARE(bandSlug(matrix.band().value()), band);
    // Re-scoring a dimension replaces its score.
    matrix.set({Dimension::DataSensitivity, scores.at(0), u"again"_s, u"bo"_s, {}});
    QCOMPARE(matrix.total(), total);
    QCOMPARE(matrix.score(Dimension::DataSensitivity)->scoredBy, u"bo"_s);
}

void TestDecisionMatrix::patternComparisonCoversThreeBands()
{
    const auto aspects = patternComparison();
    QCOMPARE(aspects.size(), size_t(7));
    for (const PatternAspect& aspect : aspects) {
        QVERIFY(!aspect.title.isEmpty());
        for (const QString& text : aspect.byBand)
            QVERIFY(!text.isEmpty());
    }
    QCOMPARE(aspects.at(2).byBand.at(size_t(Band::SelfHostedTunnel)), u"3-8 weeks"_s);
}

QTEST_GUILESS_MAIN(TestDecisionMatrix)
#include "tst_decisionmatrix.moc"
