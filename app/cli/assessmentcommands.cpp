// gatehouse-cli deployment add | deployment list | matrix set | matrix show | checklist set |
// checklist show | compare
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

int addDeployment(Invocation& run)
{
    const QStringList args = run.positional();
    if (args.size() != 1)
        return run.failWith(Text::tr("deployment add takes one NAME."));
    auto session = Session::open(run);
    if (!session)
        return run.failWith(session.error());
    Deployment deployment;
    deployment.name = args.first();
    deployment.owner = run.parser().value(u"owner"_s);
    deployment.description = run.parser().value(u"description"_s);
    deployment.scope = run.parser().value(u"scope"_s);
    const auto added = (*session)->assessments().addDeployment(deployment, run.actor());
    if (!added)
        return run.failWith(added.error());
    if (run.json())
        run.printJson(QJsonDocument(toJson(*added)));
    else
        run.out() << Text::tr("Added deployment '%1'.").arg(added->name) << Qt::endl;
    return 0;
}

int listDeployments(Invocation& run)
{
    auto session = Session::open(run);
    if (!session)
        return run.failWith(session.error());
    const auto deployments = (*session)->assessments().deployments();
    if (!deployments)
        return run.failWith(deployments.error());
    if (run.json()) {
        QJsonArray array;
        for (const Deployment& d : *deployments)
            array.append(toJson(d));
        run.printJson(QJsonDocument(array));
        return 0;
    }
    if (deployments->isEmpty())
        run.out() << Text::tr(
            "No deployments yet; add one with 'gatehouse-cli deployment add NAME'.")
                  << Qt::endl;
    for (const Deployment& d : *deployments)
        run.out() << d.name << (d.owner.isEmpty() ? QString() : u"  ("_s + d.owner + u')') << '\n';
    return 0;
}

// Parses "slug=value" pairs; the error names the first malformed one.
Result<QMap<Dimension, QString>> parseAssignments(const QStringList& items, const QString& what)
{
    QMap<Dimension, QString> result;
    for (const QString& item : items) {
        const qsizetype equals = item.indexOf(u'=');
        const auto dimension =
            equals > 0 ? dimensionFromSlug(QStringView(item).left(equals)) : std::nullopt;
        if (!dimension) {
            QStringList slugs;
            for (int i = 0; i < DimensionCount; ++i)
                slugs << dimensionSlug(Dimension(i));
            return fail(ErrorCode::InvalidArgument,
                        Text::tr("'%1' is not DIMENSION=%2; dimensions are: %3.")
                            .arg(item, what, slugs.join(u", "_s)));
        }
        result.insert(*dimension, item.mid(equals + 1));
    }
    return result;
}

Result<QList<DimensionScore>> scoresFromArguments(const QStringList& scoreArgs,
                                                  const QStringList& rationaleArgs)
{
    const auto scores = parseAssignments(scoreArgs, Text::tr("SCORE"));
    if (!scores)
        return std::unexpected(scores.error());
    const auto rationales = parseAssignments(rationaleArgs, Text::tr("TEXT"));
    if (!rationales)
        return std::unexpected(rationales.error());
    QList<DimensionScore> result;
    for (auto it = scores->cbegin(); it != scores->cend(); ++it) {
        bool ok = false;
        const int value = it.value().toInt(&ok);
        if (!ok || value < MinScore || value > MaxScore)
            return fail(ErrorCode::InvalidArgument,
                        Text::tr("The score of %1 must be a whole number from 1 to 5, not '%2'.")
                            .arg(dimensionSlug(it.key()), it.value()));
        result.append(DimensionScore{it.key(), value, rationales->value(it.key()), {}, {}});
    }
    for (auto it = rationales->cbegin(); it != rationales->cend(); ++it) {
        if (!scores->contains(it.key()))
            return fail(ErrorCode::InvalidArgument,
                        Text::tr("A rationale for %1 needs a score for it too.")
                            .arg(dimensionSlug(it.key())));
    }
    return result;
}

int setMatrix(Invocation& run)
{
    QStringList args = run.positional();
    if (args.size() < 2)
        return run.failWith(
            Text::tr("matrix set takes a DEPLOYMENT and at least one DIMENSION=SCORE."));
    const QString name = args.takeFirst();
    const auto scores = scoresFromArguments(args, run.parser().values(u"rationale"_s));
    if (!scores)
        return run.failWith(scores.error());
    auto opened = Session::openFor(run, name);
    if (!opened)
        return run.failWith(opened.error());
    const auto session = &opened->session;
    const auto deployment = &opened->deployment;
    if (auto done = (*session)->assessments().scoreMatrix(deployment->id, *scores, run.actor());
        !done)
        return run.failWith(done.error());
    const auto matrix = (*session)->assessments().matrix(deployment->id);
    if (!matrix)
        return run.failWith(matrix.error());
    if (run.json())
        run.printJson(QJsonDocument(toJson(*matrix)));
    else
        run.out() << Text::tr("Scored %n dimension(s) of '%1'; total %2.", nullptr,
                              int(scores->size()))
                         .arg(deployment->name)
                         .arg(matrix->total())
                  << Qt::endl;
    return 0;
}

