#include "PortfolioChanges.h"

#include "main/PortfolioSession.h"
#include "undo/StoreCommand.h"

#include <QFileInfo>
#include <QLocale>
#include <QUndoStack>

#include <algorithm>

#include <memory>

namespace waymark::gui {

PortfolioChanges::PortfolioChanges(PortfolioSession* session)
    : QObject(session)
    , m_session(session)
{
    // The versions belong to the file whose commands the stack held; opening another clears both.
    connect(session, &PortfolioSession::portfolioOpened, this, [this] { m_versions.clear(); });
}

PortfolioStore& PortfolioChanges::store()
{
    return m_session->store();
}

bool PortfolioChanges::done(bool ok, const QString& text, Step redo, Step undo)
{
    if (!ok) {
        m_error = store().errorString();
        return false;
    }
    m_error.clear();
    m_session->undoStack()->push(new StoreCommand(m_session, text, std::move(redo), std::move(undo)));
    return true;
}

bool PortfolioChanges::apply(IdChange change, qint64 id, qint64 evidenceId)
{
    if (!(store().*change)(id))
        return false;
    if (evidenceId != 0)
        followVersion(evidenceId);
    return true;
}

qint64 PortfolioChanges::pushAdded(
    const QString& text, const std::function<qint64()>& add, IdChange remove, IdChange restore, qint64 evidenceId)
{
    const qint64 id = add();
    if (id != 0 && evidenceId != 0)
        followVersion(evidenceId);
    return done(id != 0, text, [=] { return apply(restore, id, evidenceId); },
               [=] { return apply(remove, id, evidenceId); })
        ? id
        : 0;
}

bool PortfolioChanges::pushRemoved(
    const QString& text, const QString& notice, qint64 id, IdChange remove, IdChange restore, qint64 evidenceId)
{
    if (!done(apply(remove, id, evidenceId), text, [=] { return apply(remove, id, evidenceId); },
            [=] { return apply(restore, id, evidenceId); }))
        return false;
    emit removed(notice);
    return true;
}

template <typename Record>
bool PortfolioChanges::pushUpdated(
    const QString& text, const QList<Record>& records, const Record& after, Update<Record> update)
{
    const auto before = std::find_if(records.begin(), records.end(), [&](const Record& r) { return r.id == after.id; });
    if (before == records.end()) {
        m_error = tr("Not saved: the record is no longer in the portfolio (was it removed in another window?).");
        return false;
    }
    return done((store().*update)(after), text, [=] { return (store().*update)(after); },
        [this, update, before = *before] { return (store().*update)(before); });
}

bool PortfolioChanges::saveWorker(const Worker& worker)
{
    const Worker before = store().worker();
    return done(store().saveWorker(worker), tr("Edit profile"), [this, worker] { return store().saveWorker(worker); },
        [this, before] { return store().saveWorker(before); });
}

bool PortfolioChanges::setPrivateNames(const QStringList& names)
{
    const QStringList before = store().privateNames();
    return done(store().setPrivateNames(names), tr("Edit the names to look for"),
        [this, names] { return store().setPrivateNames(names); }, [this, before] { return store().setPrivateNames(before); });
}

qint64 PortfolioChanges::addRole(const RoleRecord& role)
{
    return pushAdded(tr("Add role “%1”").arg(role.title), [&] { return store().addRole(role); },
        &PortfolioStore::removeRole, &PortfolioStore::restoreRole);
}

bool PortfolioChanges::updateRole(const RoleRecord& role)
{
    return pushUpdated(tr("Edit role “%1”").arg(role.title), store().roles(), role, &PortfolioStore::updateRole);
}

bool PortfolioChanges::removeRole(const RoleRecord& role)
{
    return pushRemoved(tr("Remove role “%1”").arg(role.title), tr("Removed the role “%1”.").arg(role.title), role.id,
        &PortfolioStore::removeRole, &PortfolioStore::restoreRole);
}

qint64 PortfolioChanges::addAward(const AwardRecord& award)
{
    return pushAdded(tr("Add award “%1”").arg(award.title.isEmpty() ? award.award : award.title),
        [&] { return store().addAward(award); }, &PortfolioStore::removeAward, &PortfolioStore::restoreAward);
}

bool PortfolioChanges::removeAward(const AwardRecord& award)
{
    const QString title = award.title.isEmpty() ? award.award : award.title;
    return pushRemoved(tr("Remove award “%1”").arg(title), tr("Removed the award “%1”.").arg(title), award.id,
        &PortfolioStore::removeAward, &PortfolioStore::restoreAward);
}

void PortfolioChanges::followVersion(qint64 evidenceId)
{
    if (const std::optional<Evidence> e = store().evidence(evidenceId))
        m_versions[evidenceId] = e->version;
}

QString PortfolioChanges::evidenceTitle(qint64 evidenceId)
{
    const std::optional<Evidence> e = store().evidence(evidenceId);
    return e ? e->title : QString();
}

// Evidence leaves and comes back with delete and restore, which keep its versions.
qint64 PortfolioChanges::addEvidence(
    const Evidence& evidence, const QList<Mapping>& mappings, const QList<PortfolioStore::NewAttachment>& attachments)
{
    const qint64 id = pushAdded(tr("Add evidence “%1”").arg(evidence.title),
        [&] { return store().addEvidence(evidence, mappings, attachments); }, &PortfolioStore::deleteEvidence,
        &PortfolioStore::restoreEvidence);
    if (id != 0)
        followVersion(id);
    return id;
}

bool PortfolioChanges::saveEvidence(const Evidence& evidence, int expectedVersion)
{
    if (!store().updateEvidence(evidence, expectedVersion))
        return false;
    followVersion(evidence.id);
    return true;
}

bool PortfolioChanges::updateEvidence(const Evidence& evidence, int expectedVersion)
{
    const std::optional<Evidence> before = store().evidence(evidence.id);
    if (!before) {
        m_error = store().errorString();
        return false;
    }
    return done(saveEvidence(evidence, expectedVersion), tr("Edit evidence “%1”").arg(evidence.title),
        [this, evidence] { return saveEvidence(evidence, m_versions.value(evidence.id)); },
        [this, before = *before] { return saveEvidence(before, m_versions.value(before.id)); });
}

bool PortfolioChanges::deleteEvidence(qint64 id)
{
    const QString title = evidenceTitle(id);
    return pushRemoved(tr("Delete evidence “%1”").arg(title), tr("Deleted “%1”.").arg(title), id,
        &PortfolioStore::deleteEvidence, &PortfolioStore::restoreEvidence);
}

// Attaching and removing save a new version of the evidence: followed (pushAdded and
// pushRemoved are given the evidence), so that undoing an earlier edit passes the version check.
qint64 PortfolioChanges::addAttachmentFile(qint64 evidenceId, const QString& filePath)
{
    return pushAdded(tr("Attach “%1”").arg(QFileInfo(filePath).fileName()),
        [&] { return store().addAttachmentFile(evidenceId, filePath); }, &PortfolioStore::removeAttachment,
        &PortfolioStore::restoreAttachment, evidenceId);
}

bool PortfolioChanges::removeAttachment(qint64 evidenceId, qint64 attachmentId, const QString& name)
{
    return pushRemoved(tr("Remove attachment “%1”").arg(name), tr("Removed the attachment “%1”.").arg(name),
        attachmentId, &PortfolioStore::removeAttachment, &PortfolioStore::restoreAttachment, evidenceId);
}

// A mapping is removed outright and added again, under a new id that the other step then uses.
qint64 PortfolioChanges::addMapping(const Mapping& mapping)
{
    auto id = std::make_shared<qint64>(store().addMapping(mapping));
    const bool ok = done(*id != 0, tr("Map “%1” to %2").arg(evidenceTitle(mapping.evidenceId), mapping.item.itemId),
        [this, id, mapping] { return (*id = store().addMapping(mapping)) != 0; },
        [this, id] { return store().removeMapping(*id); });
    return ok ? *id : 0;
}

bool PortfolioChanges::removeMapping(const Mapping& mapping)
{
    auto id = std::make_shared<qint64>(mapping.id);
    return done(store().removeMapping(mapping.id),
        tr("Unmap “%1” from %2").arg(evidenceTitle(mapping.evidenceId), mapping.item.itemId),
        [this, id] { return store().removeMapping(*id); },
        [this, id, mapping] { return (*id = store().addMapping(mapping)) != 0; });
}

bool PortfolioChanges::setMappingNote(const Mapping& mapping, const QString& note)
{
    // The mapping's id changes each time, so each step remaps whatever id the last one left.
    auto id = std::make_shared<qint64>(mapping.id);
    auto remap = [this, id, mapping](const QString& text) {
        Mapping m = mapping;
        m.note = text;
        qint64 added = 0;
        if (!store().transaction([&] { return store().removeMapping(*id) && (added = store().addMapping(m)) != 0; }))
            return false;
        *id = added;
        return true;
    };
    return done(remap(note), tr("Edit the note on “%1” for %2").arg(evidenceTitle(mapping.evidenceId), mapping.item.itemId),
        [remap, note] { return remap(note); }, [remap, before = mapping.note] { return remap(before); });
}

bool PortfolioChanges::updateSession(const SupervisionSession& session)
{
    return pushUpdated(tr("Edit supervision of %1").arg(QLocale().toString(session.date, QLocale::ShortFormat)),
        store().sessions(), session, &PortfolioStore::updateSession);
}

qint64 PortfolioChanges::addPlanItem(const PlanItem& item)
{
    return pushAdded(tr("Add “%1” to the plan").arg(item.activity), [&] { return store().addPlanItem(item); },
        &PortfolioStore::removePlanItem, &PortfolioStore::restorePlanItem);
}

bool PortfolioChanges::updatePlanItem(const PlanItem& item)
{
    return pushUpdated(
        tr("Edit plan item “%1”").arg(item.activity), store().planItems(), item, &PortfolioStore::updatePlanItem);
}

bool PortfolioChanges::removePlanItem(const PlanItem& item)
{
    return pushRemoved(tr("Remove “%1” from the plan").arg(item.activity),
        tr("Removed “%1” from the learning plan.").arg(item.activity), item.id, &PortfolioStore::removePlanItem,
        &PortfolioStore::restorePlanItem);
}

qint64 PortfolioChanges::addCpdEntry(const CpdEntry& entry)
{
    return pushAdded(tr("Log CPD “%1”").arg(entry.activity), [&] { return store().addCpdEntry(entry); },
        &PortfolioStore::removeCpdEntry, &PortfolioStore::restoreCpdEntry);
}

bool PortfolioChanges::updateCpdEntry(const CpdEntry& entry)
{
    return pushUpdated(
        tr("Edit CPD “%1”").arg(entry.activity), store().cpdEntries(), entry, &PortfolioStore::updateCpdEntry);
}

bool PortfolioChanges::saveCpdTexts(const QMap<CpdText, QString>& texts)
{
    QMap<CpdText, QString> before;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        before.insert(it.key(), store().cpdText(it.key()));
    if (before == texts)
        return true; // nothing to undo
    const auto save = [this](const QMap<CpdText, QString>& values) {
        return store().transaction([&] {
            for (auto it = values.begin(); it != values.end(); ++it)
                if (!store().setCpdText(it.key(), it.value()))
                    return false;
            return true;
        });
    };
    return done(save(texts), tr("Edit CPD profile"), [save, texts] { return save(texts); }, [save, before] { return save(before); });
}

bool PortfolioChanges::removeCpdEntry(const CpdEntry& entry)
{
    return pushRemoved(tr("Remove CPD “%1”").arg(entry.activity),
        tr("Removed “%1” from the CPD log.").arg(entry.activity), entry.id, &PortfolioStore::removeCpdEntry,
        &PortfolioStore::restoreCpdEntry);
}

} // namespace waymark::gui
