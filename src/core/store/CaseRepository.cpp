#include "CaseRepository.h"

#include "ChainRepository.h"
#include "Database.h"
#include "SqlSupport.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace waymark::store {

bool CaseRepository::checkTarget(const Pathway& pathway, const QString& targetId, QString* title, QList<ApprovalStage>* stages)
{
    if (const Step* step = pathway.step(targetId))
        *title = step->title;
    else if (const RoleProfile* profile = pathway.roleProfile(targetId))
        *title = profile->title;
    else
        return m_db.fail(StoreError::Code::NotFound, tr("%1 has no step or role profile \"%2\".").arg(pathway.title, targetId));
    *stages = pathway.approvalFor(targetId);
    if (stages->isEmpty())
        return m_db.fail(StoreError::Code::Invalid, tr("%1 declares no approval for \"%2\", so no case can be submitted for it.")
                                                        .arg(pathway.title, *title));
    return true;
}

std::optional<CaseActor> CaseRepository::actor(const CaseActor& by, const QString& role)
{
    if (!m_db.isServer()) {
        if (by.name.trimmed().isEmpty())
            return m_db.fail(StoreError::Code::Invalid, tr("A case record needs the name of the person acting.")), std::nullopt;
        return CaseActor{by.name, role, false};
    }
    bool held = false;
    try {
        held = actingRoles().contains(role);
    } catch (const StoreError& e) {
        return m_db.fail(e.code(), e.message()), std::nullopt;
    }
    if (!held)
        return m_db.fail(StoreError::Code::NotAllowed,
                         role == QLatin1String("worker")
                             ? tr("Only %1 submits or withdraws their own cases; %2 is signed in.").arg(m_db.owner(), m_db.signedInName())
                             : tr("%1 is signed in, and the team does not give them the %2's role on the portfolio of %3. The "
                                  "team's administrator gives team roles and assigns supervisors and readers.")
                                   .arg(m_db.signedInName(), approvalRoleTitle(role), m_db.owner())),
               std::nullopt;
    return CaseActor{m_db.signedInName(), role, true};
}

QStringList CaseRepository::actingRoles()
{
    const QStringList all = QStringList{QStringLiteral("worker")} + approvalRoles();
    if (!m_db.isServer())
        return all;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT r FROM unnest(?::text[]) WITH ORDINALITY AS t (r, n)"
                                            " WHERE waymark_holds(waymark_portfolio(), r) ORDER BY n"));
    bind(q, QStringLiteral("{%1}").arg(all.join(QLatin1Char(','))));
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the roles you hold in the team"));
    QStringList held;
    while (q.next())
        held << q.value(0).toString();
    return held;
}

qint64 CaseRepository::insertEvent(qint64 caseId, CaseAction action, int stage, const CaseActor& by, const QString& reason,
                                   qint64 snapshotId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO case_events (case_id, action, stage, by_name, by_role, signed_in, reason, made_at,"
                             " snapshot_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    bindAll(q, {caseId, caseActionId(action), stage < 0 ? QVariant(QMetaType(QMetaType::Int)) : QVariant(stage), by.name.trimmed(),
                by.role.trimmed(), by.signedIn ? 1 : 0, reason.trimmed(), nowText(), idOrNull(snapshotId)});
    if (!q.exec())
        return m_db.failQuery(q, tr("Cannot record the case")), 0;
    const qint64 id = insertedId(q);
    m_db.noteChange(PortfolioStore::Area::Cases, caseId);
    return m_chain.appendCaseEvent(id) ? id : 0;
}

qint64 CaseRepository::submit(const Pathway& pathway, const QString& targetId, const QByteArray& snapshot, const CaseActor& by)
{
    QString title;
    QList<ApprovalStage> stages;
    const std::optional<CaseActor> worker = actor(by, QStringLiteral("worker"));
    if (!worker || !checkTarget(pathway, targetId, &title, &stages))
        return 0;
    qint64 caseId = 0;
    const bool saved = m_db.transaction([&] {
        try {
            for (const ProgressionCase& c : read(QStringLiteral("WHERE c.pathway_id = ? AND c.target_id = ?"), {pathway.id, targetId})) {
                if (c.status() == CaseStatus::Open)
                    return m_db.fail(StoreError::Code::Conflict, tr("Case %1 for %2 is already awaiting a decision; withdraw it "
                                                                    "before submitting again.").arg(c.id).arg(title));
                if (c.status() == CaseStatus::Approved)
                    return m_db.fail(StoreError::Code::Invalid, tr("Case %1 for %2 was approved already.").arg(c.id).arg(title));
                if (c.status() == CaseStatus::ReferredBack)
                    caseId = c.id; // a resubmission: the same case, a new snapshot
            }
        } catch (const StoreError& e) {
            return m_db.fail(e.code(), e.message());
        }
        QSqlQuery q(m_db.connection());
        if (caseId == 0) {
            q.prepare(QStringLiteral("INSERT INTO cases (pathway_id, target_id, target_title, opened_at) VALUES (?, ?, ?, ?) RETURNING id"));
            bindAll(q, {pathway.id, targetId, title, nowText()});
            if (!q.exec())
                return m_db.failQuery(q, tr("Cannot record the case"));
            caseId = insertedId(q);
        }
        q.prepare(QStringLiteral("INSERT INTO case_snapshots (case_id, content, sha256, frozen_at) VALUES (?, ?, ?, ?) RETURNING id"));
        bindAll(q, {caseId, QString::fromUtf8(snapshot), ChainRepository::sha256(snapshot), nowText()});
        if (!q.exec())
            return m_db.failQuery(q, tr("Cannot freeze the case's snapshot"));
        return insertEvent(caseId, CaseAction::Submit, -1, *worker, QString(), insertedId(q)) != 0;
    });
    return saved ? caseId : 0;
}

