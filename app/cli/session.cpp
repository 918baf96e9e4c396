// Opening a session for the assessment and evidence commands.
#include "session.h"

#include <QCoreApplication>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

Session::Session(std::unique_ptr<Workspace> workspace)
    : m_workspace(std::move(workspace))
    , m_assessments(*m_workspace)
    , m_evidence(*m_workspace)
{
}

Result<std::unique_ptr<Session>> Session::open(Invocation& invocation)
{
    auto workspace = invocation.openWorkspace();
    if (!workspace)
        return std::unexpected(workspace.error());
    return std::unique_ptr<Session>(new Session(std::move(*workspace)));
}

Result<DeploymentSession> Session::openFor(Invocation& invocation, const QString& deployment)
{
    auto session = open(invocation);
    if (!session)
        return std::unexpected(session.error());
    const auto found = (*session)->assessments().deploymentByName(deployment);
    if (!found)
        return std::unexpected(found.error());
    return DeploymentSession{std::move(*session), *found};
}

Result<Control> parseControl(const QString& slug)
{
    if (const auto control = controlFromSlug(slug))
        return *control;
    QStringList slugs;
    for (int i = 0; i < ControlCount; ++i)
        slugs << controlSlug(Control(i));
    return fail(
        ErrorCode::InvalidArgument,
        QCoreApplication::translate("gatehouse-cli", "Unknown control '%1'; use one of: %2.")
            .arg(slug, slugs.join(u", "_s)));
}

} // namespace Gatehouse::Cli
