#include "waymark/Progress.h"

#include "waymark/Pathway.h"
#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"
#include "waymark/Readiness.h"

#include <algorithm>

namespace waymark {

namespace {

struct ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(Progress)
};

} // namespace

QList<ScopeProgress> progressByScope(const Pathway& pathway, const PortfolioFacts& facts)
{
    QList<ScopeProgress> out;
    auto count = [&](const QString& scope, const QString& title, bool nested) {
        ScopeProgress r{scope, title, nested};
        for (const QString& id : pathway.assessableIds(scope)) {
            const ItemRef ref{pathway.id, id};
            const ItemFacts* f = facts.item(ref);
            ++r.items;
            r.withEvidence += f && f->evidenceCount > 0;
            r.signedOff += ReadinessEngine::isReached(facts, ref);
        }
        out << r;
    };
    for (const Step& s : pathway.steps) {
        count(s.id, s.title, false);
        if (s.groups.size() > 1)
            for (const Group& g : s.groups)
                count(g.id, g.title, true);
    }
    for (const Group& g : pathway.groups)
        count(g.id, g.title, false);
    return out;
}

ProgressOverTime progressOverTime(PortfolioStore& store, const Pathway& pathway, const QDate& from, const QDate& today)
{
    ProgressOverTime out;
    // The end of each month from the first record's, then today; over a longer span every
    // second, third ... month, so that a chart never reads the portfolio more than maxPoints times.
    const int months = (today.year() - from.year()) * 12 + today.month() - from.month() + 1;
    const int every = (months + progressMaxPoints - 2) / (progressMaxPoints - 1);
    for (QDate month(from.year(), from.month(), 1); month.addMonths(1).addDays(-1) < today; month = month.addMonths(every))
        out.dates << month.addMonths(1).addDays(-1);
    out.dates << today;
    for (const QDate& d : out.dates) {
        // What is reached needs only the decisions: no evidence is read, for any of the days.
        QList<ScopeProgress> then = progressByScope(pathway, store.decisions(d));
        then.removeIf([](const ScopeProgress& s) { return s.nested; });
        QList<int> reached;
        for (const ScopeProgress& s : then)
            reached << s.signedOff;
        out.reached << reached;
        out.scopes = then; // today's, in the end: titles and item counts
    }
    return out;
}

QList<TimelineEntry> portfolioTimeline(PortfolioStore& store, const PathwayLibrary& library)
{
    QList<TimelineEntry> out;
    for (const EvidenceSummary& e : store.listEvidence()) {
        TimelineEntry t;
        t.date = e.date;
        t.title = e.title;
        t.detail = evidenceKindTitle(e.kind);
        t.evidenceId = e.id;
        out << t;
    }
    for (const Judgement& j : store.judgements()) {
        TimelineEntry t;
        t.kind = TimelineEntry::Kind::Judgement;
        t.date = j.date;
        t.item = j.item;
        const Pathway* p = library.find(j.item.pathwayId);
        t.title = ProgressText::tr("%1: %2").arg(verdictTitle(j.verdict), p ? p->statementOf(j.item.itemId) : j.item.toString());
        t.detail = j.author();
        out << t;
    }
    std::stable_sort(out.begin(), out.end(), [](const TimelineEntry& a, const TimelineEntry& b) {
        if (a.date != b.date)
            return a.date > b.date;
        return a.kind == TimelineEntry::Kind::Judgement && b.kind == TimelineEntry::Kind::Evidence;
    });
    return out;
}

} // namespace waymark
