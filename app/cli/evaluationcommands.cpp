// gatehouse-cli link | links | transfer allow | transfer remove | drill start | drill stop |
// evaluate: what ties a deployment to its telemetry, and the measurement of its controls.
#include "clicommand.h"
#include "session.h"

#include "models/core/clock.h"
#include "models/evaluation/controlverdict.h"
#include "models/evaluation/deploymentlinks.h"
#include "models/evaluation/drilllog.h"
#include "models/evaluation/readinessevaluator.h"
#include "models/regions/regioncatalog.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace Gatehouse::Cli {

using namespace Qt::StringLiterals;

namespace {

// The translation context of the messages in this file.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(GatehouseCli)
};

// Opens the deployment named first, once the positional arguments are as many as the command takes.
Result<DeploymentSession> openTarget(Invocation& run, qsizetype arguments)
{
    const QStringList args = run.positional();
    if (args.size() != arguments)
        return fail(ErrorCode::InvalidArgument,
                    arguments == 1 ? Text::tr("Name one DEPLOYMENT.")
                                   : Text::tr("Name the DEPLOYMENT and the AGENT."));
    return Session::openFor(run, args.first());
}

// Repeated options and comma-separated lists both work: --source a --source b,c.
QStringList listOption(Invocation& run, const QString& name)
{
    QStringList values;
    for (const QString& value : run.parser().values(name)) {
        for (const QString& part : value.split(u',', Qt::SkipEmptyParts))
            values.append(part.trimmed());
    }
    return values;
}

int link(Invocation& run)
{
    auto target = openTarget(run, 1);
    if (!target)
        return run.failWith(target.error());
    const QStringList sources = listOption(run, u"source"_s);
    const QStringList agents = listOption(run, u"agent"_s);
    if (sources.isEmpty() && agents.isEmpty())
        return run.failWith(Text::tr("Give at least one --source or --agent to link."));
    DeploymentLinks links(target->session->workspace());
    const bool remove = run.parser().isSet(u"remove"_s);
    const qint64 id = target->deployment.id;
    if (!sources.isEmpty()) {
        auto done = remove ? links.unlinkSources(id, sources, run.actor())
                           : links.linkSources(id, sources, run.actor());
        if (!done)
            return run.failWith(done.error());
    }
    if (!agents.isEmpty()) {
        auto done = remove ? links.unlinkAgents(id, agents, run.actor())
                           : links.linkAgents(id, agents, run.actor());
        if (!done)
            return run.failWith(done.error());
    }
    if (run.json())
        run.printJson(
            QJsonDocument(QJsonObject{{u"deployment"_s, target->deployment.name},
                                      {u"removed"_s, remove},
                                      {u"sources"_s, QJsonArray::fromStringList(sources)},
                                      {u"agents"_s, QJsonArray::fromStringList(agents)}}));
    else
        run.out() << (remove ? Text::tr("Unlinked %1 and %2 from '%3'.")
                             : Text::tr("Linked %1 and %2 to '%3'."))
                         .arg(Text::tr("%n source(s)", nullptr, int(sources.size())),
                              Text::tr("%n agent(s)", nullptr, int(agents.size())),
                              target->deployment.name)
                  << Qt::endl;
    return 0;
}

QJsonObject drillJson(const KillSwitchDrill& d)
{
    QJsonObject o{{u"id"_s, d.id},
                  {u"agent"_s, d.agentId},
                  {u"startedAt"_s, toIsoUtc(d.startedAt)},
                  {u"startedBy"_s, d.startedBy},
                  {u"runbook"_s, d.runbook},
                  {u"endedAt"_s, d.endedAt.isValid() ? toIsoUtc(d.endedAt) : QString()}};
    if (d.lastCallAt)
        o.insert(u"lastCallAt"_s, toIsoUtc(*d.lastCallAt));
    if (d.timeToStopMs)
        o.insert(u"timeToStopSeconds"_s, double(*d.timeToStopMs) / 1000.0);
    return o;
}

struct LinkView
{
    QStringList sources;
    QStringList agents;
    TransferPolicy transfers;
    QList<KillSwitchDrill> drills;
};

