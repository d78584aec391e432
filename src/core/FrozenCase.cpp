#include "waymark/FrozenCase.h"

#include "waymark/PortfolioStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace waymark {

FrozenCase FrozenCaseReader::read(PortfolioStore& store, const ProgressionCase& progressionCase)
{
    const CaseSnapshot& snapshot = progressionCase.snapshot;
    auto refuse = [&](const QString& what) {
        return StoreError(StoreError::Code::Damaged,
                          tr("The snapshot of case %1, frozen on %2, cannot be read in full: %3. No copy of the case is made "
                             "from the portfolio as it is now; export a working copy instead, which says on every page that "
                             "it is not the case.")
                              .arg(progressionCase.id)
                              .arg(snapshot.frozenAt.date().toString(Qt::ISODate), what));
    };
    if (QString::fromLatin1(QCryptographicHash::hash(snapshot.content, QCryptographicHash::Sha256).toHex()) != snapshot.sha256)
        throw refuse(tr("its content no longer matches its SHA-256"));
    const QJsonObject json = QJsonDocument::fromJson(snapshot.content).object();
    if (json.value(QStringLiteral("format")).toString() != QLatin1String("waymark-case-snapshot/1"))
        throw refuse(tr("it is not a snapshot this version of Waymark reads"));

    FrozenCase out;
    out.progressionCase = progressionCase;
    out.readiness = readinessFromJson(json.value(QStringLiteral("readiness")).toObject());
    for (const QJsonValue& j : json.value(QStringLiteral("judgements")).toArray())
        out.judgements << j.toObject().value(QStringLiteral("id")).toInteger();

    QSet<qint64> frozenIds;
    for (const QJsonValue& value : json.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject frozen = value.toObject();
        const qint64 id = frozen.value(QStringLiteral("id")).toInteger();
        const int version = frozen.value(QStringLiteral("version")).toInt();
        const QList<Evidence> versions = store.evidenceVersions(id);
        const auto found = std::find_if(versions.cbegin(), versions.cend(), [&](const Evidence& e) { return e.version == version; });
        if (found == versions.cend())
            throw refuse(tr("evidence E%1 (\"%2\") version %3 is no longer in the portfolio (it was purged)")
                             .arg(id).arg(frozen.value(QStringLiteral("title")).toString()).arg(version));
        out.evidence << *found;
        frozenIds.insert(id);
        for (const QJsonValue& item : frozen.value(QStringLiteral("items")).toArray())
            out.items[id] << ItemRef::fromString(item.toString());
        for (const QJsonValue& file : frozen.value(QStringLiteral("attachments")).toArray())
            out.attachments[id] << file.toObject().value(QStringLiteral("sha256")).toString();
        const std::optional<Evidence> now = store.evidence(id);
        if (!now || now->deleted)
            out.since.insert(id, FrozenCase::Since::Deleted);
        else if (now->version != version)
            out.since.insert(id, FrozenCase::Since::Changed);
    }
    std::sort(out.evidence.begin(), out.evidence.end(), [](const Evidence& a, const Evidence& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    for (const EvidenceSummary& e : store.listEvidence())
        if (!frozenIds.contains(e.id) && !store.mappingsForEvidence(e.id).isEmpty())
            out.addedSince << e;
    return out;
}

std::optional<ProgressionCase> FrozenCaseReader::caseFor(PortfolioStore& store, const QString& pathwayId, const QString& targetId,
                                                         qint64 caseId)
{
    if (caseId > 0) {
        std::optional<ProgressionCase> asked = store.progressionCase(caseId);
        if (!asked)
            throw StoreError(StoreError::Code::NotFound, tr("There is no case %1 in this portfolio.").arg(caseId));
        return asked;
    }
    std::optional<ProgressionCase> latest;
    for (const ProgressionCase& c : store.cases())
        if (c.pathwayId == pathwayId && c.targetId == targetId)
            latest = c;
    if (latest && latest->status() == CaseStatus::Withdrawn)
        latest.reset();
    return latest;
}

} // namespace waymark