void printMatrix(QTextStream& out, const MatrixAssessment& matrix)
{
    for (int i = 0; i < DimensionCount; ++i) {
        const auto& score = matrix.score(Dimension(i));
        out << dimensionSlug(Dimension(i)).leftJustified(22) << ' '
            << (score ? QString::number(score->score) : u"-"_s) << "  "
            << (score ? score->rationale : QString()) << '\n';
    }
    const auto band = matrix.band();
    out << Text::tr("total %1 of 40, %2 of 8 scored").arg(matrix.total()).arg(matrix.scoredCount())
        << '\n'
        << Text::tr("band: %1")
               .arg(band ? bandSlug(*band) + u" ("_s + bandTitle(*band) + u')'
                         : Text::tr("incomplete"))
        << Qt::endl;
}

int showMatrix(Invocation& run)
{
    const QStringList args = run.positional();
    if (args.size() != 1)
        return run.failWith(Text::tr("matrix show takes one DEPLOYMENT."));
    auto opened = Session::openFor(run, args.first());
    if (!opened)
        return run.failWith(opened.error());
    const auto session = &opened->session;
    const auto deployment = &opened->deployment;
    const auto matrix = (*session)->assessments().matrix(deployment->id);
    if (!matrix)
        return run.failWith(matrix.error());
    if (!run.json()) {
        printMatrix(run.out(), *matrix);
        return 0;
    }
    QJsonObject object = toJson(*matrix);
    object.insert(u"deployment"_s, deployment->name);
    run.printJson(QJsonDocument(object));
    return 0;
}

int setChecklist(Invocation& run)
{
    const QStringList args = run.positional();
    if (args.size() != 3)
        return run.failWith(Text::tr("checklist set takes DEPLOYMENT CONTROL STATUS."));
    const auto control = parseControl(args.at(1));
    if (!control)
        return run.failWith(control.error());
    const auto status = controlStatusFromSlug(args.at(2));
    if (!status)
        return run.failWith(Text::tr("Unknown status '%1'; use not-assessed, pass, fail or "
                                     "not-applicable.")
                                .arg(args.at(2)));
    auto opened = Session::openFor(run, args.first());
    if (!opened)
        return run.failWith(opened.error());
    const auto session = &opened->session;
    const auto deployment = &opened->deployment;
    const QString note = run.parser().value(u"note"_s);
    if (auto done = (*session)->assessments().setControlState(deployment->id, *control, *status,
                                                              note, run.actor());
        !done)
        return run.failWith(done.error());
    if (!run.json())
        run.out() << Text::tr("%1 of '%2' is now %3.")
                         .arg(controlSlug(*control), deployment->name, controlStatusSlug(*status))
                  << Qt::endl;
    else
        run.printJson(QJsonDocument(QJsonObject{{u"deployment"_s, deployment->name},
                                                {u"control"_s, controlSlug(*control)},
                                                {u"status"_s, controlStatusSlug(*status)}}));
    return 0;
}

Result<QJsonObject> checklistJson(Session& session, const Deployment& deployment)
{
    const auto checklist = session.assessments().checklist(deployment.id);
    if (!checklist)
        return std::unexpected(checklist.error());
    const auto counts = session.evidence().countsByControl(deployment.id);
    if (!counts)
        return std::unexpected(counts.error());
    QJsonObject object = toJson(*checklist, *counts);
    object.insert(u"deployment"_s, deployment.name);
    return object;
}

int showChecklist(Invocation& run)
{
    const QStringList args = run.positional();
    if (args.size() != 1)
        return run.failWith(Text::tr("checklist show takes one DEPLOYMENT."));
    auto opened = Session::openFor(run, args.first());
    if (!opened)
        return run.failWith(opened.error());
    const auto session = &opened->session;
    const auto deployment = &opened->deployment;
    const auto object = checklistJson(**session, *deployment);
    if (!object)
        return run.failWith(object.error());
    if (run.json()) {
        run.printJson(QJsonDocument(*object));
        return 0;
    }
    for (const QJsonValue& value : (*object)[u"controls"_s].toArray()) {
        const QJsonObject c = value.toObject();
        run.out() << c[u"control"_s].toString().leftJustified(22) << ' '
                  << c[u"status"_s].toString().leftJustified(15) << ' '
                  << Text::tr("%n evidence", nullptr, c[u"evidence"_s].toInt()) << '\n';
    }
    run.out() << Text::tr("%1 of 12 satisfied: %2")
                     .arg((*object)[u"satisfied"_s].toInt())
                     .arg((*object)[u"readiness"_s].toString())
              << Qt::endl;
    return 0;
}

