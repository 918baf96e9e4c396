// The decision matrix: eight dimensions scored 1 to 5, their total, the band it falls in and the
// deployment pattern that band calls for.
#pragma once

#include <QDateTime>
#include <QString>

#include <array>
#include <optional>

namespace Gatehouse {

enum class Dimension
{
    DataSensitivity,
    NetworkExposure,
    AuditRequirement,
    LatencyTolerance,
    OpsMaturity,
    RegulatoryExposure,
    VendorLockIn,
    BudgetHeadroom,
    Count
};
constexpr int DimensionCount = int(Dimension::Count);

enum class Band
{
    PureSaas,
    ManagedSandbox,
    SelfHostedTunnel
};

constexpr int MinScore = 1;
constexpr int MaxScore = 5;

QString dimensionSlug(Dimension dimension);
std::optional<Dimension> dimensionFromSlug(QStringView slug);
QString dimensionTitle(Dimension dimension);
// The question the dimension asks, and what its lowest and highest scores mean.
QString dimensionQuestion(Dimension dimension);
QString dimensionLowMeaning(Dimension dimension);
QString dimensionHighMeaning(Dimension dimension);

QString bandSlug(Band band);
std::optional<Band> bandFromSlug(QStringView slug);
QString bandTitle(Band band);
// Up to 15 pure SaaS, 16 to 28 a managed sandbox, 29 and above a self-hosted sandbox + tunnel.
Band bandForTotal(int total);

struct DimensionScore
{
    Dimension dimension = Dimension::DataSensitivity;
    int score = 0;
    QString rationale;
    QString scoredBy;
    QDateTime scoredAt;
};

// The current score of each dimension of one deployment; a dimension may be unscored.
class MatrixAssessment
{
public:
    void set(const DimensionScore& score);
    const std::optional<DimensionScore>& score(Dimension dimension) const;

    int scoredCount() const;
    bool complete() const { return scoredCount() == DimensionCount; }
    // The sum of the scored dimensions (8 to 40 once complete).
    int total() const;
    // Only a complete matrix has a band.
    std::optional<Band> band() const;

private:
    std::array<std::optional<DimensionScore>, DimensionCount> m_scores;
};

// One row of the reference comparison of the three patterns.
struct PatternAspect
{
    QString title;
    std::array<QString, 3> byBand; // indexed by Band
};
// Data residency, network exposure, setup time, ongoing cost, audit log control, compliance fit
// and best use, for each of the three patterns.
std::array<PatternAspect, 7> patternComparison();

} // namespace Gatehouse
