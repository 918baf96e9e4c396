// Edits which gateways, sandbox hosts and agents belong to a deployment. The changes are
// written through DeploymentLinks (which audits each) when the dialog is accepted; a refusal
// keeps the dialog open with the reason.
#pragma once

#include "models/core/error.h"
#include "models/evaluation/linkcandidates.h"

#include <QDialog>

namespace Gatehouse {

class LinkListEditor;
class Workspace;

class DeploymentLinksDialog final : public QDialog
{
    Q_OBJECT

public:
    DeploymentLinksDialog(Workspace& workspace, qint64 deploymentId, const QString& deploymentName,
                          const QString& actor, QWidget* parent = nullptr);

    // Reads the current links and what the archive has seen; false (with a message shown)
    // when the workspace cannot be read.
    bool load();
    LinkListEditor* sourcesEditor() const { return m_sources; }
    LinkListEditor* agentsEditor() const { return m_agents; }
    // Writes the differences from what load() read.
    Result<void> apply();

    void accept() override;

private:
    QString describeSource(const QString& id) const;

    Workspace& m_workspace;
    qint64 m_deploymentId = 0;
    QString m_actor;
    LinkCandidates m_candidates;
    QStringList m_originalSources;
    QStringList m_originalAgents;
    LinkListEditor* m_sources = nullptr;
    LinkListEditor* m_agents = nullptr;
};

} // namespace Gatehouse