Result<LinkView> readLinks(Workspace& workspace, qint64 id)
{
    DeploymentLinks links(workspace);
    auto sources = links.sources(id);
    auto agents = links.agents(id);
    auto transfers = links.transferPolicy(id);
    auto drills = DrillLog(workspace).drills(id);
    if (!sources || !agents || !transfers || !drills)
        return std::unexpected(!sources     ? sources.error()
                               : !agents    ? agents.error()
                               : !transfers ? transfers.error()
                                            : drills.error());
    return LinkView{*sources, *agents, *transfers, *drills};
}

void printLinksText(Invocation& run, const LinkView& view)
{
    run.out() << Text::tr("Sources: %1")
                     .arg(view.sources.isEmpty() ? Text::tr("none") : view.sources.join(u", "_s))
              << '\n';
    run.out() << Text::tr("Agents: %1")
                     .arg(view.agents.isEmpty() ? Text::tr("all seen on the sources")
                                                : view.agents.join(u", "_s))
              << '\n';
    for (const TransferRule& r : view.transfers.rules())
        run.out() << Text::tr("Transfer allowed: %1 data in %2 %3")
                         .arg(r.dataJurisdiction, r.computeJurisdiction, r.note)
                  << '\n';
    for (const KillSwitchDrill& d : view.drills) {
        const QString tts = d.timeToStopMs ? u"%1 s"_s.arg(double(*d.timeToStopMs) / 1000.0)
                                           : Text::tr("not measured yet");
        run.out() << Text::tr("Drill %1: %2 at %3 by %4, time to stop %5")
                         .arg(QString::number(d.id), d.agentId, toIsoUtc(d.startedAt), d.startedBy,
                              tts)
                  << '\n';
    }
}

int links(Invocation& run)
{
    auto target = openTarget(run, 1);
    if (!target)
        return run.failWith(target.error());
    auto view = readLinks(target->session->workspace(), target->deployment.id);
    if (!view)
        return run.failWith(view.error());
    if (!run.json()) {
        printLinksText(run, *view);
        return 0;
    }
    QJsonArray transfers, drills;
    for (const TransferRule& r : view->transfers.rules())
        transfers.append(QJsonObject{{u"data"_s, r.dataJurisdiction},
                                     {u"compute"_s, r.computeJurisdiction},
                                     {u"note"_s, r.note}});
    for (const KillSwitchDrill& d : view->drills)
        drills.append(drillJson(d));
    run.printJson(
        QJsonDocument(QJsonObject{{u"deployment"_s, target->deployment.name},
                                  {u"sources"_s, QJsonArray::fromStringList(view->sources)},
                                  {u"agents"_s, QJsonArray::fromStringList(view->agents)},
                                  {u"transfers"_s, transfers},
                                  {u"drills"_s, drills}}));
    return 0;
}

int transfer(Invocation& run, bool allow)
{
    const QStringList args = run.positional();
    if (args.size() != 3)
        return run.failWith(
            Text::tr("Name the DEPLOYMENT, the DATA jurisdiction and the COMPUTE one."));
    auto opened = Session::openFor(run, args[0]);
    if (!opened)
        return run.failWith(opened.error());
    const auto session = &opened->session;
    const auto deployment = &opened->deployment;
    DeploymentLinks links((*session)->workspace());
    const TransferRule rule{args[1].toUpper(), args[2].toUpper(), run.parser().value(u"note"_s)};
    auto done = allow ? links.allowTransfer(deployment->id, rule, run.actor())
                      : links.forbidTransfer(deployment->id, rule, run.actor());
    if (!done)
        return run.failWith(done.error());
    if (run.json())
        run.printJson(QJsonDocument(QJsonObject{{u"deployment"_s, deployment->name},
                                                {u"data"_s, rule.dataJurisdiction},
                                                {u"compute"_s, rule.computeJurisdiction},
                                                {u"allowed"_s, allow}}));
    else
        run.out() << (allow ? Text::tr("%1 data may now be processed in %2 for '%3'.")
                            : Text::tr("%1 data may no longer be processed in %2 for '%3'."))
                         .arg(rule.dataJurisdiction, rule.computeJurisdiction, deployment->name)
                  << Qt::endl;
    return 0;
}

