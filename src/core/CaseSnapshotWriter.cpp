#include "CaseSnapshotWriter.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Readiness.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace waymark {

QByteArray writeCaseSnapshot(PortfolioStore& store, const PathwayLibrary& library, const Pathway& pathway,
                             const QString& targetId, const QList<ApprovalStage>& stages, const QDate& today)
{
    const PortfolioFacts facts = store.facts();
    const ReadinessReport readiness = ReadinessEngine(library, today).evaluateTargetOf(facts, pathway.id, targetId);

    QJsonArray judgements;
    for (const Judgement& j : store.judgements())
        if (j.counts) {
            QJsonArray relied;
            for (const JudgementEvidence& e : j.evidence)
                relied << QJsonObject{{QStringLiteral("evidenceId"), e.evidenceId}, {QStringLiteral("version"), e.evidenceVersion},
                                      {QStringLiteral("title"), e.title}};
            judgements << QJsonObject{{QStringLiteral("id"), j.id},
                                      {QStringLiteral("item"), j.item.toString()},
                                      {QStringLiteral("statement"), j.statement},
                                      {QStringLiteral("verdict"), verdictId(j.verdict)},
                                      {QStringLiteral("byName"), j.byName},
                                      {QStringLiteral("byRole"), j.byRole},
                                      {QStringLiteral("date"), j.date.toString(Qt::ISODate)},
                                      {QStringLiteral("evidenceChanged"), j.evidenceChanged},
                                      {QStringLiteral("evidence"), relied}};
        }

    QJsonArray evidence;
    for (const EvidenceSummary& e : store.listEvidence()) {
        QJsonArray items;
        for (const Mapping& m : store.mappingsForEvidence(e.id))
            items << m.item.toString();
        if (items.isEmpty())
            continue; // evidence for nothing the approvers judge
        QJsonArray files;
        for (const Attachment& a : store.attachments(e.id))
            files << QJsonObject{{QStringLiteral("name"), a.name}, {QStringLiteral("mediaType"), a.mediaType},
                                 {QStringLiteral("size"), a.size}, {QStringLiteral("sha256"), a.sha256}};
        evidence << QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("version"), e.version},
                                {QStringLiteral("title"), e.title},
                                {QStringLiteral("date"), e.date.toString(Qt::ISODate)},
                                {QStringLiteral("kind"), evidenceKindId(e.kind)},
                                {QStringLiteral("source"), e.source},
                                {QStringLiteral("items"), items},
                                {QStringLiteral("attachments"), files}};
    }

    const Worker& w = facts.worker;
    const QJsonObject snapshot{
        {QStringLiteral("format"), QStringLiteral("waymark-case-snapshot/1")},
        {QStringLiteral("pathway"), QJsonObject{{QStringLiteral("id"), pathway.id}, {QStringLiteral("version"), pathway.version},
                                                {QStringLiteral("title"), pathway.title}}},
        {QStringLiteral("target"), targetId},
        {QStringLiteral("worker"), QJsonObject{{QStringLiteral("name"), w.name}, {QStringLiteral("profession"), w.profession},
                                               {QStringLiteral("registration"), QStringList({w.registrationBody, w.registrationNumber}).join(QLatin1Char(' ')).trimmed()},
                                               {QStringLiteral("currentStep"), w.currentStep}}},
        {QStringLiteral("asOf"), today.toString(Qt::ISODate)},
        {QStringLiteral("readiness"), readinessToJson(readiness)},
        {QStringLiteral("judgements"), judgements},
        {QStringLiteral("evidence"), evidence},
        {QStringLiteral("approval"), approvalToJson(stages)},
        {QStringLiteral("chainHead"), store.chainHead()},
    };
    return QJsonDocument(snapshot).toJson(QJsonDocument::Compact);
}

} // namespace waymark
