// Storing, reviewing and exporting evidence.
#include "evidencestore.h"

#include "models/core/logging.h"
#include "models/workspace/audittrail.h"
#include "models/workspace/workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeDatabase>
#include <QSaveFile>
#include <QSqlQuery>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

constexpr auto EvidenceColumns =
    "id, deployment_id, control, root_id, revision, kind, source, title, file_name, media_type,"
    " size, sha256, collected_at, added_at, added_by, status, reviewed_by, reviewed_at"_L1;

Evidence evidenceFromQuery(const QSqlQuery& query)
{
    Evidence e;
    e.id = query.value(0).toLongLong();
    e.deploymentId = query.value(1).toLongLong();
    e.control = controlFromSlug(query.value(2).toString()).value_or(Control::Count);
    e.rootId = query.value(3).isNull() ? e.id : query.value(3).toLongLong();
    e.revision = query.value(4).toInt();
    e.kind = evidenceKindFromSlug(query.value(5).toString()).value_or(EvidenceKind::File);
    e.source = query.value(6).toString();
    e.title = query.value(7).toString();
    e.fileName = query.value(8).toString();
    e.mediaType = query.value(9).toString();
    e.size = query.value(10).toLongLong();
    e.sha256 = query.value(11).toByteArray();
    e.collectedAt = parseIsoUtc(query.value(12).toString());
    e.addedAt = parseIsoUtc(query.value(13).toString());
    e.addedBy = query.value(14).toString();
    e.status = evidenceStatusFromSlug(query.value(15).toString()).value_or(EvidenceStatus::Draft);
    e.reviewedBy = query.value(16).toString();
    e.reviewedAt = parseIsoUtc(query.value(17).toString());
    return e;
}

QString evidenceObject(qint64 id)
{
    return u"evidence:%1"_s.arg(id);
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool transitionAllowed(EvidenceStatus from, EvidenceStatus to)
{
    switch (from) {
    case EvidenceStatus::Draft:
        return to == EvidenceStatus::InReview;
    case EvidenceStatus::InReview:
        return to == EvidenceStatus::Approved || to == EvidenceStatus::Rejected
               || to == EvidenceStatus::Draft;
    case EvidenceStatus::Rejected:
        return to == EvidenceStatus::Draft;
    case EvidenceStatus::Approved:
    case EvidenceStatus::Expired:
        return false;
    }
    return false;
}

} // namespace

EvidenceStore::EvidenceStore(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
{
}

Result<Evidence> EvidenceStore::evidence(qint64 id) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT %1 FROM evidence WHERE id = ?"_s.arg(EvidenceColumns), {id},
                          tr("Reading evidence"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(ErrorCode::NotFound, tr("There is no evidence with id %1.").arg(id));
    return evidenceFromQuery(*query);
}

Result<QList<Evidence>> EvidenceStore::list(qint64 deploymentId,
                                            std::optional<Control> control) const
{
    QString sql = u"SELECT %1 FROM evidence WHERE deployment_id = ?"_s.arg(EvidenceColumns);
    QVariantList values{deploymentId};
    if (control) {
        sql += u" AND control = ?"_s;
        values << controlSlug(*control);
    }
    auto query =
        runQuery(m_workspace.database(), sql + u" ORDER BY id"_s, values, tr("Listing evidence"));
    if (!query)
        return std::unexpected(query.error());
    QList<Evidence> result;
    while (query->next())
        result.append(evidenceFromQuery(*query));
    return result;
}

Result<QMap<Control, int>> EvidenceStore::countsByControl(qint64 deploymentId) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT control, count(*) FROM evidence WHERE deployment_id = ?"
                          " GROUP BY control"_s,
                          {deploymentId}, tr("Counting evidence"));
    if (!query)
        return std::unexpected(query.error());
    QMap<Control, int> counts;
    while (query->next()) {
        if (const auto control = controlFromSlug(query->value(0).toString()))
            counts.insert(*control, query->value(1).toInt());
    }
    return counts;
}