int drill(Invocation& run, bool start)
{
    auto target = openTarget(run, 2);
    if (!target)
        return run.failWith(target.error());
    const QString agent = run.positional().at(1);
    DrillLog log(target->session->workspace());
    auto done = start ? log.start(target->deployment.id, agent, run.parser().value(u"runbook"_s),
                                  run.actor())
                      : log.stop(target->deployment.id, agent, run.actor());
    if (!done)
        return run.failWith(done.error());
    if (run.json())
        run.printJson(QJsonDocument(drillJson(*done)));
    else if (start)
        run.out() << Text::tr(
                         "Drill %1 of %2 started at %3; stop the agent now, then run 'drill stop'.")
                         .arg(QString::number(done->id), agent, toIsoUtc(done->startedAt))
                  << Qt::endl;
    else
        run.out() << Text::tr("Drill %1 of %2 ended; 'evaluate' measures its time to stop.")
                         .arg(QString::number(done->id), agent)
                  << Qt::endl;
    return 0;
}

struct Period
{
    QDateTime from;
    QDateTime to;
};

Result<Period> parsePeriod(Invocation& run)
{
    Period p{QDateTime::fromMSecsSinceEpoch(0, Qt::UTC), run.clock().now()};
    for (const auto& [name, slot] : {std::pair{u"from"_s, &p.from}, std::pair{u"to"_s, &p.to}}) {
        if (!run.parser().isSet(name))
            continue;
        *slot = parseIsoUtc(run.parser().value(name));
        if (!slot->isValid())
            return fail(ErrorCode::InvalidArgument,
                        Text::tr("--%1 takes a date (YYYY-MM-DD) or an ISO 8601 time, not '%2'.")
                            .arg(name, run.parser().value(name)));
    }
    if (p.from >= p.to)
        return fail(ErrorCode::InvalidArgument, Text::tr("--from must lie before --to."));
    return p;
}

QJsonObject verdictJson(const ControlVerdict& v)
{
    QJsonObject o{{u"control"_s, controlSlug(v.control)},
                  {u"status"_s, controlStatusSlug(v.shown)},
                  {u"manual"_s, controlStatusSlug(v.manual.status)},
                  {u"conflict"_s, v.conflict},
                  {u"explanation"_s, v.explanation}};
    if (v.measured) {
        o.insert(u"measured"_s, controlStatusSlug(v.measured->status));
        o.insert(u"reason"_s, v.measured->reason);
        o.insert(u"counts"_s, v.measured->counts);
        o.insert(u"offending"_s, v.measured->offending);
        o.insert(u"evidenceId"_s, v.measured->evidenceId);
    }
    return o;
}

QString countsText(const QJsonObject& counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts.append(u"%1=%2"_s.arg(it.key(), it.value().toVariant().toString()));
    return parts.join(u' ');
}

void printVerdictText(Invocation& run, const ControlVerdict& v)
{
    run.out() << controlSlug(v.control).leftJustified(20) << u' '
              << controlStatusSlug(v.shown).leftJustified(13) << u' ' << v.explanation << '\n';
    if (!v.measured) {
        run.out() << u"    "_s << Text::tr("measured: not measured from telemetry") << '\n';
        return;
    }
    run.out() << u"    "_s << v.measured->reason << '\n';
    if (!v.measured->counts.isEmpty())
        run.out() << u"    "_s << countsText(v.measured->counts) << '\n';
}

int evaluate(Invocation& run)
{
    auto target = openTarget(run, 1);
    if (!target)
        return run.failWith(target.error());
    auto period = parsePeriod(run);
    if (!period)
        return run.failWith(period.error());
    auto regions = RegionCatalog::builtIn();
    if (!regions)
        return run.failWith(regions.error());
    Session& s = *target->session;
    ReadinessEvaluator evaluator(s.workspace(), s.evidence(), *regions);
    auto measured =
        evaluator.measureAndStore(target->deployment.id, period->from, period->to, run.actor());
    if (!measured)
        return run.failWith(measured.error());
    auto checklist = s.assessments().checklist(target->deployment.id);
    if (!checklist)
        return run.failWith(checklist.error());
    QMap<Control, ControlMeasurement> byControl;
    for (const ControlMeasurement& m : *measured)
        byControl.insert(m.control, m);
    const QList<ControlVerdict> verdicts = ControlVerdict::combineAll(*checklist, byControl);
    const Readiness readiness = ControlVerdict::readinessOf(verdicts);
    if (run.json()) {
        QJsonArray controls;
        for (const ControlVerdict& v : verdicts)
            controls.append(verdictJson(v));
        run.printJson(QJsonDocument(QJsonObject{{u"deployment"_s, target->deployment.name},
                                                {u"from"_s, toIsoUtc(period->from)},
                                                {u"to"_s, toIsoUtc(period->to)},
                                                {u"controls"_s, controls},
                                                {u"readiness"_s, readinessSlug(readiness)}}));
        return 0;
    }
    for (const ControlVerdict& v : verdicts)
        printVerdictText(run, v);
    run.out() << Text::tr("Readiness: %1").arg(readinessSlug(readiness)) << Qt::endl;
    return 0;
}

