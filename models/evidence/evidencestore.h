// Evidence in the workspace: hashed on entry, stored in chunks, reviewed by someone other than
// its author, immutable once approved, and exported with its hash checked on the way out.
#pragma once

#include "evidence.h"

#include "models/core/error.h"

#include <QIODevice>
#include <QList>
#include <QMap>
#include <QObject>

#include <functional>

namespace Gatehouse {

class Workspace;

class EvidenceStore : public QObject
{
    Q_OBJECT

public:
    // Called with bytes done and bytes in all; returning false cancels the operation.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Content moves in chunks of this size, so no file is ever held in memory whole.
    static constexpr qint64 ChunkSize = 1024 * 1024;

    explicit EvidenceStore(Workspace& workspace, QObject* parent = nullptr);

    struct NewEvidence
    {
        qint64 deploymentId = 0;
        Control control = Control::ServiceIdentity;
        QString title;         // defaults to the file name
        QDateTime collectedAt; // defaults to now
        QString source = QStringLiteral("manual");
        qint64 revisionOf = 0; // the evidence this one corrects, 0 for new evidence
    };

    // Streams the file into the workspace in one transaction, hashing it on the way.
    Result<Evidence> addFile(const NewEvidence& evidence, const QString& filePath,
                             const QString& actor, const Progress& progress = {});
    Result<Evidence> addNote(const NewEvidence& evidence, const QString& text,
                             const QString& actor);
    // A JSON snapshot produced by Gatehouse itself (for example by an evaluator).
    Result<Evidence> addMeasured(const NewEvidence& evidence, const QByteArray& json,
                                 const QString& actor);

    Result<Evidence> evidence(qint64 id) const;
    // All evidence of a deployment, or of one of its controls, oldest first.
    Result<QList<Evidence>> list(qint64 deploymentId, std::optional<Control> control = {}) const;
    Result<QMap<Control, int>> countsByControl(qint64 deploymentId) const;
    // The newest item (highest id) of each control of a deployment among those of one kind and
    // source, in one query whose cost does not grow with the deployment's history of that kind.
    Result<QMap<Control, Evidence>> newestPerControl(qint64 deploymentId, EvidenceKind kind,
                                                     const QString& source) const;

    // Draft -> in-review -> approved or rejected; rejected may go back to draft. Approving or
    // rejecting needs a reviewer other than the one who added the evidence; approved evidence
    // never changes again (a correction is a new revision).
    Result<void> setStatus(qint64 id, EvidenceStatus status, const QString& reviewer);

    // Writes the content to outPath, checking its SHA-256 on the way; on a mismatch nothing is
    // written. Returns the bytes written.
    Result<qint64> exportTo(qint64 id, const QString& outPath, const Progress& progress = {}) const;
    // The content of a note or a measured snapshot (small by construction).
    Result<QByteArray> smallContent(qint64 id) const;

    // The freshness rule of a control of a deployment: evidence older than this is expired.
    Result<std::optional<int>> maxEvidenceAgeDays(qint64 deploymentId, Control control) const;
    Result<void> setMaxEvidenceAgeDays(qint64 deploymentId, Control control,
                                       std::optional<int> days, const QString& actor);

signals:
    void evidenceChanged(qint64 deploymentId);

private:
    struct ContentDigest
    {
        qint64 size = 0;
        QByteArray sha256;
    };
    using ContentWriter = std::function<Result<ContentDigest>(qint64 evidenceId)>;

    Result<Evidence> insertEvidence(Evidence evidence, const NewEvidence& request,
                                    const ContentWriter& writeContent, const QString& actor);
    Result<ContentDigest> writeChunks(qint64 evidenceId, QIODevice& input, qint64 total,
                                      const Progress& progress);
    Result<Evidence> addSmall(const NewEvidence& request, EvidenceKind kind,
                              const QByteArray& content, const QString& mediaType,
                              const QString& actor);

    Workspace& m_workspace;
};

} // namespace Gatehouse
