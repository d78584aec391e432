#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

#include <optional>

class QSqlQuery;

namespace waymark::store {

class Database;

// Evidence with its version history, search, soft delete and its mappings to items.
class EvidenceRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit EvidenceRepository(Database& db) : m_db(db) {}

    qint64 add(const Evidence& evidence, const QList<Mapping>& mappings);
    bool update(const Evidence& evidence, int expectedVersion);
    // Nothing (lastError() NotFound) when there is no such record; throws when it cannot read.
    std::optional<Evidence> find(qint64 id);
    QList<Evidence> versions(qint64 id);
    QList<Evidence> search(const EvidenceFilter& filter);
    QList<EvidenceSummary> list(const EvidenceFilter& filter);
    int count(bool includeDeleted);
    bool setDeleted(qint64 id, bool deleted);
    bool purge(qint64 id);
    // Saves the evidence as it is as a new version: its attachments changed.
    bool addVersion(qint64 evidenceId);

    qint64 addMapping(const Mapping& mapping);
    bool removeMapping(qint64 mappingId);
    QList<Mapping> mappingsForEvidence(qint64 evidenceId);
    QList<Mapping> mappingsForItem(const ItemRef& item);

private:
    QString validate(const Evidence& e) const;
    // Copies the evidence row, as it is now, into its version history.
    bool keepVersion(qint64 evidenceId);
    // False, and why, when the mapping names no pathway or item.
    bool checkMappingItem(const Mapping& mapping);
    // Maps evidence known to exist to an item it is not mapped to yet; the new mapping's id.
    qint64 insertMapping(const Mapping& mapping);
    // Runs the query search() and list() share, reading columns; false when nothing can match.
    bool runSearch(QSqlQuery& q, const EvidenceFilter& filter, const QString& columns);
    bool matchesAtLeast(const QString& ftsMatch, int count);
    QList<Mapping> readMappings(QSqlQuery& q);

    Database& m_db;
};

} // namespace waymark::store
