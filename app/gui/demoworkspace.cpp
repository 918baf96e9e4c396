// The demo workspace's example deployments.
#include "demoworkspace.h"

#include "models/assessment/assessmentstore.h"
#include "models/core/clock.h"
#include "models/evidence/evidencestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <array>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

const QString Architect = u"demo-architect"_s;
const QString Auditor = u"demo-auditor"_s;

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::DemoWorkspace)
};

struct DemoDeployment
{
    Deployment deployment;
    std::array<int, DimensionCount> scores;
    QList<std::pair<Control, ControlStatus>> states;
};

Result<qint64> addScored(AssessmentStore& store, const DemoDeployment& demo)
{
    auto added = store.addDeployment(demo.deployment, Architect);
    if (!added)
        return std::unexpected(added.error());
    QList<DimensionScore> scores;
    for (int i = 0; i < DimensionCount; ++i)
        scores.append({Dimension(i),
                       demo.scores.at(size_t(i)),
                       Text::tr("Agreed in the intake review"),
                       {},
                       {}});
    if (auto scored = store.scoreMatrix(added->id, scores, Architect); !scored)
        return std::unexpected(scored.error());
    for (const auto& [control, status] : demo.states) {
        const QString note =
            status == ControlStatus::NotApplicable
                ? Text::tr("No personal or regulated data leaves the vendor region.")
                : Text::tr("Checked in the readiness review.");
        if (auto set = store.setControlState(added->id, control, status, note, Auditor); !set)
            return std::unexpected(set.error());
    }
    return added->id;
}

Result<QString> writeFile(const QString& dir, const QString& name, const QByteArray& content)
{
    QFile file(QDir(dir).filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        return fail(ErrorCode::Io, Text::tr("Cannot write the demo file %1: %2.")
                                       .arg(file.fileName(), file.errorString()));
    return file.fileName();
}

EvidenceStore::NewEvidence request(qint64 deployment, Control control, const QString& title,
                                   const QDateTime& collected)
{
    EvidenceStore::NewEvidence evidence;
    evidence.deploymentId = deployment;
    evidence.control = control;
    evidence.title = title;
    evidence.collectedAt = collected;
    return evidence;
}

Result<void> approve(EvidenceStore& store, const Result<Evidence>& added, bool decide)
{
    if (!added)
        return std::unexpected(added.error());
    if (auto submitted = store.setStatus(added->id, EvidenceStatus::InReview, Architect);
        !submitted)
        return submitted;
    return decide ? store.setStatus(added->id, EvidenceStatus::Approved, Auditor) : Result<void>{};
}

Result<void> addClaimsEvidence(EvidenceStore& store, qint64 id, const Clock& clock,
                               const QString& dir)
{
    const QDateTime now = clock.now();
    auto iam = writeFile(dir, u"iam-export.csv"_s,
                         "agent,credential,issued\nclaims-intake,cred-7f1,2026-01-02\n"
                         "claims-review,cred-a20,2026-01-02\n");
    if (!iam)
        return std::unexpected(iam.error());
    auto added = store.addFile(
        request(id, Control::ServiceIdentity, Text::tr("IAM export"), now.addDays(-3)), *iam,
        Architect);
    if (auto done = approve(store, added, true); !done)
        return done;
    added = store.addNote(request(id, Control::ServiceIdentity,
                                  Text::tr("Credential inventory review"), now.addDays(-1)),
                          Text::tr("Each agent holds its own gateway credential; none is shared."),
                          Architect);
    if (auto done = approve(store, added, false); !done)
        return done;
    auto firewall = writeFile(dir, u"firewall-export.txt"_s,
                              "chain OUTPUT policy ACCEPT\nchain INPUT policy DROP\n");
    if (!firewall)
        return std::unexpected(firewall.error());
    added = store.addFile(
        request(id, Control::OutboundOnly, Text::tr("Firewall export"), now.addDays(-10)),
        *firewall, Architect);
    if (!added)
        return std::unexpected(added.error());
    // Older than the kill switch's 90 days, so it shows as expired.
    added = store.addNote(
        request(id, Control::KillSwitch, Text::tr("Kill-switch drill report"), now.addDays(-120)),
        Text::tr("The drill stopped the agent 3 minutes after the switch."), Architect);
    return added ? Result<void>{} : std::unexpected(added.error());
}

QList<DemoDeployment> demoDeployments()
{
    using S = ControlStatus;
    DemoDeployment claims{
        {0,
         Text::tr("Claims processing agent"),
         Text::tr("Claims Operations"),
         Text::tr("Agents that read claim files and draft decisions for adjusters."),
         Text::tr("Claims database, document store, two internal MCP servers"),
         {},
         {}},
        {5, 5, 5, 2, 4, 5, 4, 4},
        {}};
    const std::array claimsStates{S::Pass, S::Pass, S::Pass, S::Pass, S::Pass,        S::Pass,
                                  S::Pass, S::Pass, S::Pass, S::Fail, S::NotAssessed, S::Pass};
    for (int i = 0; i < ControlCount; ++i) {
        if (claimsStates.at(size_t(i)) != S::NotAssessed)
            claims.states.append({Control(i), claimsStates.at(size_t(i))});
    }
    DemoDeployment support{{0,
                            Text::tr("Support ticket triage"),
                            Text::tr("Customer Support"),
                            Text::tr("Agents that label and route incoming tickets."),
                            Text::tr("Ticketing system (read and label), knowledge base"),
                            {},
                            {}},
                           {3, 2, 3, 2, 3, 2, 3, 2},
                           {{Control::ServiceIdentity, S::Pass},
                            {Control::LeastPrivilege, S::Pass},
                            {Control::HumanAttribution, S::Fail},
                            {Control::DataResidency, S::NotApplicable},
                            {Control::SecretsNotLogged, S::Pass},
                            {Control::GovernancePolicy, S::Pass}}};
    DemoDeployment marketing{
        {0,
         Text::tr("Marketing copy drafts"),
         Text::tr("Brand Team"),
         Text::tr("Agents that draft campaign copy from public material."),
         Text::tr("Public website content only"),
         {},
         {}},
        {1, 1, 2, 1, 2, 1, 2, 1},
        {{Control::ServiceIdentity, S::Pass}, {Control::GovernancePolicy, S::Pass}}};
    return {claims, support, marketing};
}

} // namespace

Result<void> seedDemoWorkspace(AssessmentStore& assessments, EvidenceStore& evidence,
                               const Clock& clock, const QString& scratchDir)
{
    QList<qint64> ids;
    for (const DemoDeployment& demo : demoDeployments()) {
        auto id = addScored(assessments, demo);
        if (!id)
            return std::unexpected(id.error());
        ids.append(*id);
    }
    // A re-scoring, so the history of the first deployment has more than one entry.
    if (auto rescored = assessments.scoreMatrix(
            ids.first(),
            {{Dimension::LatencyTolerance, 3, Text::tr("Batch work; 300 ms is fine"), {}, {}}},
            Auditor);
        !rescored)
        return rescored;
    if (auto done = addClaimsEvidence(evidence, ids.first(), clock, scratchDir); !done)
        return done;
    auto note = evidence.addNote(request(ids.at(1), Control::GovernancePolicy,
                                         Text::tr("Policy sign-off"), clock.now().addDays(-20)),
                                 Text::tr("Signed by legal, security and the support director."),
                                 Architect);
    return note ? Result<void>{} : std::unexpected(note.error());
}

} // namespace Gatehouse
