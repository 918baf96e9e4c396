// Slugs, texts and arithmetic of the decision matrix.
#include "decisionmatrix.h"

#include <QCoreApplication>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::DecisionMatrix)
};

struct DimensionText
{
    const char16_t* slug;
    const char* title;
    const char* question;
    const char* low;
    const char* high;
};

constexpr std::array<DimensionText, DimensionCount> Dimensions = {{
    {u"data-sensitivity", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Data sensitivity"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix",
                       "Will the agents touch regulated, personal or proprietary data?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "No such data"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "HIPAA, SOX or core intellectual property")},
    {u"network-exposure", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Network exposure"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix",
                       "May the MCP servers be reachable from the public internet?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Yes, public endpoints are fine"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Never")},
    {u"audit-requirement", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Audit requirement"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Must every log line reach our own SIEM?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "The vendor's console is enough"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Our SIEM is mandatory")},
    {u"latency-tolerance", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Latency tolerance"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix",
                       "Can a tool call afford another 200 to 500 ms?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Yes, easily"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Calls must finish in under 100 ms")},
    {u"ops-maturity", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Operations maturity"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Can the team run a sandbox gateway itself?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "No"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Yes, with an on-call rotation")},
    {u"regulatory-exposure", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Regulatory exposure"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Does a FedRAMP, GDPR or HIPAA mandate apply?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "None applies"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "We are under active audit")},
    {u"vendor-lock-in", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Vendor lock-in"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix",
                       "Is depending on one vendor's stack acceptable?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Yes"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Portability is required")},
    {u"budget-headroom", QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Budget headroom"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix",
                       "Can we carry USD 10,000 to 20,000 a month of infrastructure?"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "No"),
     QT_TRANSLATE_NOOP("Gatehouse::DecisionMatrix", "Yes")},
}};

const DimensionText& textOf(Dimension dimension)
{
    return Dimensions[size_t(dimension)];
}

} // namespace

QString dimensionSlug(Dimension dimension)
{
    return QString::fromUtf16(textOf(dimension).slug);
}

std::optional<Dimension> dimensionFromSlug(QStringView slug)
{
    for (int i = 0; i < DimensionCount; ++i) {
        if (slug == QStringView(Dimensions[size_t(i)].slug))
            return Dimension(i);
    }
    return std::nullopt;
}

QString dimensionTitle(Dimension dimension)
{
    return Text::tr(textOf(dimension).title);
}

QString dimensionQuestion(Dimension dimension)
{
    return Text::tr(textOf(dimension).question);
}

QString dimensionLowMeaning(Dimension dimension)
{
    return Text::tr(textOf(dimension).low);
}

QString dimensionHighMeaning(Dimension dimension)
{
    return Text::tr(textOf(dimension).high);
}

QString bandSlug(Band band)
{
    switch (band) {
    case Band::PureSaas:
        return u"pure-saas"_s;
    case Band::ManagedSandbox:
        return u"managed-sandbox"_s;
    case Band::SelfHostedTunnel:
        return u"self-hosted-tunnel"_s;
    }
    return {};
}

std::optional<Band> bandFromSlug(QStringView slug)
{
    for (Band band : {Band::PureSaas, Band::ManagedSandbox, Band::SelfHostedTunnel}) {
        if (slug == bandSlug(band))
            return band;
    }
    return std::nullopt;
}

QString bandTitle(Band band)
{
    switch (band) {
    case Band::PureSaas:
        return Text::tr("Pure SaaS");
    case Band::ManagedSandbox:
        return Text::tr("Managed sandbox");
    case Band::SelfHostedTunnel:
        return Text::tr("Self-hosted sandbox + MCP tunnel");
    }
    return {};
}

Band bandForTotal(int total)
{
    if (total <= 15)
        return Band::PureSaas;
    if (total <= 28)
        return Band::ManagedSandbox;
    return Band::SelfHostedTunnel;
}

void MatrixAssessment::set(const DimensionScore& score)
{
    m_scores[size_t(score.dimension)] = score;
}

const std::optional<DimensionScore>& MatrixAssessment::score(Dimension dimension) const
{
    return m_scores[size_t(dimension)];
}

int MatrixAssessment::scoredCount() const
{
    return int(std::count_if(m_scores.begin(), m_scores.end(),
                             [](const auto& score) { return score.has_value(); }));
}

int MatrixAssessment::total() const
{
    int sum = 0;
    for (const auto& score : m_scores)
        sum += score ? score->score : 0;
    return sum;
}

std::optional<Band> MatrixAssessment::band() const
{
    return complete() ? std::optional(bandForTotal(total())) : std::nullopt;
}

std::array<PatternAspect, 7> patternComparison()
{
    return {{
        {Text::tr("Data residency"),
         {Text::tr("Vendor regions (US/EU)"), Text::tr("Provider regions"),
          Text::tr("Your VPC, your region")}},
        {Text::tr("Network exposure"),
         {Text::tr("Public endpoints"), Text::tr("Provider-managed isolation"),
          Text::tr("Outbound only, no inbound rules")}},
        {Text::tr("Setup time"),
         {Text::tr("1-2 days"), Text::tr("1-2 weeks"), Text::tr("3-8 weeks")}},
        {Text::tr("Ongoing cost"),
         {Text::tr("None beyond the API price"), Text::tr("USD 1-5K a month"),
          Text::tr("USD 5-20K a month plus operations")}},
        {Text::tr("Audit log control"),
         {Text::tr("Vendor console"), Text::tr("Provider and vendor"), Text::tr("Your SIEM")}},
        {Text::tr("Compliance fit"),
         {Text::tr("SOC 2, general privacy"), Text::tr("HIPAA, PCI (provider-dependent)"),
          Text::tr("FedRAMP, GDPR, regulated finance")}},
        {Text::tr("Best for"),
         {Text::tr("Pilots, low sensitivity"), Text::tr("Mid-sensitivity production"),
          Text::tr("Regulated industries, IP-heavy work")}},
    }};
}

} // namespace Gatehouse
