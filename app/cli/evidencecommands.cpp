// gatehouse-cli evidence add | note | list | status | export | freshness
#include "clicommand.h"
#include "jsonformat.h"
#include "session.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

struct Target
{
    std::unique_ptr<Session> session;
    Deployment deployment;
    Control control = Control::ServiceIdentity;
};

// Resolves DEPLOYMENT CONTROL, the first two arguments of most evidence commands.
Result<Target> openTarget(Invocation& run, const QStringList& args)
{
    const auto control = parseControl(args.value(1));
    if (!control)
        return std::unexpected(control.error());
    auto opened = Session::openFor(run, args.first());
    if (!opened)
        return std::unexpected(opened.error());
    return Target{std::move(opened->session), opened->deployment, *control};
}

Result<QDateTime> collectedAt(Invocation& run)
{
    if (!run.parser().isSet(u"collected"_s))
        return QDateTime();
    const QDateTime time = parseIsoUtc(run.parser().value(u"collected"_s));
    if (!time.isValid())
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("--collected takes a date (YYYY-MM-DD) or an ISO 8601 time, not '%1'.")
                        .arg(run.parser().value(u"collected"_s)));
    if (time > run.clock().now())
        return fail(ErrorCode::InvalidArgument, Text::tr("--collected lies in the future."));
    return time;
}

int printEvidence(Invocation& run, Target& target, const Evidence& evidence)
{
    const auto maxAge =
        target.session->evidence().maxEvidenceAgeDays(target.deployment.id, evidence.control);
    if (!maxAge)
        return run.failWith(maxAge.error());
    if (run.json()) {
        run.printJson(QJsonDocument(toJson(evidence, run.clock().now(), *maxAge)));
    } else {
        run.out() << Text::tr("Evidence %1 (%2, revision %3) sha256 %4")
                         .arg(evidence.id)
                         .arg(evidence.title)
                         .arg(evidence.revision)
                         .arg(QString::fromLatin1(evidence.sha256))
                  << Qt::endl;
    }
    return 0;
}

EvidenceStore::NewEvidence newEvidence(Invocation& run, const Target& target, const QDateTime& when)
{
    EvidenceStore::NewEvidence request;
    request.deploymentId = target.deployment.id;
    request.control = target.control;
    request.title = run.parser().value(u"title"_s);
    request.collectedAt = when;
    request.revisionOf = run.parser().value(u"revision-of"_s).toLongLong();
    return request;
}

int addEvidence(Invocation& run, bool note)
{
    const QStringList args = run.positional();
    if (args.size() != 3)
        return run.failWith(note ? Text::tr("evidence note takes DEPLOYMENT CONTROL TEXT.")
                                 : Text::tr("evidence add takes DEPLOYMENT CONTROL FILE."));
    const auto when = collectedAt(run);
    if (!when)
        return run.failWith(when.error());
    auto target = openTarget(run, args);
    if (!target)
        return run.failWith(target.error());
    const auto request = newEvidence(run, *target, *when);
    const auto added = note ? target->session->evidence().addNote(request, args.at(2), run.actor())
                            : target->session->evidence().addFile(request, args.at(2), run.actor());
    if (!added)
        return run.failWith(added.error());
    return printEvidence(run, *target, *added);
}

int listEvidence(Invocation& run)
{
    const QStringList args = run.positional();
    if (args.size() != 2)
        return run.failWith(Text::tr("evidence list takes DEPLOYMENT CONTROL."));
    auto target = openTarget(run, args);
    if (!target)
        return run.failWith(target.error());
    EvidenceStore& store = target->session->evidence();
    const auto items = store.list(target->deployment.id, target->control);
    const auto maxAge = store.maxEvidenceAgeDays(target->deployment.id, target->control);
    if (!items || !maxAge)
        return run.failWith(!items ? items.error() : maxAge.error());
    QJsonArray array;
    for (const Evidence& e : *items)
        array.append(toJson(e, run.clock().now(), *maxAge));
    if (run.json()) {
        run.printJson(QJsonDocument(array));
        return 0;
    }
    if (items->isEmpty())
        run.out() << Text::tr("No evidence for this control yet.") << Qt::endl;
    for (const QJsonValue& value : std::as_const(array)) {
        const QJsonObject e = value.toObject();
        run.out() << e[u"id"_s].toInteger() << "  " << e[u"status"_s].toString().leftJustified(10)
                  << ' ' << e[u"collected_at"_s].toString() << "  " << e[u"title"_s].toString()
                  << "  " << e[u"sha256"_s].toString() << '\n';
    }
    return 0;
}

int setEvidenceStatus(Invocation& run)
{
    const QStringList args = run.positional();
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    const auto status = evidenceStatusFromSlug(args.value(1));
    if (args.size() != 2 || !ok || !status || *status == EvidenceStatus::Expired)
        return run.failWith(
            Text::tr("evidence status takes ID and one of draft, in-review, approved, "
                     "rejected."));
    auto session = Session::open(run);
    if (!session)
        return run.failWith(session.error());
    if (auto done = (*session)->evidence().setStatus(id, *status, run.actor()); !done)
        return run.failWith(done.error());
    if (run.json())
        run.printJson(QJsonDocument(QJsonObject{{u"id"_s, id}, {u"status"_s, args.at(1)}}));
    else
        run.out() << Text::tr("Evidence %1 is now %2.").arg(id).arg(args.at(1)) << Qt::endl;
    return 0;
}

