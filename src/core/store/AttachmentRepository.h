#pragma once

#include "waymark/PortfolioStore.h"

#include <QCoreApplication>

#include <optional>

namespace waymark::store {

class Database;
class EvidenceRepository;

// Files attached to evidence. Attaching to, removing from or restoring to saved evidence makes
// a new version of it, so that a sign-off that relied on the evidence shows it changed.
class AttachmentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    AttachmentRepository(Database& db, EvidenceRepository& evidence) : m_db(db), m_evidence(evidence) {}

    // Inserts without a new evidence version: for evidence being created.
    qint64 insert(qint64 evidenceId, const PortfolioStore::NewAttachment& attachment);
    qint64 add(qint64 evidenceId, const PortfolioStore::NewAttachment& attachment);
    // A file's content as an attachment; nothing (and lastError() says why) when it is not a
    // regular file or is too large.
    std::optional<PortfolioStore::NewAttachment> readFile(const QString& filePath);
    qint64 addFile(qint64 evidenceId, const QString& filePath);
    QList<Attachment> list(qint64 evidenceId);
    std::optional<QByteArray> data(qint64 attachmentId);
    bool setRemoved(qint64 attachmentId, bool removed);

private:
    Database& m_db;
    EvidenceRepository& m_evidence;
};

} // namespace waymark::store