int compareDeployments(Invocation& run)
{
    const QStringList args = run.positional();
    if (args.size() < 2 || args.size() > 3)
        return run.failWith(Text::tr("compare takes two or three DEPLOYMENT names."));
    auto session = Session::open(run);
    if (!session)
        return run.failWith(session.error());
    QJsonArray rows;
    for (const QString& name : args) {
        const auto deployment = (*session)->assessments().deploymentByName(name);
        if (!deployment)
            return run.failWith(deployment.error());
        const auto matrix = (*session)->assessments().matrix(deployment->id);
        const auto checklist = checklistJson(**session, *deployment);
        if (!matrix || !checklist)
            return run.failWith(!matrix ? matrix.error() : checklist.error());
        QJsonObject row = toJson(*matrix);
        row.insert(u"deployment"_s, deployment->name);
        row.insert(u"readiness"_s, (*checklist)[u"readiness"_s]);
        row.insert(u"satisfied"_s, (*checklist)[u"satisfied"_s]);
        rows.append(row);
    }
    if (run.json()) {
        run.printJson(QJsonDocument(rows));
        return 0;
    }
    for (const QJsonValue& value : std::as_const(rows)) {
        const QJsonObject row = value.toObject();
        run.out() << row[u"deployment"_s].toString().leftJustified(24) << ' '
                  << Text::tr("total %1").arg(row[u"total"_s].toInt()) << "  "
                  << (row[u"band"_s].isNull() ? Text::tr("incomplete") : row[u"band"_s].toString())
                  << "  " << row[u"readiness"_s].toString() << '\n';
    }
    return 0;
}

} // namespace

void addAssessmentCommands(std::vector<Command>& commands)
{
    commands.push_back(
        {{u"deployment"_s, u"add"_s},
         u"NAME [--owner O] [--description D] [--scope S]"_s,
         Text::tr("Add a deployment to assess"),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(u"NAME"_s, Text::tr("A name unique in the workspace."));
             parser.addOption({u"owner"_s, Text::tr("Who owns the deployment."), Text::tr("O")});
             parser.addOption({u"description"_s, Text::tr("What the agents do."), Text::tr("D")});
             parser.addOption(
                 {u"scope"_s, Text::tr("Which systems and data are in scope."), Text::tr("S")});
         },
         addDeployment});
    commands.push_back(
        {{u"deployment"_s, u"list"_s}, {}, Text::tr("List the deployments"), {}, listDeployments});
    commands.push_back(
        {{u"matrix"_s, u"set"_s},
         u"DEPLOYMENT DIMENSION=SCORE... [--rationale DIMENSION=TEXT]"_s,
         Text::tr("Score decision-matrix dimensions from 1 to 5"),
         [](QCommandLineParser& parser) {
             parser.addPositionalArgument(u"DEPLOYMENT"_s, Text::tr("The deployment's name."));
             parser.addPositionalArgument(u"DIMENSION=SCORE"_s, Text::tr("One or more scores."));
             parser.addOption({u"rationale"_s,
                               Text::tr("Why a dimension has its score (repeatable)."),
                               Text::tr("DIMENSION=TEXT")});
         },
         setMatrix});
    commands.push_back({{u"matrix"_s, u"show"_s},
                        u"DEPLOYMENT"_s,
                        Text::tr("Show the scores, total, band and recommended pattern"),
                        {},
                        showMatrix});
    commands.push_back(
        {{u"checklist"_s, u"set"_s},
         u"DEPLOYMENT CONTROL STATUS [--note TEXT]"_s,
         Text::tr("Set a readiness control to not-assessed, pass, fail or not-applicable"),
         [](QCommandLineParser& parser) {
             parser.addOption({u"note"_s,
                               Text::tr("A note; required as justification for "
                                        "not-applicable."),
                               Text::tr("TEXT")});
         },
         setChecklist});
    commands.push_back({{u"checklist"_s, u"show"_s},
                        u"DEPLOYMENT"_s,
                        Text::tr("Show the twelve controls, their evidence and the readiness"),
                        {},
                        showChecklist});
    commands.push_back({{u"compare"_s},
                        u"DEPLOYMENT DEPLOYMENT [DEPLOYMENT]"_s,
                        Text::tr("Compare up to three deployments: scores, band, readiness"),
                        {},
                        compareDeployments});
}

} // namespace Gatehouse::Cli