Result<Region> siteFromArguments(Invocation& run)
{
    const QStringList args = run.positional();
    if (args.size() != 1)
        return fail(ErrorCode::InvalidArgument, Text::tr("site add takes one CODE."));
    Region site;
    site.code = args.first();
    site.name = run.parser().value(u"name"_s);
    site.city = run.parser().value(u"city"_s);
    site.country = run.parser().value(u"country"_s).toUpper();
    site.jurisdiction = run.parser().value(u"jurisdiction"_s).toUpper();
    bool latOk = false, lonOk = false;
    site.latitude = run.parser().value(u"lat"_s).toDouble(&latOk);
    site.longitude = run.parser().value(u"lon"_s).toDouble(&lonOk);
    if (site.name.isEmpty() || site.country.size() != 2 || !latOk || !lonOk)
        return fail(ErrorCode::InvalidArgument,
                    Text::tr("A site needs --name, a two-letter --country, --lat and --lon."));
    return site;
}

int addSite(Invocation& run)
{
    auto site = siteFromArguments(run);
    if (!site)
        return run.failWith(site.error());
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    if (auto done = DeploymentLinks(**workspace).addSite(*site, run.actor()); !done)
        return run.failWith(done.error());
    auto catalog = RegionCatalog::builtIn();
    if (!catalog)
        return run.failWith(catalog.error());
    if (auto added = catalog->addSite(*site); !added)
        return run.failWith(added.error());
    const QString jurisdiction = catalog->jurisdictionOf(site->code);
    if (run.json())
        run.printJson(QJsonDocument(QJsonObject{{u"code"_s, site->code},
                                                {u"country"_s, site->country},
                                                {u"jurisdiction"_s, jurisdiction}}));
    else
        run.out() << Text::tr("Site %1 added (%2, jurisdiction %3).")
                         .arg(site->code, site->country, jurisdiction)
                  << Qt::endl;
    return 0;
}

int listSites(Invocation& run)
{
    auto workspace = run.openWorkspace();
    if (!workspace)
        return run.failWith(workspace.error());
    auto sites = DeploymentLinks(**workspace).sites();
    if (!sites)
        return run.failWith(sites.error());
    QJsonArray array;
    for (const Region& r : *sites) {
        array.append(QJsonObject{{u"code"_s, r.code},
                                 {u"name"_s, r.name},
                                 {u"city"_s, r.city},
                                 {u"country"_s, r.country},
                                 {u"latitude"_s, r.latitude},
                                 {u"longitude"_s, r.longitude},
                                 {u"jurisdiction"_s, r.jurisdiction}});
        if (!run.json())
            run.out() << r.code << u"  "_s << r.name << u"  "_s << r.country << '\n';
    }
    if (run.json())
        run.printJson(QJsonDocument(array));
    else if (sites->isEmpty())
        run.out() << Text::tr("No on-premises sites; add one with 'gatehouse-cli site add'.")
                  << Qt::endl;
    return 0;
}

void siteOptions(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"CODE"_s, Text::tr("The site's code as telemetry names it."));
    parser.addOption({u"name"_s, Text::tr("Display name."), Text::tr("NAME")});
    parser.addOption({u"city"_s, Text::tr("City."), Text::tr("CITY")});
    parser.addOption({u"country"_s, Text::tr("ISO 3166 two-letter country code."), Text::tr("CC")});
    parser.addOption({u"lat"_s, Text::tr("Latitude in degrees."), Text::tr("DEG")});
    parser.addOption({u"lon"_s, Text::tr("Longitude in degrees."), Text::tr("DEG")});
    parser.addOption({u"jurisdiction"_s, Text::tr("Jurisdiction when not the country's (e.g. EU)."),
                      Text::tr("J")});
}