Result<QMap<Control, Evidence>>
EvidenceStore::newestPerControl(qint64 deploymentId, EvidenceKind kind, const QString& source) const
{
    // Per control, evidence_by_control is walked backwards from its highest id until a row of
    // the kind and source turns up: that passes over only the items added after it (manual
    // ones, few), never over older measurements.
    QStringList wanted;
    QVariantList values{deploymentId, evidenceKindSlug(kind), source};
    for (int c = 0; c < ControlCount; ++c) {
        wanted.append(u"(?)"_s);
        values.append(controlSlug(Control(c)));
    }
    const QString sql =
        u"SELECT %1 FROM evidence WHERE id IN (SELECT (SELECT id FROM evidence"
        " WHERE deployment_id = ? AND control = wanted.column1 AND kind = ? AND source = ?"
        " ORDER BY id DESC LIMIT 1) FROM (VALUES %2) AS wanted)"_s.arg(EvidenceColumns,
                                                                       wanted.join(u", "_s));
    auto query = runQuery(m_workspace.database(), sql, values, tr("Finding the newest evidence"));
    if (!query)
        return std::unexpected(query.error());
    QMap<Control, Evidence> newest;
    while (query->next()) {
        const Evidence e = evidenceFromQuery(*query);
        newest.insert(e.control, e);
    }
    return newest;
}

Result<Evidence> EvidenceStore::addFile(const NewEvidence& request, const QString& filePath,
                                        const QString& actor, const Progress& progress)
{
    const QFileInfo info(filePath);
    if (!info.exists() || !info.isFile())
        return fail(ErrorCode::NotFound, tr("The evidence file %1 does not exist.").arg(filePath));
    auto file = std::make_shared<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        return fail(ErrorCode::Io,
                    tr("Cannot read the evidence file %1: %2.").arg(filePath, file->errorString()));

    Evidence e;
    e.kind = EvidenceKind::File;
    e.fileName = info.fileName();
    e.title = request.title.isEmpty() ? info.fileName() : request.title;
    e.mediaType = QMimeDatabase().mimeTypeForFile(info).name();
    const qint64 total = file->size();
    return insertEvidence(
        e, request,
        [this, file, total, &progress](qint64 id) {
            return writeChunks(id, *file, total, progress);
        },
        actor);
}

Result<Evidence> EvidenceStore::addNote(const NewEvidence& request, const QString& text,
                                        const QString& actor)
{
    if (text.trimmed().isEmpty())
        return fail(ErrorCode::InvalidArgument, tr("A note needs some text."));
    return addSmall(request, EvidenceKind::Note, text.toUtf8(), u"text/plain"_s, actor);
}

Result<Evidence> EvidenceStore::addMeasured(const NewEvidence& request, const QByteArray& json,
                                            const QString& actor)
{
    return addSmall(request, EvidenceKind::Measured, json, u"application/json"_s, actor);
}

Result<Evidence> EvidenceStore::addSmall(const NewEvidence& request, EvidenceKind kind,
                                         const QByteArray& content, const QString& mediaType,
                                         const QString& actor)
{
    Evidence e;
    e.kind = kind;
    e.mediaType = mediaType;
    e.title = request.title.isEmpty() ? tr("Note") : request.title;
    return insertEvidence(
        e, request,
        [this, content](qint64 id) {
            QBuffer buffer;
            buffer.setData(content);
            buffer.open(QIODevice::ReadOnly);
            return writeChunks(id, buffer, content.size(), {});
        },
        actor);
}

Result<EvidenceStore::ContentDigest> EvidenceStore::writeChunks(qint64 evidenceId, QIODevice& input,
                                                                qint64 total,
                                                                const Progress& progress)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    ContentDigest digest;
    for (int chunk = 0;; ++chunk) {
        const QByteArray data = input.read(ChunkSize);
        if (data.isEmpty()) {
            if (input.atEnd() || total == digest.size)
                break;
            return fail(ErrorCode::Io,
                        tr("Reading the evidence failed: %1.").arg(input.errorString()));
        }
        hash.addData(data);
        digest.size += data.size();
        auto insert =
            runQuery(m_workspace.database(),
                     u"INSERT INTO evidence_chunk(evidence_id, chunk, data) VALUES (?, ?, ?)"_s,
                     {evidenceId, chunk, data}, tr("Storing evidence content"));
        if (!insert)
            return std::unexpected(insert.error());
        if (progress && !progress(digest.size, total))
            return fail(ErrorCode::Cancelled, tr("Adding the evidence was cancelled."));
    }
    digest.sha256 = hash.result().toHex();
    return digest;
}

