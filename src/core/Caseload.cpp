#include "waymark/Caseload.h"

#include "waymark/PortfolioStore.h"

#include <QJsonObject>

namespace waymark {

QList<CaseloadEntry> Caseload::read(PortfolioStore& store, const PathwayLibrary& library, const QDate& today)
{
    if (!store.isOnServer())
        return {}; // a portfolio file has no team
    const QString home = store.owner();
    const ReadinessEngine engine(library, today);
    QList<CaseloadEntry> out;
    // Back to where it was, however this ends (a read may throw).
    struct Return
    {
        PortfolioStore& store;
        const QString& home;
        ~Return() { store.switchPortfolio(home); }
    } back{store, home};
    for (const AssignedPortfolio& person : store.assignedPortfolios()) {
        CaseloadEntry entry;
        entry.person = person;
        if (!store.switchPortfolio(person.login)) {
            entry.error = store.errorString();
            out << entry;
            continue;
        }
        const PortfolioFacts facts = store.facts();
        entry.readiness = engine.evaluateTarget(facts);
        entry.toReconfirm = int(entry.readiness.reconfirm.size());
        for (const ItemFacts& item : facts.items)
            if (item.latest && item.latest->verdict == Verdict::ReadyForReview)
                ++entry.awaitingReview;
        out << entry;
    }
    return out;
}

QJsonArray Caseload::toJson(const QList<CaseloadEntry>& entries)
{
    QJsonArray out;
    for (const CaseloadEntry& e : entries) {
        QJsonObject o{{QStringLiteral("login"), e.person.login},
                      {QStringLiteral("name"), e.person.name},
                      {QStringLiteral("relation"), e.person.relation == AssignedPortfolio::Relation::Supervisor
                                                       ? QStringLiteral("supervisor") : QStringLiteral("reader")}};
        if (!e.error.isEmpty()) {
            o.insert(QStringLiteral("error"), e.error);
        } else {
            o.insert(QStringLiteral("pathway"), e.readiness.pathwayId);
            o.insert(QStringLiteral("target"), e.readiness.targetId);
            o.insert(QStringLiteral("targetTitle"), e.readiness.targetTitle);
            o.insert(QStringLiteral("verdict"), readinessVerdictId(e.readiness.verdict));
            o.insert(QStringLiteral("summary"), e.readiness.summary);
            o.insert(QStringLiteral("awaitingReview"), e.awaitingReview);
            o.insert(QStringLiteral("toReconfirm"), e.toReconfirm);
            if (e.readiness.earliestDate.isValid())
                o.insert(QStringLiteral("earliestDate"), e.readiness.earliestDate.toString(Qt::ISODate));
        }
        out << o;
    }
    return out;
}

} // namespace waymark
