#include "FactsReader.h"

#include "Database.h"
#include "JudgementRepository.h"
#include "ProfileRepository.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace waymark::store {

PortfolioFacts FactsReader::facts(const QDate& asOf, bool withEvidence)
{
    PortfolioFacts f;
    m_db.readTogether([&] {
        f.worker = m_profile.worker();
        f.roles = m_profile.roles();
        f.awards = m_profile.awards();
        if (asOf.isValid()) {
            // A role started after the day did not exist yet; one that ended after it was current then.
            f.roles.removeIf([&](const RoleRecord& r) { return r.start > asOf; });
            for (RoleRecord& r : f.roles)
                if (r.end > asOf)
                    r.end = QDate();
            f.awards.removeIf([&](const AwardRecord& a) { return a.date.isValid() && a.date > asOf; });
            if (withEvidence)
                readEvidenceAsOf(f, asOf);
        } else if (withEvidence) {
            readEvidenceCounts(f);
        }
        // The current judgement of each item and its current decision are among those that count;
        // by date, the last of each kind read is the current one.
        for (const Judgement& j : m_judgements.counting(asOf)) {
            ItemFacts& item = f.items[j.item.toString()];
            item.latest = j;
            if (j.verdict != Verdict::ReadyForReview)
                item.latestDecision = j;
        }
    });
    return f;
}

void FactsReader::readEvidenceCounts(PortfolioFacts& f)
{
    QSqlQuery q = m_db.query(QStringLiteral("SELECT pathway_id, item_id, kind, n FROM item_kind_counts"));
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the evidence counts"));
    while (q.next()) {
        ItemFacts& item = f.items[q.value(0).toString() + QLatin1Char(':') + q.value(1).toString()];
        item.evidenceCount += q.value(3).toInt();
        if (EvidenceKind kind; evidenceKindFromId(q.value(2).toString(), &kind))
            item.kinds << kind;
    }
    QSqlQuery s = m_db.query(QStringLiteral("SELECT pathway_id, item_id, source FROM item_source_counts WHERE source <> ''"));
    if (!s.exec())
        m_db.throwQuery(s, tr("Cannot read the evidence sources"));
    while (s.next()) {
        ItemFacts& item = f.items[s.value(0).toString() + QLatin1Char(':') + s.value(1).toString()];
        if (const QString source = s.value(2).toString(); !item.sources.contains(source, Qt::CaseInsensitive))
            item.sources << source;
    }
}

// Each record as it stood at the end of asOf: the last version saved by then (the first, for a
// record entered later but dated earlier), counted when that version is dated on or before
// asOf and the record was not deleted by then.
void FactsReader::readEvidenceAsOf(PortfolioFacts& f, const QDate& asOf)
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT m.pathway_id, m.item_id, v.kind, v.source FROM mappings m JOIN evidence e ON e.id = m.evidence_id"
        " JOIN evidence_versions v ON v.evidence_id = e.id AND v.version = coalesce((SELECT max(w.version) FROM evidence_versions w"
        " WHERE w.evidence_id = e.id AND w.saved_at < ?), 1)"
        " WHERE (e.deleted_at IS NULL OR e.deleted_at >= ?) AND v.date_from <= ?"));
    const QString end = endOfDayText(asOf);
    bindAll(q, {end, end, asOf.toString(Qt::ISODate)});
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the evidence"));
    while (q.next()) {
        ItemFacts& item = f.items[q.value(0).toString() + QLatin1Char(':') + q.value(1).toString()];
        ++item.evidenceCount;
        if (EvidenceKind kind; evidenceKindFromId(q.value(2).toString(), &kind) && !item.kinds.contains(kind))
            item.kinds << kind;
        if (const QString source = q.value(3).toString(); !source.isEmpty() && !item.sources.contains(source, Qt::CaseInsensitive))
            item.sources << source;
    }
}

} // namespace waymark::store