int exportEvidence(Invocation& run)
{
    const QStringList args = run.positional();
    bool ok = false;
    const qint64 id = args.value(2).toLongLong(&ok);
    if (args.size() != 4 || !ok)
        return run.failWith(Text::tr("evidence export takes DEPLOYMENT CONTROL ID OUTFILE."));
    auto target = openTarget(run, args);
    if (!target)
        return run.failWith(target.error());
    EvidenceStore& store = target->session->evidence();
    const auto evidence = store.evidence(id);
    if (!evidence)
        return run.failWith(evidence.error());
    if (evidence->deploymentId != target->deployment.id || evidence->control != target->control)
        return run.failWith(Error{ErrorCode::NotFound,
                                  Text::tr("Evidence %1 does not belong to %2 / %3.")
                                      .arg(id)
                                      .arg(target->deployment.name, controlSlug(target->control))});
    const auto written = store.exportTo(id, args.at(3));
    if (!written)
        return run.failWith(written.error());
    if (run.json())
        run.printJson(
            QJsonDocument(QJsonObject{{u"id"_s, id},
                                      {u"path"_s, args.at(3)},
                                      {u"bytes"_s, *written},
                                      {u"sha256"_s, QString::fromLatin1(evidence->sha256)},
                                      {u"verified"_s, true}}));
    else
        run.out()
            << Text::tr("Exported %1 bytes to %2; SHA-256 verified.").arg(*written).arg(args.at(3))
            << Qt::endl;
    return 0;
}

int setFreshness(Invocation& run)
{
    const QStringList args = run.positional();
    bool ok = false;
    const int days = args.value(2).toInt(&ok);
    const bool none = args.value(2) == "none"_L1;
    if (args.size() != 3 || (!ok && !none) || (ok && days < 1))
        return run.failWith(
            Text::tr("evidence freshness takes DEPLOYMENT CONTROL DAYS (or 'none')."));
    auto target = openTarget(run, args);
    if (!target)
        return run.failWith(target.error());
    const std::optional<int> window = none ? std::nullopt : std::optional(days);
    if (auto done = target->session->evidence().setMaxEvidenceAgeDays(
            target->deployment.id, target->control, window, run.actor());
        !done)
        return run.failWith(done.error());
    if (!run.json())
        run.out() << Text::tr("Evidence for %1 now expires after %2.")
                         .arg(controlSlug(target->control),
                              none ? Text::tr("no time") : Text::tr("%1 days").arg(days))
                  << Qt::endl;
    return 0;
}

void addEvidenceOptions(QCommandLineParser& parser)
{
    parser.addOption({u"collected"_s, Text::tr("When the evidence was produced (default: now)."),
                      Text::tr("DATE")});
    parser.addOption(
        {u"title"_s, Text::tr("A title (default: the file name)."), Text::tr("TITLE")});
    parser.addOption(
        {u"revision-of"_s, Text::tr("The id of the evidence this one corrects."), Text::tr("ID")});
}

} // namespace

void addEvidenceCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {{u"evidence"_s, u"add"_s},
         u"DEPLOYMENT CONTROL FILE [--collected DATE] [--title T] [--revision-of ID]"_s,
         Text::tr("Attach a file to a control; prints its SHA-256"),
         addEvidenceOptions,
         [](Invocation& run) { return addEvidence(run, false); }});
    commands.push_back({{u"evidence"_s, u"note"_s},
                        u"DEPLOYMENT CONTROL TEXT [--collected DATE] [--title T]"_s,
                        Text::tr("Attach a written note to a control"),
                        addEvidenceOptions,
                        [](Invocation& run) { return addEvidence(run, true); }});
    commands.push_back({{u"evidence"_s, u"list"_s},
                        u"DEPLOYMENT CONTROL"_s,
                        Text::tr("List a control's evidence with status and hashes"),
                        {},
                        listEvidence});
    commands.push_back({{u"evidence"_s, u"status"_s},
                        u"ID STATUS"_s,
                        Text::tr("Move evidence to in-review, approved, rejected or back to draft"),
                        {},
                        setEvidenceStatus});
    commands.push_back({{u"evidence"_s, u"export"_s},
                        u"DEPLOYMENT CONTROL ID OUTFILE"_s,
                        Text::tr("Write evidence back to a file, verifying its SHA-256"),
                        {},
                        exportEvidence});
    commands.push_back({{u"evidence"_s, u"freshness"_s},
                        u"DEPLOYMENT CONTROL DAYS|none"_s,
                        Text::tr("Set how old a control's evidence may be before it expires"),
                        {},
                        setFreshness});
}

} // namespace Gatehouse::Cli
