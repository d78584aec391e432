#include "AttachmentRepository.h"

#include "Database.h"
#include "EvidenceRepository.h"
#include "SqlSupport.h"

#include "waymark/RegularFile.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QSqlQuery>

namespace waymark::store {

qint64 AttachmentRepository::insert(qint64 evidenceId, const PortfolioStore::NewAttachment& a)
{
    if (const QString tooLarge = attachmentTooLarge(a.name, a.data.size()); !tooLarge.isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tooLarge), 0;
    if (a.name.trimmed().isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("An attachment needs a name.")), 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        if (!m_evidence.find(evidenceId))
            return m_db.fail(StoreError::Code::NotFound, tr("There is no evidence %1 to attach \"%2\" to.").arg(evidenceId).arg(a.name));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("INSERT INTO attachments (evidence_id, name, media_type, size, sha256, data, added_at)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindAll(q, {evidenceId, QFileInfo(a.name).fileName(),
                    a.mediaType.isEmpty() ? QMimeDatabase().mimeTypeForFileNameAndData(a.name, a.data).name() : a.mediaType,
                    qint64(a.data.size()),
                    QString::fromLatin1(QCryptographicHash::hash(a.data, QCryptographicHash::Sha256).toHex()), a.data,
                    nowText()});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot attach \"%1\"").arg(a.name));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Evidence, evidenceId);
        return true;
    });
    return saved ? id : 0;
}

qint64 AttachmentRepository::add(qint64 evidenceId, const PortfolioStore::NewAttachment& a)
{
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        id = insert(evidenceId, a);
        return id != 0 && m_evidence.addVersion(evidenceId);
    });
    return saved ? id : 0;
}

std::optional<PortfolioStore::NewAttachment> AttachmentRepository::readFile(const QString& filePath)
{
    const QString name = QFileInfo(filePath).fileName();
    const FileContent file = readRegularFile(filePath, maxAttachmentBytes);
    if (file.tooLarge)
        return m_db.fail(StoreError::Code::Invalid, attachmentTooLarge(name, file.size)), std::nullopt;
    if (!file.ok())
        return m_db.fail(file.error.code(), file.error.message()), std::nullopt;
    return PortfolioStore::NewAttachment{name, QMimeDatabase().mimeTypeForFileNameAndData(name, file.data).name(), file.data};
}

qint64 AttachmentRepository::addFile(qint64 evidenceId, const QString& filePath)
{
    const std::optional<PortfolioStore::NewAttachment> a = readFile(filePath);
    return a ? add(evidenceId, *a) : 0;
}

QList<Attachment> AttachmentRepository::list(qint64 evidenceId)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT id, evidence_id, name, media_type, size, sha256 FROM attachments"
                             " WHERE evidence_id = ? AND deleted_at IS NULL ORDER BY id"));
    bind(q, evidenceId);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the attachments"));
    QList<Attachment> out;
    while (q.next())
        out << Attachment{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                          q.value(4).toLongLong(), q.value(5).toString()};
    return out;
}

std::optional<QByteArray> AttachmentRepository::data(qint64 attachmentId)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = ? AND deleted_at IS NULL"));
    bind(q, attachmentId);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the attachment"));
    if (!q.next()) {
        m_db.fail(StoreError::Code::NotFound, tr("There is no attachment %1.").arg(attachmentId));
        return std::nullopt;
    }
    return q.value(0).toByteArray();
}

bool AttachmentRepository::setRemoved(qint64 attachmentId, bool removed)
{
    return m_db.transaction([&] {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT evidence_id FROM attachments WHERE id = ?"));
        bind(q, attachmentId);
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot remove the attachment"));
        if (!q.next())
            return m_db.fail(StoreError::Code::NotFound, tr("There is no attachment %1.").arg(attachmentId));
        const qint64 evidenceId = q.value(0).toLongLong();
        return m_db.markDeleted("attachments", attachmentId, removed,
                                removed ? tr("Cannot remove the attachment") : tr("Cannot restore the attachment"),
                                removed ? tr("There is no attachment %1.") : tr("There is no removed attachment %1 to restore."))
            && m_evidence.addVersion(evidenceId);
    });
}

} // namespace waymark::store