bool CaseRepository::decide(qint64 caseId, CaseAction action, const QString& reason, const CaseActor& by)
{
    using Code = StoreError::Code;
    if (action == CaseAction::Submit || action == CaseAction::Withdraw)
        return m_db.fail(Code::Invalid, tr("A decision recommends, approves, refers back or declines."));
    if ((action == CaseAction::ReferBack || action == CaseAction::Decline) && reason.trimmed().isEmpty())
        return m_db.fail(Code::Invalid, tr("Give the reasons for referring the case back or declining it: the worker needs them."));
    return m_db.transaction([&] {
        const std::optional<ProgressionCase> c = findForChange(caseId);
        if (!c)
            return false;
        const CaseStatus status = c->status();
        if (status == CaseStatus::ReferredBack)
            return m_db.fail(Code::Invalid, tr("Case %1 was referred back: it awaits the worker's resubmission, not a decision.").arg(caseId));
        if (status != CaseStatus::Open)
            return m_db.fail(Code::Invalid, tr("Case %1 is already %2; a decision cannot be recorded on it again.")
                                                .arg(caseId).arg(caseStatusTitle(status).toLower()));
        const int stage = c->awaitedStage();
        const ApprovalStage& awaited = c->stages[stage];
        // On a team server the role may be left out: it is the awaited stage's when the team
        // gives it to the person, else the first later stage's it gives them (whose turn is
        // not yet come, as the refusal below says).
        QString role = by.role;
        if (role.isEmpty() && m_db.isServer()) {
            QStringList held;
            try {
                held = actingRoles();
            } catch (const StoreError& e) {
                return m_db.fail(e.code(), e.message());
            }
            role = awaited.role;
            for (int i = stage; i < c->stages.size(); ++i)
                if (held.contains(c->stages[i].role)) {
                    role = c->stages[i].role;
                    break;
                }
        }
        if (role != awaited.role) {
            // Naming the stage that acts now says both "wrong role" and "not yet your turn".
            int later = -1;
            for (int i = stage + 1; i < c->stages.size() && later < 0; ++i)
                later = c->stages[i].role == role ? i : -1;
            return m_db.fail(Code::NotAllowed,
                             later >= 0 ? tr("Case %1 awaits the %2 (stage %3 of %4) first; the %5 acts after.")
                                              .arg(caseId).arg(awaited.title).arg(stage + 1).arg(c->stages.size()).arg(c->stages[later].title)
                                        : tr("Case %1 awaits the %2 (stage %3 of %4, role %5); %6 cannot act on it.")
                                              .arg(caseId).arg(awaited.title).arg(stage + 1).arg(c->stages.size())
                                              .arg(approvalRoleTitle(awaited.role), CaseActor{m_db.isServer() ? m_db.signedInName() : by.name, role, m_db.isServer()}.describe()));
        }
        if (!decisionsAt(awaited).contains(action))
            return m_db.fail(Code::Invalid, awaited.decides
                                                ? tr("The %1 decides this case: approve, refer back or decline.").arg(awaited.title)
                                                : tr("The %1 recommends; the decision is the %2's. Recommend, refer back or decline.")
                                                      .arg(awaited.title, c->stages.last().title));
        const std::optional<CaseActor> acting = actor(by, role);
        return acting && insertEvent(caseId, action, stage, *acting, reason, 0) != 0;
    });
}

bool CaseRepository::withdraw(qint64 caseId, const CaseActor& by)
{
    const std::optional<CaseActor> worker = actor(by, QStringLiteral("worker"));
    if (!worker)
        return false;
    return m_db.transaction([&] {
        const std::optional<ProgressionCase> c = findForChange(caseId);
        if (!c)
            return false;
        const CaseStatus status = c->status();
        if (status != CaseStatus::Open && status != CaseStatus::ReferredBack)
            return m_db.fail(StoreError::Code::Invalid, tr("Case %1 is already %2; only a case awaiting a decision can be withdrawn.")
                                                            .arg(caseId).arg(caseStatusTitle(status).toLower()));
        return insertEvent(caseId, CaseAction::Withdraw, -1, *worker, QString(), 0) != 0;
    });
}

