#include "JudgementRepository.h"

#include "waymark/Pathway.h"

#include "ChainRepository.h"
#include "Database.h"
#include "EvidenceRepository.h"
#include "SqlSupport.h"

#include <QHash>
#include <QSqlQuery>

namespace waymark::store {

namespace {

// Which judgements count, as a condition on j: per item, the one with the latest date (then
// the latest recorded) of any verdict, and the same among decisions. dated limits both to a
// point in time.
QString countingJudgements(const QString& dated)
{
    const QString latest = QStringLiteral(
        "j.id IN (SELECT id FROM (SELECT id, row_number() OVER (PARTITION BY pathway_id, item_id ORDER BY made_on DESC, id DESC) AS rn"
        " FROM judgements WHERE %1) latest WHERE rn = 1)");
    return QStringLiteral("(%1 OR %2)").arg(latest.arg(dated), latest.arg(QStringLiteral("verdict <> 'ready-for-review' AND ") + dated));
}

// A condition on j: the evidence it relied on was edited, deleted or purged before the instant
// end (endOfDayText; purges are not dated, so they always count).
QString changedBefore(const QString& end)
{
    return QStringLiteral(
        "EXISTS (SELECT 1 FROM judgement_evidence je LEFT JOIN evidence e ON e.id = je.evidence_id WHERE je.judgement_id = j.id"
        " AND (e.id IS NULL OR e.deleted_at < '%1' OR EXISTS (SELECT 1 FROM evidence_versions v WHERE v.evidence_id = je.evidence_id"
        " AND v.version > je.evidence_version AND v.saved_at < '%1')))").arg(end);
}

QString datedCondition(const QDate& asOf)
{
    return asOf.isValid() ? QStringLiteral("made_on <= '%1'").arg(asOf.toString(Qt::ISODate)) : QStringLiteral("TRUE");
}

} // namespace

bool JudgementRepository::checkJudgeable(const Judgement& j, const Pathway& pathway)
{
    using Code = StoreError::Code;
    if (j.item.pathwayId != pathway.id)
        return m_db.fail(Code::Invalid, tr("The judgement is for pathway %1 but was given %2.").arg(j.item.pathwayId, pathway.id));
    const Pathway::Kind kind = pathway.kindOf(j.item.itemId);
    const Item* item = pathway.item(j.item.itemId);
    if (kind != Pathway::Kind::Indicator && !(kind == Pathway::Kind::Item && item->indicators.isEmpty()))
        return m_db.fail(Code::NotFound, tr("%1 has no item or indicator \"%2\" that can be judged.").arg(pathway.title, j.item.itemId));
    if (j.byName.trimmed().isEmpty())
        return m_db.fail(Code::Invalid, tr("A judgement needs the name of the person making it."));
    if (!j.date.isValid())
        return m_db.fail(Code::Invalid, tr("A judgement needs a date."));
    return m_db.checkNotFuture(j.date, tr("A judgement"));
}

qint64 JudgementRepository::record(const Judgement& j, const Pathway& pathway, const QList<qint64>& evidenceIds)
{
    if (!checkJudgeable(j, pathway))
        return 0;
    qint64 id = 0;
    const bool saved = m_db.transaction([&] {
        // A judgement relies only on evidence there was by its date: what is mapped, live and
        // dated on or before it, unless the person names the evidence.
        QList<Evidence> relied;
        if (evidenceIds.isEmpty()) {
            for (const Mapping& m : m_evidence.mappingsForItem(j.item))
                if (const std::optional<Evidence> e = m_evidence.find(m.evidenceId); e && !e->deleted && e->date <= j.date)
                    relied << *e;
        } else {
            for (qint64 evidenceId : evidenceIds) {
                const std::optional<Evidence> e = m_evidence.find(evidenceId);
                if (!e)
                    return false;
                if (e->date > j.date)
                    return m_db.fail(StoreError::Code::Invalid,
                                     tr("Evidence E%1 (\"%2\") is dated %3, after the judgement's date %4: a judgement can "
                                        "rely only on evidence from on or before the day it was made.")
                                         .arg(e->id)
                                         .arg(e->title, e->date.toString(Qt::ISODate), j.date.toString(Qt::ISODate)));
                relied << *e;
            }
        }
        if (j.verdict == Verdict::Reached && relied.isEmpty() && pathway.needsEvidence(j.item.itemId) && !j.confirmedWithoutEvidence)
            return m_db.fail(StoreError::Code::Invalid,
                             tr("\"%1\" has no evidence dated on or before %2 to rely on. Map evidence to it first, or "
                                "confirm that it is signed off as reached without evidence.")
                                 .arg(pathway.statementOf(j.item.itemId), j.date.toString(Qt::ISODate)));
        QSqlQuery q(m_db.connection());
        if (j.sessionId > 0) {
            q.prepare(QStringLiteral("SELECT 1 FROM sessions WHERE id = ?"));
            bind(q, j.sessionId);
            if (!q.exec())
                return m_db.failQuery(q, tr("Cannot record the judgement"));
            if (!q.next())
                return m_db.fail(StoreError::Code::NotFound, tr("There is no supervision session %1.").arg(j.sessionId));
            q.finish();
        }
        q.prepare(QStringLiteral("INSERT INTO judgements (pathway_id, item_id, verdict, by_name, by_role, made_on, comment,"
                                 " session_id, pathway_version, statement, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        bindAll(q, {j.item.pathwayId, j.item.itemId, verdictId(j.verdict), j.byName.trimmed(), j.byRole.trimmed(),
                    dateValue(j.date), j.comment, idOrNull(j.sessionId), pathway.version,
                    pathway.statementOf(j.item.itemId), nowText()});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot record the judgement"));
        id = insertedId(q);
        m_db.noteChange(PortfolioStore::Area::Judgements, id);
        for (const Evidence& e : std::as_const(relied)) {
            QSqlQuery je(m_db.connection());
            je.prepare(QStringLiteral("INSERT INTO judgement_evidence (judgement_id, evidence_id, evidence_version, title) VALUES (?, ?, ?, ?)"));
            bindAll(je, {id, e.id, e.version, e.title});
            if (!je.exec())
                return m_db.failQuery(je, tr("Cannot record the evidence the judgement relied on"));
        }
        return m_chain.appendJudgement(id);
    });
    return saved ? id : 0;
}

QList<qint64> JudgementRepository::recordAll(const QList<Judgement>& list, const Pathway& pathway, const QList<qint64>& evidenceIds)
{
    QList<qint64> ids;
    const bool saved = m_db.transaction([&] {
        for (const Judgement& j : list) {
            const qint64 id = record(j, pathway, evidenceIds);
            if (id == 0)
                return false;
            ids << id;
        }
        return true;
    });
    return saved ? ids : QList<qint64>();
}

qint64 JudgementRepository::reconfirm(const ItemRef& item, const Judgement& by, const Pathway& pathway)
{
    std::optional<Judgement> decision;
    for (const Judgement& j : forItem(item, JudgementOrder::ByDate))
        if (j.counts && j.verdict != Verdict::ReadyForReview)
            decision = j;
    if (!decision || decision->verdict != Verdict::Reached || !decision->evidenceChanged)
        return m_db.fail(StoreError::Code::Invalid,
                         tr("\"%1\" is not signed off as reached on evidence that changed since, so there is nothing to re-confirm.")
                             .arg(pathway.statementOf(item.itemId))), 0;
    if (by.date.isValid() && by.date < decision->date)
        return m_db.fail(StoreError::Code::Invalid,
                         tr("A re-confirmation must be dated on or after the sign-off it re-confirms (%1).")
                             .arg(decision->date.toString(Qt::ISODate))), 0;
    Judgement j = by;
    j.item = item;
    j.verdict = Verdict::Reached;
    if (j.comment.trimmed().isEmpty())
        j.comment = tr("Re-confirmed: still reached on the evidence as it is now (it changed after %1's sign-off of %2).")
                        .arg(decision->byName, decision->date.toString(Qt::ISODate));
    return record(j, pathway, {});
}

QList<Judgement> JudgementRepository::forItem(const ItemRef& item, JudgementOrder order)
{
    if (item.itemId.isEmpty())
        return read(QString(), {}, true, order, QDate());
    return read(QStringLiteral("WHERE pathway_id = ? AND item_id = ?"), {item.pathwayId, item.itemId}, true, order, QDate());
}

QList<Judgement> JudgementRepository::counting(const QDate& asOf)
{
    return read(QStringLiteral("WHERE ") + countingJudgements(datedCondition(asOf)), {}, false, JudgementOrder::ByDate, asOf);
}

QList<Judgement> JudgementRepository::read(const QString& where, const QVariantList& binds, bool withEvidence,
                                           JudgementOrder order, const QDate& asOf)
{
    m_db.requireOpen();
    // judgement_changes (kept by triggers) says whether the evidence each judgement relied on
    // was edited, deleted or purged since; a point in time needs the versions' dates instead.
    const QString changed = asOf.isValid() ? changedBefore(endOfDayText(asOf))
                                           : QStringLiteral("jc.judgement_id IS NOT NULL");
    QSqlQuery q = m_db.query(QStringLiteral("SELECT j.id, pathway_id, item_id, verdict, by_name, by_role, made_on, comment, session_id,"
                             " pathway_version, statement, recorded_at, %1,"
                             " (SELECT count(*) FROM judgement_evidence r WHERE r.judgement_id = j.id), %2,"
                             " EXISTS (SELECT 1 FROM judgements o WHERE o.pathway_id = j.pathway_id AND o.item_id = j.item_id"
                             " AND o.id < j.id AND o.made_on > j.made_on), %5 FROM judgements j"
                             " LEFT JOIN judgement_changes jc ON jc.judgement_id = j.id %3 ORDER BY %4")
                  .arg(changed, countingJudgements(datedCondition(asOf)), where,
                       order == JudgementOrder::ByDate ? QStringLiteral("j.made_on, j.id") : QStringLiteral("j.id"),
                       // Only a server knows who signed in; a file's names were typed.
                       m_db.isServer() ? QStringLiteral("j.by_login <> ''") : QStringLiteral("0")));
    for (const QVariant& b : binds)
        bind(q, b);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the judgements"));
    QList<Judgement> out;
    QHash<qint64, int> index;
    while (q.next()) {
        Judgement j;
        j.id = q.value(0).toLongLong();
        j.item = {q.value(1).toString(), q.value(2).toString()};
        verdictFromId(q.value(3).toString(), &j.verdict);
        j.byName = q.value(4).toString();
        j.byRole = q.value(5).toString();
        j.date = dateFrom(q.value(6));
        j.comment = q.value(7).toString();
        j.sessionId = q.value(8).toLongLong();
        j.pathwayVersion = q.value(9).toString();
        j.statement = q.value(10).toString();
        j.recordedAt = timeFrom(q.value(11));
        j.evidenceChanged = q.value(12).toBool();
        j.reliedOnCount = q.value(13).toInt();
        j.counts = q.value(14).toBool();
        j.backdated = q.value(15).toBool();
        j.signedIn = q.value(16).toBool();
        index.insert(j.id, int(out.size()));
        out << j;
    }
    if (out.isEmpty() || !withEvidence)
        return out;
    QSqlQuery e = m_db.query(QStringLiteral("SELECT judgement_id, evidence_id, evidence_version, title FROM judgement_evidence"
                             " WHERE judgement_id IN (SELECT id FROM judgements j %1) ORDER BY judgement_id, evidence_id").arg(where));
    for (const QVariant& b : binds)
        bind(e, b);
    if (!e.exec())
        m_db.throwQuery(e, tr("Cannot read the judgements' evidence"));
    while (e.next())
        if (auto it = index.constFind(e.value(0).toLongLong()); it != index.constEnd())
            out[it.value()].evidence << JudgementEvidence{e.value(1).toLongLong(), e.value(2).toInt(), e.value(3).toString()};
    return out;
}

} // namespace waymark::store