void deploymentArgument(QCommandLineParser& parser)
{
    parser.addPositionalArgument(u"DEPLOYMENT"_s, Text::tr("The deployment's name."));
}

void drillOptions(QCommandLineParser& parser, bool start)
{
    deploymentArgument(parser);
    parser.addPositionalArgument(u"AGENT"_s,
                                 Text::tr("The agent id (gen_ai.agent.id) being stopped."));
    if (start)
        parser.addOption({u"runbook"_s, Text::tr("The runbook followed."), Text::tr("TEXT")});
}

void addLinkCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {{u"link"_s},
         u"DEPLOYMENT [--source ID]... [--agent ID]... [--remove]"_s,
         Text::tr(
             "Link gateways, sandbox hosts and agents to a deployment (or unlink with --remove)"),
         [](QCommandLineParser& parser) {
             deploymentArgument(parser);
             parser.addOption({u"source"_s,
                               Text::tr("A gateway or sandbox host id, as in telemetry."),
                               Text::tr("ID")});
             parser.addOption(
                 {u"agent"_s, Text::tr("An agent id (gen_ai.agent.id)."), Text::tr("ID")});
             parser.addOption({u"remove"_s, Text::tr("Unlink instead of linking.")});
         },
         link});
    commands.push_back({{u"links"_s},
                        u"DEPLOYMENT"_s,
                        Text::tr("Show a deployment's sources, agents, transfer rules and drills"),
                        deploymentArgument,
                        links});
    const auto transferOptions = [](QCommandLineParser& parser) {
        deploymentArgument(parser);
        parser.addPositionalArgument(u"DATA"_s, Text::tr("The data's jurisdiction, e.g. EU."));
        parser.addPositionalArgument(u"COMPUTE"_s,
                                     Text::tr("The compute's jurisdiction, e.g. CH."));
        parser.addOption(
            {u"note"_s, Text::tr("The legal basis of the transfer."), Text::tr("TEXT")});
    };
    commands.push_back({{u"transfer"_s, u"allow"_s},
                        u"DEPLOYMENT DATA COMPUTE [--note TEXT]"_s,
                        Text::tr("Allow data of one jurisdiction to be processed in another"),
                        transferOptions,
                        [](Invocation& run) { return transfer(run, true); }});
    commands.push_back({{u"transfer"_s, u"remove"_s},
                        u"DEPLOYMENT DATA COMPUTE"_s,
                        Text::tr("Remove a transfer rule"),
                        transferOptions,
                        [](Invocation& run) { return transfer(run, false); }});
}

} // namespace

void addEvaluationCommands(std::vector<Command>& commands)
{
    addLinkCommands(commands);
    commands.push_back({{u"drill"_s, u"start"_s},
                        u"DEPLOYMENT AGENT [--runbook TEXT]"_s,
                        Text::tr("Record the start of a kill-switch drill on an agent"),
                        [](QCommandLineParser& p) { drillOptions(p, true); },
                        [](Invocation& run) { return drill(run, true); }});
    commands.push_back({{u"drill"_s, u"stop"_s},
                        u"DEPLOYMENT AGENT"_s,
                        Text::tr("Record the end of the running kill-switch drill of an agent"),
                        [](QCommandLineParser& p) { drillOptions(p, false); },
                        [](Invocation& run) { return drill(run, false); }});
    commands.push_back({{u"site"_s, u"add"_s},
                        u"CODE --name N --country CC --lat DEG --lon DEG [--city C]"_s,
                        Text::tr("Add an on-premises site to the region catalog"),
                        siteOptions,
                        addSite});
    commands.push_back({{u"sites"_s},
                        QString(),
                        Text::tr("List the on-premises sites"),
                        [](QCommandLineParser&) {},
                        listSites});
    commands.push_back(
        {{u"evaluate"_s},
         u"DEPLOYMENT [--from T] [--to T]"_s,
         Text::tr(
             "Measure the readiness controls from telemetry and store the results as evidence"),
         [](QCommandLineParser& parser) {
             deploymentArgument(parser);
             parser.addOption({u"from"_s,
                               Text::tr("Start of the period (default: the archive's start)."),
                               Text::tr("T")});
             parser.addOption(
                 {u"to"_s, Text::tr("End of the period (default: now)."), Text::tr("T")});
         },
         evaluate});
}

} // namespace Gatehouse::Cli