Result<Evidence> EvidenceStore::insertEvidence(Evidence e, const NewEvidence& request,
                                               const ContentWriter& writeContent,
                                               const QString& actor)
{
    if (request.control == Control::Count)
        return fail(ErrorCode::InvalidArgument, tr("Unknown control."));
    auto deployment = runQuery(m_workspace.database(), u"SELECT 1 FROM deployment WHERE id = ?"_s,
                               {request.deploymentId}, tr("Finding the deployment"));
    if (!deployment)
        return std::unexpected(deployment.error());
    if (!deployment->next())
        return fail(ErrorCode::NotFound, tr("The deployment of this evidence does not exist."));

    e.deploymentId = request.deploymentId;
    e.control = request.control;
    e.source = request.source;
    e.addedAt = m_workspace.clock().now();
    e.addedBy = actor;
    e.collectedAt = request.collectedAt.isValid() ? request.collectedAt.toUTC() : e.addedAt;
    if (request.revisionOf != 0) {
        const auto original = evidence(request.revisionOf);
        if (!original)
            return std::unexpected(original.error());
        if (original->deploymentId != e.deploymentId || original->control != e.control)
            return fail(ErrorCode::InvalidArgument,
                        tr("A revision must belong to the same deployment and control as the "
                           "evidence it corrects."));
        auto latest = runQuery(m_workspace.database(),
                               u"SELECT max(revision) FROM evidence WHERE id = ? OR root_id = ?"_s,
                               {original->rootId, original->rootId}, tr("Finding the revision"));
        if (!latest)
            return std::unexpected(latest.error());
        e.rootId = original->rootId;
        e.revision = latest->next() ? latest->value(0).toInt() + 1 : original->revision + 1;
    }

    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto insert = runQuery(
            m_workspace.database(),
            u"INSERT INTO evidence(deployment_id, control, root_id, revision, kind, source, title,"
            " file_name, media_type, size, sha256, collected_at, added_at, added_by, status)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '', ?, ?, ?, 'draft')"_s,
            {e.deploymentId, controlSlug(e.control), e.rootId ? QVariant(e.rootId) : QVariant(),
             e.revision, evidenceKindSlug(e.kind), e.source, e.title, e.fileName, e.mediaType,
             toIsoUtc(e.collectedAt), toIsoUtc(e.addedAt), actor},
            tr("Adding the evidence"));
        if (!insert)
            return std::unexpected(insert.error());
        e.id = insert->lastInsertId().toLongLong();
        if (!e.rootId)
            e.rootId = e.id;

        const auto digest = writeContent(e.id);
        if (!digest)
            return std::unexpected(digest.error());
        e.size = digest->size;
        e.sha256 = digest->sha256;
        auto update = runQuery(m_workspace.database(),
                               u"UPDATE evidence SET size = ?, sha256 = ? WHERE id = ?"_s,
                               {e.size, e.sha256, e.id}, tr("Recording the evidence hash"));
        if (!update)
            return std::unexpected(update.error());

        const QJsonObject details{{u"deployment"_s, e.deploymentId},
                                  {u"control"_s, controlSlug(e.control)},
                                  {u"kind"_s, evidenceKindSlug(e.kind)},
                                  {u"title"_s, e.title},
                                  {u"revision"_s, e.revision},
                                  {u"size"_s, e.size},
                                  {u"sha256"_s, QString::fromLatin1(e.sha256)}};
        const QString action = e.revision > 1 ? u"evidence.revise"_s : u"evidence.add"_s;
        auto entry =
            m_workspace.audit().append(actor, action, evidenceObject(e.id), compactJson(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (!done)
        return std::unexpected(done.error());
    qCInfo(lcEvidence) << "added evidence" << e.id << "size" << e.size;
    emit evidenceChanged(e.deploymentId);
    return e;
}

Result<void> EvidenceStore::setStatus(qint64 id, EvidenceStatus status, const QString& reviewer)
{
    const auto current = evidence(id);
    if (!current)
        return std::unexpected(current.error());
    if (current->status == EvidenceStatus::Approved)
        return fail(ErrorCode::Permission,
                    tr("Evidence %1 is approved and can no longer change; add a revision to "
                       "correct it.")
                        .arg(id));
    if (!transitionAllowed(current->status, status))
        return fail(ErrorCode::InvalidArgument,
                    tr("Evidence %1 cannot go from %2 to %3.")
                        .arg(id)
                        .arg(evidenceStatusSlug(current->status), evidenceStatusSlug(status)));
    const bool verdict = status == EvidenceStatus::Approved || status == EvidenceStatus::Rejected;
    if (verdict && reviewer.compare(current->addedBy, Qt::CaseInsensitive) == 0)
        return fail(ErrorCode::Permission,
                    tr("%1 added evidence %2 and cannot also review it; ask another reviewer.")
                        .arg(reviewer)
                        .arg(id));

    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto update = runQuery(m_workspace.database(),
                               u"UPDATE evidence SET status = ?, reviewed_by = ?, reviewed_at = ?"
                               " WHERE id = ?"_s,
                               {evidenceStatusSlug(status), verdict ? reviewer : QString(),
                                verdict ? toIsoUtc(m_workspace.clock().now()) : QString(), id},
                               tr("Changing the evidence status"));
        if (!update)
            return std::unexpected(update.error());
        const QJsonObject details{{u"from"_s, evidenceStatusSlug(current->status)},
                                  {u"to"_s, evidenceStatusSlug(status)}};
        auto entry = m_workspace.audit().append(reviewer, u"evidence.status"_s, evidenceObject(id),
                                                compactJson(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (done)
        emit evidenceChanged(current->deploymentId);
    return done;
}

Result<qint64> EvidenceStore::exportTo(qint64 id, const QString& outPath,
                                       const Progress& progress) const
{
    const auto e = evidence(id);
    if (!e)
        return std::unexpected(e.error());
    QSaveFile out(outPath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(ErrorCode::Io, tr("Cannot write %1: %2.").arg(outPath, out.errorString()));

    auto query = runQuery(m_workspace.database(),
                          u"SELECT data FROM evidence_chunk WHERE evidence_id = ? ORDER BY chunk"_s,
                          {id}, tr("Reading evidence content"));
    if (!query)
        return std::unexpected(query.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 written = 0;
    while (query->next()) {
        const QByteArray data = query->value(0).toByteArray();
        hash.addData(data);
        if (out.write(data) != data.size())
            return fail(ErrorCode::Io,
                        tr("Writing %1 failed: %2.").arg(outPath, out.errorString()));
        written += data.size();
        if (progress && !progress(written, e->size))
            return fail(ErrorCode::Cancelled, tr("The export was cancelled."));
    }
    if (written != e->size || hash.result().toHex() != e->sha256)
        return fail(ErrorCode::Integrity,
                    tr("Evidence %1 does not match its recorded SHA-256 (the workspace was changed "
                       "outside Gatehouse); nothing was exported.")
                        .arg(id));
    if (!out.commit())
        return fail(ErrorCode::Io, tr("Writing %1 failed: %2.").arg(outPath, out.errorString()));
    return written;
}

Result<QByteArray> EvidenceStore::smallContent(qint64 id) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT data FROM evidence_chunk WHERE evidence_id = ? ORDER BY chunk"_s,
                          {id}, tr("Reading evidence content"));
    if (!query)
        return std::unexpected(query.error());
    QByteArray content;
    while (query->next() && content.size() < 16 * ChunkSize)
        content += query->value(0).toByteArray();
    return content;
}

Result<std::optional<int>> EvidenceStore::maxEvidenceAgeDays(qint64 deploymentId,
                                                             Control control) const
{
    auto query = runQuery(m_workspace.database(),
                          u"SELECT max_evidence_age_days FROM control_policy"
                          " WHERE deployment_id = ? AND control = ?"_s,
                          {deploymentId, controlSlug(control)}, tr("Reading the freshness rule"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return defaultMaxEvidenceAgeDays(control);
    return query->value(0).isNull() ? std::optional<int>() : query->value(0).toInt();
}

Result<void> EvidenceStore::setMaxEvidenceAgeDays(qint64 deploymentId, Control control,
                                                  std::optional<int> days, const QString& actor)
{
    if (days && *days < 1)
        return fail(ErrorCode::InvalidArgument, tr("A freshness window is at least one day."));
    auto done = m_workspace.transaction([&]() -> Result<void> {
        auto upsert =
            runQuery(m_workspace.database(),
                     u"INSERT INTO control_policy(deployment_id, control,"
                     " max_evidence_age_days) VALUES (?, ?, ?) ON CONFLICT DO UPDATE"
                     " SET max_evidence_age_days = excluded.max_evidence_age_days"_s,
                     {deploymentId, controlSlug(control), days ? QVariant(*days) : QVariant()},
                     tr("Recording the freshness rule"));
        if (!upsert)
            return std::unexpected(upsert.error());
        const QJsonObject details{{u"control"_s, controlSlug(control)},
                                  {u"max_age_days"_s, days ? QJsonValue(*days) : QJsonValue()}};
        auto entry =
            m_workspace.audit().append(actor, u"control.freshness"_s,
                                       u"deployment:%1"_s.arg(deploymentId), compactJson(details));
        return entry ? Result<void>{} : std::unexpected(entry.error());
    });
    if (done)
        emit evidenceChanged(deploymentId);
    return done;
}

} // namespace Gatehouse
