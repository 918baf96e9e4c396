// The deployment links dialog.
#include "deploymentlinksdialog.h"

#include "linklisteditor.h"

#include "models/evaluation/deploymentlinks.h"
#include "views/assessment/errormessage.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QStringList missingFrom(const QStringList& from, const QStringList& in)
{
    QStringList missing;
    for (const QString& id : from) {
        if (!in.contains(id))
            missing.append(id);
    }
    return missing;
}

QGroupBox* group(const QString& title, QWidget* content, const QString& hint)
{
    auto* box = new QGroupBox(title);
    auto* layout = new QVBoxLayout(box);
    if (!hint.isEmpty()) {
        auto* label = new QLabel(hint);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(content);
    return box;
}

} // namespace

DeploymentLinksDialog::DeploymentLinksDialog(Workspace& workspace, qint64 deploymentId,
                                             const QString& deploymentName, const QString& actor,
                                             QWidget* parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_deploymentId(deploymentId)
    , m_actor(actor)
{
    setObjectName(u"deploymentLinksDialog"_s);
    setWindowTitle(tr("Links of %1").arg(deploymentName));
    m_sources = new LinkListEditor(u"linkedSources"_s,
                                   [this](const QString& id) { return describeSource(id); });
    m_agents = new LinkListEditor(u"linkedAgents"_s, {});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &DeploymentLinksDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &DeploymentLinksDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(group(tr("Gateways and sandbox hosts"), m_sources,
                            tr("The sources whose telemetry and posture belong to this "
                               "deployment, by the id they report.")));
    layout->addWidget(group(tr("Agents"), m_agents,
                            tr("With no agent linked, every agent seen on the sources counts.")));
    layout->addWidget(buttons);
    resize(520, 560);
}

QString DeploymentLinksDialog::describeSource(const QString& id) const
{
    const QString kind = m_candidates.kindOf(id);
    if (kind == "tunnel-gateway"_L1)
        return tr("%1 (tunnel gateway)").arg(id);
    if (kind == "sandbox-host"_L1)
        return tr("%1 (sandbox host)").arg(id);
    return tr("%1 (no posture seen yet)").arg(id);
}

bool DeploymentLinksDialog::load()
{
    DeploymentLinks links(m_workspace);
    auto sources = links.sources(m_deploymentId);
    auto agents = links.agents(m_deploymentId);
    auto candidates = LinkCandidates::load(m_workspace);
    if (!sources || !agents || !candidates) {
        showError(parentWidget(), tr("Cannot edit the links"),
                  !sources  ? sources.error().message
                  : !agents ? agents.error().message
                            : candidates.error().message);
        return false;
    }
    m_candidates = *candidates;
    m_originalSources = *sources;
    m_originalAgents = *agents;
    m_sources->setIds(*sources);
    m_agents->setIds(*agents);
    QStringList sourceIds;
    for (const LinkCandidates::Source& s : m_candidates.sources)
        sourceIds.append(s.id);
    m_sources->setCandidates(sourceIds);
    m_agents->setCandidates(m_candidates.agents);
    return true;
}

Result<void> DeploymentLinksDialog::apply()
{
    DeploymentLinks links(m_workspace);
    const QStringList sources = m_sources->ids();
    const QStringList agents = m_agents->ids();
    const auto steps = {
        std::pair{missingFrom(sources, m_originalSources), &DeploymentLinks::linkSources},
        std::pair{missingFrom(m_originalSources, sources), &DeploymentLinks::unlinkSources},
        std::pair{missingFrom(agents, m_originalAgents), &DeploymentLinks::linkAgents},
        std::pair{missingFrom(m_originalAgents, agents), &DeploymentLinks::unlinkAgents}};
    for (const auto& [ids, change] : steps) {
        if (ids.isEmpty())
            continue;
        if (auto done = (links.*change)(m_deploymentId, ids, m_actor); !done)
            return done;
    }
    m_originalSources = sources;
    m_originalAgents = agents;
    return {};
}

void DeploymentLinksDialog::accept()
{
    if (auto applied = apply(); !applied) {
        showError(this, tr("Links not saved"), applied.error().message);
        return;
    }
    QDialog::accept();
}

} // namespace Gatehouse