std::optional<ProgressionCase> CaseRepository::findForChange(qint64 id)
{
    try {
        return find(id);
    } catch (const StoreError& e) {
        return m_db.fail(e.code(), e.message()), std::nullopt;
    }
}

QList<ProgressionCase> CaseRepository::list()
{
    return read(QString(), {});
}

std::optional<ProgressionCase> CaseRepository::find(qint64 id)
{
    const QList<ProgressionCase> found = read(QStringLiteral("WHERE c.id = ?"), {id});
    if (found.isEmpty())
        return m_db.fail(StoreError::Code::NotFound, tr("There is no case %1.").arg(id)), std::nullopt;
    return found.first();
}

std::optional<std::pair<ProgressionCase, CaseSnapshot>> CaseRepository::findSnapshot(const QString& sha256)
{
    m_db.requireOpen();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT case_id, id, content, sha256, frozen_at FROM case_snapshots WHERE sha256 = ? ORDER BY id"));
    bind(q, sha256);
    if (!q.exec())
        m_db.throwQuery(q, tr("Cannot read the case snapshots"));
    if (!q.next())
        return std::nullopt;
    const CaseSnapshot s{q.value(1).toLongLong(), q.value(2).toString().toUtf8(), q.value(3).toString(), timeFrom(q.value(4))};
    const std::optional<ProgressionCase> c = find(q.value(0).toLongLong());
    return c ? std::optional(std::make_pair(*c, s)) : std::nullopt;
}

QList<ProgressionCase> CaseRepository::read(const QString& where, const QVariantList& binds)
{
    QList<ProgressionCase> out;
    m_db.readTogether([&] {
        QSqlQuery q(m_db.connection());
        q.setForwardOnly(true);
        // Each case with its latest snapshot.
        q.prepare(QStringLiteral("SELECT c.id, c.pathway_id, c.target_id, c.target_title, s.id, s.content, s.sha256, s.frozen_at"
                                 " FROM cases c JOIN case_snapshots s ON s.id = (SELECT max(id) FROM case_snapshots WHERE case_id = c.id)"
                                 " %1 ORDER BY c.id").arg(where));
        for (const QVariant& b : binds)
            bind(q, b);
        if (!q.exec())
            m_db.throwQuery(q, tr("Cannot read the cases"));
        QHash<qint64, int> index;
        while (q.next()) {
            ProgressionCase c;
            c.id = q.value(0).toLongLong();
            c.pathwayId = q.value(1).toString();
            c.targetId = q.value(2).toString();
            c.targetTitle = q.value(3).toString();
            c.snapshot = {q.value(4).toLongLong(), q.value(5).toString().toUtf8(), q.value(6).toString(), timeFrom(q.value(7))};
            c.stages = approvalFromJson(QJsonDocument::fromJson(c.snapshot.content).object().value(QStringLiteral("approval")).toArray());
            index.insert(c.id, int(out.size()));
            out << c;
        }
        if (out.isEmpty())
            return;
        QSqlQuery e(m_db.connection());
        e.setForwardOnly(true);
        // On a server an event is signed in only when the server recorded who (an administrator's
        // import keeps typed names, by_login '').
        e.prepare(QStringLiteral("SELECT case_id, id, action, stage, by_name, by_role, %2, reason, made_at, snapshot_id"
                                 " FROM case_events WHERE case_id IN (SELECT c.id FROM cases c %1) ORDER BY id")
                      .arg(where, m_db.isServer() ? QStringLiteral("CASE WHEN by_login = '' THEN 0 ELSE signed_in END") : QStringLiteral("signed_in")));
        for (const QVariant& b : binds)
            bind(e, b);
        if (!e.exec())
            m_db.throwQuery(e, tr("Cannot read the cases"));
        while (e.next()) {
            CaseEvent ev;
            ev.id = e.value(1).toLongLong();
            caseActionFromId(e.value(2).toString(), &ev.action);
            ev.stage = e.value(3).isNull() ? -1 : e.value(3).toInt();
            ev.by = {e.value(4).toString(), e.value(5).toString(), e.value(6).toInt() == 1};
            ev.reason = e.value(7).toString();
            ev.at = timeFrom(e.value(8));
            ev.snapshotId = e.value(9).toLongLong();
            if (auto it = index.constFind(e.value(0).toLongLong()); it != index.constEnd())
                out[it.value()].events << ev;
        }
    });
    return out;
}

} // namespace waymark::store
