// An open workspace with the assessment and evidence stores on it, for the commands that use them.
#pragma once

#include "clicommand.h"

#include "models/assessment/assessmentstore.h"
#include "models/evidence/evidencestore.h"

namespace Gatehouse::Cli {

class Session;

// An open session and the deployment a command names.
struct DeploymentSession
{
    std::unique_ptr<Session> session;
    Deployment deployment;
};

class Session
{
public:
    static Result<std::unique_ptr<Session>> open(Invocation& invocation);
    // Opens the session and finds the deployment by name; either failure is the result.
    static Result<DeploymentSession> openFor(Invocation& invocation, const QString& deployment);

    Workspace& workspace() { return *m_workspace; }
    AssessmentStore& assessments() { return m_assessments; }
    EvidenceStore& evidence() { return m_evidence; }

private:
    explicit Session(std::unique_ptr<Workspace> workspace);

    std::unique_ptr<Workspace> m_workspace;
    AssessmentStore m_assessments;
    EvidenceStore m_evidence;
};

// The control named by a slug, or an error that lists the valid slugs.
Result<Control> parseControl(const QString& slug);

} // namespace Gatehouse::Cli
