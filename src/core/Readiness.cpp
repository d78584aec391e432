#include "waymark/Readiness.h"

#include "waymark/PathwayLibrary.h"

#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark {

QString outcomeId(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met: return QStringLiteral("met");
    case Outcome::NotMet: return QStringLiteral("not-met");
    case Outcome::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QString readinessVerdictId(ReadinessReport::Verdict verdict)
{
    switch (verdict) {
    case ReadinessReport::Verdict::Ready: return QStringLiteral("ready");
    case ReadinessReport::Verdict::NotYet: return QStringLiteral("not-yet");
    case ReadinessReport::Verdict::Unknown: return QStringLiteral("unknown");
    }
    return QString();
}

QString readinessVerdictTitle(ReadinessReport::Verdict verdict)
{
    switch (verdict) {
    case ReadinessReport::Verdict::Ready: return ReadinessEngine::tr("Ready");
    case ReadinessReport::Verdict::NotYet: return ReadinessEngine::tr("Not yet");
    case ReadinessReport::Verdict::Unknown: return ReadinessEngine::tr("Unknown");
    }
    return QString();
}

QString gapTitle(Gap gap)
{
    switch (gap) {
    case Gap::NeedsEvidence: return ReadinessEngine::tr("Missing evidence");
    case Gap::JudgedNotYet: return ReadinessEngine::tr("Judged not yet reached");
    case Gap::NotSignedOff: return ReadinessEngine::tr("Not yet signed off");
    case Gap::AwaitingSignOff: return ReadinessEngine::tr("Awaiting sign-off");
    case Gap::AwaitingJudgement: return ReadinessEngine::tr("Awaiting judgement");
    case Gap::Reconfirm: return ReadinessEngine::tr("Re-confirm: evidence changed");
    }
    return QString();
}

bool gapNeedsEvidence(Gap gap)
{
    return gap == Gap::NeedsEvidence || gap == Gap::JudgedNotYet;
}

namespace {

QString yearsText(double years)
{
    const QString n = std::floor(years) == years ? QString::number(int(years)) : QString::number(years, 'g', 3);
    return years == 1 ? ReadinessEngine::tr("1 year") : ReadinessEngine::tr("%1 years").arg(n);
}

// N years after a date, calendar-true: 29 February plus one year is 28 February.
QDate addYears(const QDate& from, double years)
{
    const int whole = int(std::floor(years));
    const int months = int(std::lround((years - whole) * 12));
    return from.addYears(whole).addMonths(months);
}

// Words that say what an item or an offer is about, for matching one to the other.
QSet<QString> topicWords(const QString& text)
{
    static const QSet<QString> stop = {
        QStringLiteral("with"), QStringLiteral("from"), QStringLiteral("that"), QStringLiteral("their"), QStringLiteral("they"),
        QStringLiteral("will"), QStringLiteral("this"), QStringLiteral("have"), QStringLiteral("and"), QStringLiteral("for"),
        QStringLiteral("evidence"), QStringLiteral("years"), QStringLiteral("level"), QStringLiteral("other"), QStringLiteral("relevant"),
        QStringLiteral("opportunities"), QStringLiteral("opportunity"), QStringLiteral("development"), QStringLiteral("developing"),
        QStringLiteral("experience"), QStringLiteral("social"), QStringLiteral("work"), QStringLiteral("worker"), QStringLiteral("training")};
    QSet<QString> out;
    for (const QString& w : text.toLower().split(QRegularExpression(QStringLiteral("[^a-z]+")), Qt::SkipEmptyParts)) {
        if (w.size() < 4 || stop.contains(w))
            continue;
        // A crude stem, so that "supervisory" meets "supervision" and "managers" meets "management".
        out.insert(w.left(6));
    }
    return out;
}

Outcome combineAll(const QList<ReadinessNode>& children)
{
    bool unknown = false;
    for (const ReadinessNode& c : children) {
        if (c.outcome == Outcome::NotMet)
            return Outcome::NotMet;
        unknown = unknown || c.outcome == Outcome::Unknown;
    }
    return unknown ? Outcome::Unknown : Outcome::Met;
}

} // namespace

class ReadinessEngine::Evaluation
{
public:
    Evaluation(const PathwayLibrary& library, const Pathway& pathway, const PortfolioFacts& facts, const QDate& today,
               const Step* fromStep)
        : m_library(library), m_pathway(pathway), m_facts(facts), m_today(today), m_fromStep(fromStep) {}

    ReadinessNode evaluate(const Rule& rule) const
    {
        ReadinessNode node;
        node.type = rule.type;
        switch (rule.type) {
        case Rule::Type::All:
        case Rule::Type::Any:
        case Rule::Type::AtLeast: combine(rule, node); break;
        case Rule::Type::Reached: reached(rule, node); break;
        case Rule::Type::AllReached: allReached(rule, node); break;
        case Rule::Type::Evidence: evidence(rule, node); break;
        case Rule::Type::Experience: experience(rule, node); break;
        case Rule::Type::Award: award(rule, node); break;
        case Rule::Type::Stage: stage(rule.ref, rule.stage, node); break;
        case Rule::Type::RoleProfile: roleProfile(rule.ref, node); break;
        }
        if (!rule.label.isEmpty()) {
            // The outcome is shown beside the sentence; the file's own words lead it.
            QString detail = node.sentence;
            for (const QString& prefix : {ReadinessEngine::tr("Met: "), ReadinessEngine::tr("Not yet: ")})
                if (detail.startsWith(prefix))
                    detail = detail.mid(prefix.size());
            node.sentence = rule.label + QStringLiteral(": ") + lowerFirst(detail);
        }
        if (node.outcome != Outcome::Met && !node.missingItems.isEmpty())
            node.suggestions = suggestFor(node);
        return node;
    }

    void roleProfile(const QString& ref, ReadinessNode& node) const
    {
        const auto [pathway, id] = resolve(ref);
        const RoleProfile* profile = pathway ? pathway->roleProfile(id) : nullptr;
        if (!profile) {
            node.outcome = Outcome::Unknown;
            node.sentence = ReadinessEngine::tr("The role profile \"%1\" is not in any loaded pathway.").arg(ref);
            return;
        }
        for (const StageRequirement& req : profile->requirements) {
            ReadinessNode child;
            child.type = Rule::Type::Stage;
            Evaluation inner(m_library, *pathway, m_facts, m_today, m_fromStep);
            inner.stage(req.item, req.stage, child);
            child.suggestions = inner.suggestFor(child);
            node.children << child;
        }
        node.outcome = combineAll(node.children);
        node.sentence = node.outcome == Outcome::Met
            ? ReadinessEngine::tr("Every capability the %1 role profile asks for is at the stage it requires.").arg(profile->title)
            // The summary names the profile already ("Not yet ready for the ... role profile: ").
            : ReadinessEngine::tr("%2 of the %1 capabilities it asks for are at the stage it requires.")
                  .arg(node.children.size())
                  .arg(std::count_if(node.children.begin(), node.children.end(), [](const ReadinessNode& c) { return c.outcome == Outcome::Met; }));
    }

private:
    static QString lowerFirst(QString s)
    {
        if (!s.isEmpty() && s.size() > 1 && s[1].isLower())
            s[0] = s[0].toLower();
        return s;
    }

    // "pathway:item" or a bare id of this pathway.
    std::pair<const Pathway*, QString> resolve(const QString& ref) const
    {
        const int colon = ref.indexOf(QLatin1Char(':'));
        if (colon < 0)
            return {&m_pathway, ref};
        return {m_library.find(ref.left(colon)), ref.mid(colon + 1)};
    }

    QString itemName(const Pathway& p, const QString& id) const
    {
        if (const Indicator* ind = p.indicator(id)) {
            const Item* owner = p.owningItem(id);
            const int stage = p.stageIndex(ind->stage);
            return QStringLiteral("%1 (%2): %3").arg(owner->title, stage >= 0 ? p.stages[stage].title : ind->stage, ind->statement);
        }
        return p.statementOf(id);
    }

    QString scopeName(const Pathway& p, const QString& id) const
    {
        if (const Step* s = p.step(id))
            return s->title;
        if (const Group* g = p.group(id)) {
            const Step* owner = p.owningStep(id);
            return owner ? owner->title + QStringLiteral(" – ") + g->title : g->title;
        }
        if (const Item* i = p.item(id))
            return i->displayTitle();
        return id;
    }

    // Why an item is not reached yet, in the worker's terms.
    QString pendingLine(const Pathway& p, const QString& id) const
    {
        const ItemFacts* f = m_facts.item({p.id, id});
        QString state;
        switch (gapOf(f, p.needsEvidence(id))) {
        case Gap::Reconfirm:
            state = ReadinessEngine::tr("signed off by %1 on %2, but the evidence it relied on changed since: %1 or another supervisor "
                                   "needs to re-confirm it").arg(f->latestDecision->byName, longDate(f->latestDecision->date));
            break;
        case Gap::JudgedNotYet:
            state = ReadinessEngine::tr("judged not yet reached by %1 on %2").arg(f->latestDecision->byName, longDate(f->latestDecision->date));
            break;
        case Gap::AwaitingSignOff: state = ReadinessEngine::tr("ready for review, awaiting sign-off"); break;
        case Gap::NotSignedOff: state = ReadinessEngine::tr("%1 evidence item(s), not yet signed off").arg(f->evidenceCount); break;
        case Gap::NeedsEvidence: state = ReadinessEngine::tr("no evidence yet"); break;
        case Gap::AwaitingJudgement: state = ReadinessEngine::tr("judged on the facts, no evidence needed: not yet judged"); break;
        }
        return QStringLiteral("%1 — %2").arg(itemName(p, id), state);
    }

    void combine(const Rule& rule, ReadinessNode& node) const
    {
        int met = 0, unknown = 0;
        for (const Rule& child : rule.children) {
            node.children << evaluate(child);
            met += node.children.last().outcome == Outcome::Met;
            unknown += node.children.last().outcome == Outcome::Unknown;
        }
        const int total = int(rule.children.size());
        const int needed = rule.type == Rule::Type::All ? total : rule.type == Rule::Type::Any ? 1 : rule.count;
        node.outcome = met >= needed ? Outcome::Met : met + unknown >= needed ? Outcome::Unknown : Outcome::NotMet;
        if (rule.type == Rule::Type::All)
            node.sentence = node.outcome == Outcome::Met ? ReadinessEngine::tr("All %1 requirements are met.").arg(total)
                                                         : ReadinessEngine::tr("%1 of %2 requirements are met.").arg(met).arg(total);
        else if (rule.type == Rule::Type::Any)
            node.sentence = node.outcome == Outcome::Met ? ReadinessEngine::tr("One of these is enough, and it is met.")
                                                         : ReadinessEngine::tr("One of these is enough; none is met yet.");
        else
            node.sentence = ReadinessEngine::tr("At least %1 of these %2 are needed; %3 are met.").arg(needed).arg(total).arg(met);
        if (node.outcome == Outcome::Unknown)
            node.sentence += ReadinessEngine::tr(" Some cannot be judged until missing details are recorded.");
        if (node.outcome == Outcome::Met) {
            for (const ReadinessNode& c : node.children)
                if (c.metOn.isValid() && (!node.metOn.isValid() || c.metOn > node.metOn))
                    node.metOn = c.metOn;
        } else if (node.outcome == Outcome::NotMet) {
            // Met children count as met already (an invalid date sorts first); an unmet child
            // counts only if time alone will meet it. An unmet alternative beside a met one
            // stands in no one's way.
            QList<QDate> byTime;
            for (const ReadinessNode& c : node.children)
                if (c.outcome == Outcome::Met)
                    byTime << QDate();
                else if (c.outcome == Outcome::NotMet && c.metOn.isValid())
                    byTime << c.metOn;
            std::sort(byTime.begin(), byTime.end());
            if (byTime.size() >= needed)
                node.metOn = byTime[needed - 1];
        }
    }

    void reached(const Rule& rule, ReadinessNode& node) const
    {
        const auto [pathway, id] = resolve(rule.ref);
        if (!pathway || pathway->kindOf(id) == Pathway::Kind::None) {
            node.outcome = Outcome::Unknown;
            node.sentence = ReadinessEngine::tr("\"%1\" is not in any loaded pathway.").arg(rule.ref);
            return;
        }
        const ItemRef ref{pathway->id, id};
        const ItemFacts* f = m_facts.item(ref);
        if (isReached(m_facts, ref)) {
            node.outcome = Outcome::Met;
            node.sentence = ReadinessEngine::tr("Reached: %1").arg(itemName(*pathway, id));
            node.details << ReadinessEngine::tr("Signed off by %1 on %2.").arg(f->latestDecision->byName, longDate(f->latestDecision->date));
            return;
        }
        node.outcome = Outcome::NotMet;
        node.sentence = ReadinessEngine::tr("Not yet reached: %1").arg(itemName(*pathway, id));
        missing(*pathway, id, node);
    }

    // An item of this node that is not reached: why, and whether it only needs re-confirming.
    void missing(const Pathway& p, const QString& id, ReadinessNode& node) const
    {
        const ItemRef ref{p.id, id};
        node.missingItems << ref;
        node.gaps << gapOf(m_facts.item(ref), p.needsEvidence(id));
        node.details << pendingLine(p, id);
        if (needsReconfirming(m_facts, ref)) {
            const Judgement& j = *m_facts.item(ref)->latestDecision;
            node.reconfirm << Reconfirmation{ref, itemName(p, id), j.byName, j.byRole, j.date};
        }
    }

    void allReached(const Rule& rule, ReadinessNode& node) const
    {
        const auto [pathway, id] = resolve(rule.ref);
        if (!pathway || pathway->kindOf(id) == Pathway::Kind::None) {
            node.outcome = Outcome::Unknown;
            node.sentence = ReadinessEngine::tr("\"%1\" is not in any loaded pathway.").arg(rule.ref);
            return;
        }
        const QStringList ids = pathway->assessableIds(id);
        int reachedCount = 0;
        for (const QString& itemId : ids) {
            if (isReached(m_facts, {pathway->id, itemId})) {
                ++reachedCount;
                continue;
            }
            missing(*pathway, itemId, node);
        }
        node.outcome = reachedCount == ids.size() ? Outcome::Met : Outcome::NotMet;
        node.sentence = node.outcome == Outcome::Met
            ? ReadinessEngine::tr("Every item of %1 is signed off as reached (%2).").arg(scopeName(*pathway, id)).arg(ids.size())
            : ReadinessEngine::tr("%1 of %2 items of %3 are signed off as reached.").arg(reachedCount).arg(ids.size()).arg(scopeName(*pathway, id));
    }

    void evidence(const Rule& rule, ReadinessNode& node) const
    {
        const auto [pathway, id] = resolve(rule.ref);
        if (!pathway || pathway->kindOf(id) == Pathway::Kind::None) {
            node.outcome = Outcome::Unknown;
            node.sentence = ReadinessEngine::tr("\"%1\" is not in any loaded pathway.").arg(rule.ref);
            return;
        }
        // A judgement-only item is judged on facts: there is no evidence to count.
        QStringList ids = pathway->assessableIds(id);
        ids.removeIf([pathway](const QString& itemId) { return !pathway->needsEvidence(itemId); });
        int enough = 0;
        for (const QString& itemId : ids) {
            const ItemFacts* f = m_facts.item({pathway->id, itemId});
            const int count = f ? f->evidenceCount : 0;
            const int sources = f ? int(f->sources.size()) : 0;
            if (count >= rule.perItem && sources >= rule.distinctSources) {
                ++enough;
                continue;
            }
            node.missingItems << ItemRef{pathway->id, itemId};
            node.gaps << Gap::NeedsEvidence;
            QString need = ReadinessEngine::tr("%1 — %2 of %3 evidence item(s)").arg(itemName(*pathway, itemId)).arg(count).arg(rule.perItem);
            if (rule.distinctSources > 0)
                need += ReadinessEngine::tr(", from %1 of %2 different sources").arg(sources).arg(rule.distinctSources);
            node.details << need;
        }
        node.outcome = enough == ids.size() ? Outcome::Met : Outcome::NotMet;
        QString what = ReadinessEngine::tr("at least %1 evidence item(s)").arg(rule.perItem);
        if (rule.distinctSources > 0)
            what += ReadinessEngine::tr(" from %1 different sources").arg(rule.distinctSources);
        node.sentence = ReadinessEngine::tr("%1 of %2 items of %3 have %4.").arg(enough).arg(ids.size()).arg(scopeName(*pathway, id), what);
    }

    void experience(const Rule& rule, ReadinessNode& node) const
    {
        const QString need = yearsText(rule.years);
        switch (rule.measure) {
        case Rule::Measure::PostQualifying: {
            const QDate qualified = m_facts.worker.qualified;
            if (!qualified.isValid()) {
                node.outcome = Outcome::Unknown;
                node.sentence = ReadinessEngine::tr("Needs %1 of post-qualifying experience, but the date you qualified is not recorded.").arg(need);
                node.details << ReadinessEngine::tr("Add the date you qualified to your profile.");
                node.missing = ReadinessNode::MissingDetail::QualifiedDate;
                return;
            }
            timeCheck(addYears(qualified, rule.years), ReadinessEngine::tr("%1 of post-qualifying experience (qualified %2)").arg(need, longDate(qualified)), node);
            return;
        }
        case Rule::Measure::CurrentRole: {
            const RoleRecord* current = nullptr;
            for (const RoleRecord& r : m_facts.roles)
                if (!r.end.isValid() && r.start <= m_today && (!current || r.start > current->start))
                    current = &r;
            if (!current) {
                node.outcome = Outcome::Unknown;
                node.sentence = ReadinessEngine::tr("Needs %1 in your current role, but no current role is recorded.").arg(need);
                node.details << ReadinessEngine::tr("Add your current role, with its start date, to your role history.");
                node.missing = ReadinessNode::MissingDetail::Roles;
                return;
            }
            timeCheck(addYears(current->start, rule.years), ReadinessEngine::tr("%1 in your current role as %2 (since %3)").arg(need, current->title, longDate(current->start)), node);
            return;
        }
        case Rule::Measure::Supervisory:
            supervisory(rule, need, node);
            return;
        }
    }

    void timeCheck(const QDate& metOn, const QString& what, ReadinessNode& node) const
    {
        node.metOn = metOn;
        if (metOn <= m_today) {
            node.outcome = Outcome::Met;
            node.sentence = ReadinessEngine::tr("Met: %1; met on %2.").arg(what, longDate(metOn));
        } else {
            node.outcome = Outcome::NotMet;
            node.sentence = ReadinessEngine::tr("Not yet: %1; this will be met on %2.").arg(what, longDate(metOn));
        }
    }

    // Supervisory experience is summed over roles that supervised others; overlapping
    // roles count once. A year is 365.2425 days here, as the periods are not one span.
    void supervisory(const Rule& rule, const QString& need, ReadinessNode& node) const
    {
        QList<std::pair<QDate, QDate>> periods;
        bool ongoing = false;
        for (const RoleRecord& r : m_facts.roles) {
            if (!r.supervisedOthers || !r.start.isValid() || r.start > m_today)
                continue;
            const QDate end = r.end.isValid() && r.end < m_today ? r.end : m_today;
            ongoing = ongoing || !r.end.isValid() || r.end >= m_today;
            periods << std::make_pair(r.start, end);
        }
        if (m_facts.roles.isEmpty()) {
            node.outcome = Outcome::Unknown;
            node.sentence = ReadinessEngine::tr("Needs %1 of supervisory experience, but no role history is recorded.").arg(need);
            node.details << ReadinessEngine::tr("Add your roles, saying which ones supervised others.");
            node.missing = ReadinessNode::MissingDetail::Roles;
            return;
        }
        std::sort(periods.begin(), periods.end());
        qint64 days = 0;
        QDate coveredUntil;
        for (const auto& [start, end] : periods) {
            const QDate from = coveredUntil.isValid() && start <= coveredUntil ? coveredUntil : start;
            if (end > from)
                days += from.daysTo(end);
            if (!coveredUntil.isValid() || end > coveredUntil)
                coveredUntil = end;
        }
        const qint64 required = qint64(std::ceil(rule.years * 365.2425));
        const double haveYears = days / 365.2425;
        const QString have = ReadinessEngine::tr("%1 years").arg(haveYears, 0, 'f', 1);
        if (days >= required) {
            node.outcome = Outcome::Met;
            node.sentence = ReadinessEngine::tr("Met: %1 of supervisory experience (you have %2).").arg(need, have);
            return;
        }
        node.outcome = Outcome::NotMet;
        if (ongoing) {
            node.metOn = m_today.addDays(required - days);
            node.sentence = ReadinessEngine::tr("Not yet: %1 of supervisory experience; you have %2, and at this rate it will be met on %3.")
                                .arg(need, have, longDate(node.metOn));
        } else {
            node.sentence = ReadinessEngine::tr("Not yet: %1 of supervisory experience; you have %2 and no current role supervises others.").arg(need, have);
        }
    }

    void award(const Rule& rule, ReadinessNode& node) const
    {
        QStringList names;
        for (const QString& id : rule.awards) {
            const Award* a = m_pathway.award(id);
            names << (a ? a->title : id);
        }
        const QString list = names.join(QStringLiteral(", or "));
        const AwardRecord* inProgress = nullptr;
        for (const AwardRecord& held : m_facts.awards) {
            bool matches = false;
            for (int i = 0; i < rule.awards.size(); ++i)
                matches = matches || held.award.compare(rule.awards[i], Qt::CaseInsensitive) == 0
                    || held.award.compare(names[i], Qt::CaseInsensitive) == 0 || held.title.compare(names[i], Qt::CaseInsensitive) == 0;
            if (!matches)
                continue;
            if (held.status == AwardRecord::Status::Held) {
                node.outcome = Outcome::Met;
                node.sentence = ReadinessEngine::tr("Met: you hold %1.").arg(held.title.isEmpty() ? held.award : held.title);
                return;
            }
            inProgress = &held;
        }
        if (inProgress && rule.allowInProgress) {
            node.outcome = Outcome::Met;
            node.sentence = ReadinessEngine::tr("Met: you are working towards %1, which is enough for now.")
                                .arg(inProgress->title.isEmpty() ? inProgress->award : inProgress->title);
            return;
        }
        node.outcome = Outcome::NotMet;
        node.sentence = inProgress ? ReadinessEngine::tr("Not yet: you are working towards %1, but it must be held: %2.")
                                         .arg(inProgress->title.isEmpty() ? inProgress->award : inProgress->title, list)
                                   : ReadinessEngine::tr("Not yet: needs %1%2.").arg(list, rule.allowInProgress ? ReadinessEngine::tr(" (achieved or in progress)") : QString());
        node.details << ReadinessEngine::tr("Record the award in your profile once you hold it or have started it.");
        // Offers whose title names one of the awards close this gap.
        const QSet<QString> topics = [&] {
            QSet<QString> t;
            for (const QString& n : names)
                t.unite(topicWords(n));
            return t;
        }();
        node.suggestions = offersMatching(topics, false);
    }

    void stage(const QString& ref, const QString& stageId, ReadinessNode& node) const
    {
        const auto [pathway, id] = resolve(ref);
        const Item* capability = pathway ? pathway->item(id) : nullptr;
        const int target = pathway ? pathway->stageIndex(stageId) : -1;
        if (!capability || capability->indicators.isEmpty() || target < 0) {
            node.outcome = Outcome::Unknown;
            node.sentence = ReadinessEngine::tr("\"%1\" at stage \"%2\" is not in any loaded pathway.").arg(ref, stageId);
            return;
        }
        const int at = stageReached(*pathway, *capability, m_facts);
        const QString targetTitle = pathway->stages[target].title.toLower();
        for (const Indicator& ind : capability->indicators) {
            if (pathway->stageIndex(ind.stage) > target || isReached(m_facts, {pathway->id, ind.id}))
                continue;
            missing(*pathway, ind.id, node);
        }
        const QString now = at < 0 ? ReadinessEngine::tr("not yet at any stage") : ReadinessEngine::tr("at %1").arg(pathway->stages[at].title.toLower());
        if (at >= target) {
            node.outcome = Outcome::Met;
            node.sentence = ReadinessEngine::tr("%1 is %2, as required (%3).").arg(capability->title, now, targetTitle);
        } else {
            node.outcome = Outcome::NotMet;
            node.sentence = ReadinessEngine::tr("%1 must be at %2; it is %3. Stages are progressive: every indicator up to %2 must be reached (%4 to go).")
                                .arg(capability->title, targetTitle, now).arg(node.missingItems.size());
        }
    }

    QList<LearningSuggestion> offersMatching(const QSet<QString>& topics, bool fallBackToAll) const
    {
        QList<std::pair<int, LearningSuggestion>> scored;
        if (!m_fromStep)
            return {};
        for (const LearningOffer& offer : m_fromStep->learningOffers) {
            const int score = int(topicWords(offer.title + QLatin1Char(' ') + offer.description).intersect(topics).size());
            if (score > 0 || fallBackToAll)
                scored << std::make_pair(score, LearningSuggestion{m_pathway.id, offer.id, offer.title, m_fromStep->title});
        }
        std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        QList<LearningSuggestion> out;
        for (const auto& s : scored)
            out << s.second;
        return out;
    }

public:
    // Learning offers of the step the worker is on, those on the missing items' topics first;
    // none when every missing item only waits for a signature.
    QList<LearningSuggestion> suggestFor(const ReadinessNode& node) const
    {
        QSet<QString> topics;
        bool needsEvidence = false;
        for (int i = 0; i < node.missingItems.size(); ++i) {
            if (!gapNeedsEvidence(node.gaps.value(i, Gap::NeedsEvidence)))
                continue;
            needsEvidence = true;
            const ItemRef& ref = node.missingItems[i];
            const Pathway* p = ref.pathwayId == m_pathway.id ? &m_pathway : m_library.find(ref.pathwayId);
            if (p)
                topics.unite(topicWords(p->statementOf(ref.itemId)));
        }
        if (!needsEvidence)
            return {};
        QList<LearningSuggestion> matched = offersMatching(topics, false);
        return matched.isEmpty() ? offersMatching(topics, true) : matched;
    }

private:
    const PathwayLibrary& m_library;
    const Pathway& m_pathway;
    const PortfolioFacts& m_facts;
    QDate m_today;
    const Step* m_fromStep;
};

ReadinessEngine::ReadinessEngine(const PathwayLibrary& library, const QDate& today)
    : m_library(library), m_today(today)
{
}

bool ReadinessEngine::isReached(const ItemFacts* f)
{
    return f && f->latestDecision && f->latestDecision->verdict == Verdict::Reached && !f->latestDecision->evidenceChanged;
}

bool ReadinessEngine::needsReconfirming(const ItemFacts* f)
{
    return f && f->latestDecision && f->latestDecision->verdict == Verdict::Reached && f->latestDecision->evidenceChanged;
}

Gap ReadinessEngine::gapOf(const ItemFacts* f, bool evidenceNeeded)
{
    if (needsReconfirming(f))
        return Gap::Reconfirm;
    // A newer note of readiness after a "not yet" reopens the question.
    if (f && f->latestDecision && f->latestDecision->verdict == Verdict::NotYetReached
        && (!f->latest || f->latest->id == f->latestDecision->id))
        return Gap::JudgedNotYet;
    if (f && f->latest && f->latest->verdict == Verdict::ReadyForReview)
        return Gap::AwaitingSignOff;
    if (f && f->evidenceCount > 0)
        return Gap::NotSignedOff;
    return evidenceNeeded ? Gap::NeedsEvidence : Gap::AwaitingJudgement;
}

int ReadinessEngine::stageReached(const Pathway& pathway, const Item& capability, const PortfolioFacts& facts)
{
    // Progressive: stage S counts only when every indicator of S and of all earlier stages is reached.
    int reached = -1;
    for (int s = 0; s < pathway.stages.size(); ++s) {
        bool any = false;
        for (const Indicator& ind : capability.indicators) {
            if (ind.stage != pathway.stages[s].id)
                continue;
            any = true;
            if (!isReached(facts, {pathway.id, ind.id}))
                return reached;
        }
        if (any)
            reached = s;
    }
    return reached;
}

ReadinessReport ReadinessEngine::finish(ReadinessReport report) const
{
    report.verdict = report.root.outcome == Outcome::Met ? ReadinessReport::Verdict::Ready
        : report.root.outcome == Outcome::NotMet          ? ReadinessReport::Verdict::NotYet
                                                          : ReadinessReport::Verdict::Unknown;
    QSet<QString> seen;
    std::function<void(const ReadinessNode&)> walk = [&](const ReadinessNode& n) {
        for (const LearningSuggestion& s : n.suggestions)
            if (!seen.contains(s.pathwayId + s.offerId)) {
                seen.insert(s.pathwayId + s.offerId);
                report.suggestions << s;
            }
        for (const Reconfirmation& r : n.reconfirm)
            if (!seen.contains(r.item.toString())) {
                seen.insert(r.item.toString());
                report.reconfirm << r;
            }
        for (const ReadinessNode& c : n.children)
            walk(c);
    };
    walk(report.root);
    if (report.root.outcome == Outcome::NotMet && report.root.metOn.isValid())
        report.earliestDate = report.root.metOn;
    switch (report.verdict) {
    case ReadinessReport::Verdict::Ready:
        report.summary = ReadinessEngine::tr("Ready for %1: every requirement is met.").arg(report.targetTitle);
        break;
    case ReadinessReport::Verdict::NotYet:
        report.summary = report.earliestDate.isValid()
            ? ReadinessEngine::tr("Not yet ready for %1: only time-based requirements remain, met on %2.").arg(report.targetTitle, longDate(report.earliestDate))
            : ReadinessEngine::tr("Not yet ready for %1: %2").arg(report.targetTitle, report.root.sentence);
        if (!report.reconfirm.isEmpty())
            report.summary += ReadinessEngine::tr(" %1 signed-off item(s) need re-confirming: their evidence changed after the sign-off.")
                                  .arg(report.reconfirm.size());
        break;
    case ReadinessReport::Verdict::Unknown:
        report.summary = ReadinessEngine::tr("Readiness for %1 cannot be judged yet: some details are missing from your profile.").arg(report.targetTitle);
        break;
    }
    return report;
}

// A report for a target that cannot be evaluated, saying why.
static ReadinessReport unavailable(const QString& pathwayId, const QString& targetId, const QString& error)
{
    ReadinessReport report;
    report.pathwayId = pathwayId;
    report.targetId = targetId;
    report.error = error;
    report.summary = error;
    return report;
}

ReadinessReport ReadinessEngine::evaluateStep(const PortfolioFacts& facts, const QString& pathwayId, const QString& stepId) const
{
    const Pathway* pathway = m_library.find(pathwayId);
    const Step* step = pathway ? pathway->step(stepId) : nullptr;
    if (!step)
        return unavailable(pathwayId, stepId, pathway ? ReadinessEngine::tr("%1 has no step \"%2\".").arg(pathway->title, stepId)
                                                      : ReadinessEngine::tr("No pathway \"%1\" is loaded.").arg(pathwayId));
    ReadinessReport report;
    report.pathwayId = pathwayId;
    report.targetId = stepId;
    report.targetTitle = step->title;
    const Transition* transition = pathway->transitionTo(stepId);
    const Step* from = transition ? pathway->step(transition->from) : nullptr;
    if (!from) {
        const int index = pathway->stepIndex(stepId);
        from = index > 0 ? &pathway->steps[index - 1] : nullptr;
    }
    Evaluation evaluation(m_library, *pathway, facts, m_today, from);
    if (transition && transition->rule) {
        report.root = evaluation.evaluate(*transition->rule);
    } else {
        Rule everyItem;
        everyItem.type = Rule::Type::AllReached;
        everyItem.ref = stepId;
        report.root = evaluation.evaluate(everyItem);
    }
    return finish(report);
}

ReadinessReport ReadinessEngine::evaluateRoleProfile(const PortfolioFacts& facts, const QString& pathwayId, const QString& profileId) const
{
    const Pathway* pathway = m_library.find(pathwayId);
    const RoleProfile* profile = pathway ? pathway->roleProfile(profileId) : nullptr;
    if (!profile)
        return unavailable(pathwayId, profileId, pathway ? ReadinessEngine::tr("%1 has no role profile \"%2\".").arg(pathway->title, profileId)
                                                         : ReadinessEngine::tr("No pathway \"%1\" is loaded.").arg(pathwayId));
    ReadinessReport report;
    report.pathwayId = pathwayId;
    report.targetId = profileId;
    report.targetTitle = ReadinessEngine::tr("the %1 role profile").arg(profile->title);
    Evaluation evaluation(m_library, *pathway, facts, m_today, nullptr);
    report.root.type = Rule::Type::RoleProfile;
    evaluation.roleProfile(profileId, report.root);
    return finish(report);
}

ReadinessReport ReadinessEngine::evaluateTargetOf(const PortfolioFacts& facts, const QString& pathwayId, const QString& targetId) const
{
    const Worker& w = facts.worker;
    const Pathway* pathway = m_library.find(pathwayId);
    if (!pathway)
        return unavailable(pathwayId, targetId, ReadinessEngine::tr("No pathway \"%1\" is loaded.").arg(pathwayId));
    if (pathway->roleProfile(targetId))
        return evaluateRoleProfile(facts, pathwayId, targetId);
    if (!targetId.isEmpty() && !pathway->step(targetId))
        return unavailable(pathwayId, targetId, ReadinessEngine::tr("%1 has no step or role profile \"%2\".").arg(pathway->title, targetId));
    QString target = targetId;
    if (target.isEmpty()) {
        const int current = pathway->stepIndex(w.currentStep);
        if (current >= 0 && current + 1 < pathway->steps.size())
            target = pathway->steps[current + 1].id;
        else if (current < 0 && !pathway->steps.isEmpty())
            target = pathway->steps.first().id;
    }
    if (target.isEmpty() && !pathway->roleProfiles.isEmpty())
        return evaluateRoleProfile(facts, pathway->id, pathway->roleProfiles.first().id);
    if (target.isEmpty())
        return unavailable(pathway->id, QString(), ReadinessEngine::tr("Choose a target step in your profile."));
    return evaluateStep(facts, pathway->id, target);
}

ReadinessReport ReadinessEngine::evaluateTarget(const PortfolioFacts& facts) const
{
    const Worker& w = facts.worker;
    if (!m_library.find(w.pathwayId))
        return unavailable(w.pathwayId, w.targetStep, w.pathwayId.isEmpty() ? ReadinessEngine::tr("Choose the pathway you follow in your profile.")
                                                                            : ReadinessEngine::tr("Your pathway \"%1\" is not loaded.").arg(w.pathwayId));
    return evaluateTargetOf(facts, w.pathwayId, w.targetStep);
}

QList<CapabilityStage> ReadinessEngine::capabilityStages(const Pathway& pathway, const PortfolioFacts& facts)
{
    QList<CapabilityStage> out;
    auto collect = [&](const QList<Group>& groups) {
        for (const Group& g : groups)
            for (const Item& item : g.items) {
                if (item.indicators.isEmpty())
                    continue;
                CapabilityStage c{pathway.id, item.id, item.title, stageReached(pathway, item, facts), -1, {}};
                // The next stage that has indicators of this capability; stages it skips cannot be reached alone.
                for (const Indicator& ind : item.indicators) {
                    const int s = pathway.stageIndex(ind.stage);
                    if (s > c.stage && (c.nextStage < 0 || s < c.nextStage))
                        c.nextStage = s;
                }
                // Progressive: the next stage needs every indicator up to it, earlier ones included.
                for (const Indicator& ind : item.indicators)
                    if (c.nextStage >= 0 && pathway.stageIndex(ind.stage) <= c.nextStage && !isReached(facts, {pathway.id, ind.id}))
                        c.missingForNext << ItemRef{pathway.id, ind.id};
                out << c;
            }
    };
    for (const Step& step : pathway.steps)
        collect(step.groups);
    collect(pathway.groups);
    return out;
}

QStringList ReadinessEngine::stagedPathwaysInUse(const PortfolioFacts& facts) const
{
    QSet<QString> wanted{facts.worker.pathwayId};
    if (const Pathway* own = m_library.find(facts.worker.pathwayId))
        for (const CrossReference& c : own->crossReferences)
            wanted.insert(c.ref.left(c.ref.indexOf(QLatin1Char(':'))));
    for (auto it = facts.items.keyBegin(); it != facts.items.keyEnd(); ++it)
        wanted.insert(ItemRef::fromString(*it).pathwayId);
    QStringList out;
    for (const Pathway& p : m_library.pathways()) {
        const QStringList ids = p.allAssessableIds();
        const bool staged = std::any_of(ids.begin(), ids.end(), [&](const QString& id) { return p.indicator(id) != nullptr; });
        if (staged && wanted.contains(p.id))
            out << p.id;
    }
    return out;
}

namespace {

QJsonObject nodeToJson(const ReadinessNode& n)
{
    QJsonObject o{{QStringLiteral("type"), Rule::typeName(n.type)},
                  {QStringLiteral("outcome"), outcomeId(n.outcome)},
                  {QStringLiteral("sentence"), n.sentence}};
    if (!n.details.isEmpty())
        o.insert(QStringLiteral("details"), QJsonArray::fromStringList(n.details));
    if (!n.missingItems.isEmpty()) {
        QJsonArray missing;
        for (const ItemRef& r : n.missingItems)
            missing << r.toString();
        o.insert(QStringLiteral("missing"), missing);
    }
    if (n.metOn.isValid())
        o.insert(QStringLiteral("metOn"), n.metOn.toString(Qt::ISODate));
    if (!n.suggestions.isEmpty()) {
        QJsonArray s;
        for (const LearningSuggestion& l : n.suggestions)
            s << l.pathwayId + QLatin1Char(':') + l.offerId;
        o.insert(QStringLiteral("learningOffers"), s);
    }
    if (!n.children.isEmpty()) {
        QJsonArray c;
        for (const ReadinessNode& child : n.children)
            c << nodeToJson(child);
        o.insert(QStringLiteral("children"), c);
    }
    return o;
}

void describeNode(const ReadinessNode& n, int depth, QStringList& out)
{
    const QString pad(depth * 2, QLatin1Char(' '));
    const QString mark = n.outcome == Outcome::Met ? ReadinessEngine::tr("[met]    ")
        : n.outcome == Outcome::NotMet             ? ReadinessEngine::tr("[not yet]")
                                                   : ReadinessEngine::tr("[unknown]");
    out << pad + mark + QLatin1Char(' ') + n.sentence;
    for (const QString& d : n.details)
        out << pad + QStringLiteral("            - ") + d;
    if (!n.suggestions.isEmpty()) {
        QStringList titles;
        for (const LearningSuggestion& s : n.suggestions)
            titles << s.title;
        out << pad + QStringLiteral("            ") + ReadinessEngine::tr("Learning that would help: %1").arg(titles.join(QStringLiteral("; ")));
    }
    for (const ReadinessNode& c : n.children)
        describeNode(c, depth + 1, out);
}

} // namespace

QJsonObject readinessToJson(const ReadinessReport& report)
{
    QJsonObject o{{QStringLiteral("verdict"), readinessVerdictId(report.verdict)},
                  {QStringLiteral("pathway"), report.pathwayId},
                  {QStringLiteral("target"), report.targetId},
                  {QStringLiteral("targetTitle"), report.targetTitle},
                  {QStringLiteral("summary"), report.summary}};
    if (!report.error.isEmpty()) {
        o.insert(QStringLiteral("error"), report.error);
        return o;
    }
    if (report.earliestDate.isValid())
        o.insert(QStringLiteral("earliestDate"), report.earliestDate.toString(Qt::ISODate));
    QJsonArray offers;
    for (const LearningSuggestion& s : report.suggestions)
        offers << QJsonObject{{QStringLiteral("id"), s.pathwayId + QLatin1Char(':') + s.offerId},
                              {QStringLiteral("title"), s.title},
                              {QStringLiteral("step"), s.stepTitle}};
    o.insert(QStringLiteral("learningOffers"), offers);
    QJsonArray reconfirm;
    for (const Reconfirmation& r : report.reconfirm)
        reconfirm << QJsonObject{{QStringLiteral("item"), r.item.toString()},
                                 {QStringLiteral("statement"), r.statement},
                                 {QStringLiteral("signedOffBy"), r.signedOffBy},
                                 {QStringLiteral("signedOffRole"), r.signedOffRole},
                                 {QStringLiteral("signedOffOn"), r.signedOffOn.toString(Qt::ISODate)}};
    o.insert(QStringLiteral("reconfirm"), reconfirm);
    o.insert(QStringLiteral("tree"), nodeToJson(report.root));
    return o;
}

namespace {

ReadinessNode nodeFromJson(const QJsonObject& o)
{
    ReadinessNode n;
    for (Rule::Type type : {Rule::Type::All, Rule::Type::Any, Rule::Type::AtLeast, Rule::Type::Reached, Rule::Type::AllReached,
                            Rule::Type::Evidence, Rule::Type::Experience, Rule::Type::Award, Rule::Type::Stage, Rule::Type::RoleProfile})
        if (Rule::typeName(type) == o.value(QStringLiteral("type")).toString())
            n.type = type;
    for (Outcome outcome : {Outcome::Met, Outcome::NotMet, Outcome::Unknown})
        if (outcomeId(outcome) == o.value(QStringLiteral("outcome")).toString())
            n.outcome = outcome;
    n.sentence = o.value(QStringLiteral("sentence")).toString();
    for (const QJsonValue& d : o.value(QStringLiteral("details")).toArray())
        n.details << d.toString();
    for (const QJsonValue& m : o.value(QStringLiteral("missing")).toArray())
        n.missingItems << ItemRef::fromString(m.toString());
    n.metOn = QDate::fromString(o.value(QStringLiteral("metOn")).toString(), Qt::ISODate);
    for (const QJsonValue& c : o.value(QStringLiteral("children")).toArray())
        n.children << nodeFromJson(c.toObject());
    return n;
}

} // namespace

ReadinessReport readinessFromJson(const QJsonObject& o)
{
    ReadinessReport report;
    for (auto verdict : {ReadinessReport::Verdict::Ready, ReadinessReport::Verdict::NotYet, ReadinessReport::Verdict::Unknown})
        if (readinessVerdictId(verdict) == o.value(QStringLiteral("verdict")).toString())
            report.verdict = verdict;
    report.pathwayId = o.value(QStringLiteral("pathway")).toString();
    report.targetId = o.value(QStringLiteral("target")).toString();
    report.targetTitle = o.value(QStringLiteral("targetTitle")).toString();
    report.summary = o.value(QStringLiteral("summary")).toString();
    report.error = o.value(QStringLiteral("error")).toString();
    report.earliestDate = QDate::fromString(o.value(QStringLiteral("earliestDate")).toString(), Qt::ISODate);
    for (const QJsonValue& v : o.value(QStringLiteral("learningOffers")).toArray()) {
        const QJsonObject offer = v.toObject();
        const QString id = offer.value(QStringLiteral("id")).toString();
        report.suggestions << LearningSuggestion{id.section(QLatin1Char(':'), 0, 0), id.section(QLatin1Char(':'), 1),
                                                 offer.value(QStringLiteral("title")).toString(), offer.value(QStringLiteral("step")).toString()};
    }
    for (const QJsonValue& v : o.value(QStringLiteral("reconfirm")).toArray()) {
        const QJsonObject r = v.toObject();
        report.reconfirm << Reconfirmation{ItemRef::fromString(r.value(QStringLiteral("item")).toString()),
                                           r.value(QStringLiteral("statement")).toString(), r.value(QStringLiteral("signedOffBy")).toString(),
                                           r.value(QStringLiteral("signedOffRole")).toString(),
                                           QDate::fromString(r.value(QStringLiteral("signedOffOn")).toString(), Qt::ISODate)};
    }
    report.root = nodeFromJson(o.value(QStringLiteral("tree")).toObject());
    return report;
}

QString stageTitle(const Pathway& pathway, int stage)
{
    if (stage >= 0 && stage < pathway.stages.size())
        return pathway.stages[stage].title;
    return pathway.stages.isEmpty() ? ReadinessEngine::tr("No stage") : ReadinessEngine::tr("Below %1").arg(pathway.stages.first().title.toLower());
}

QJsonObject capabilityStagesToJson(const Pathway& pathway, const QList<CapabilityStage>& stages)
{
    QJsonArray capabilities;
    for (const CapabilityStage& c : stages) {
        QJsonArray missing;
        for (const ItemRef& r : c.missingForNext)
            missing << QJsonObject{{QStringLiteral("id"), r.toString()}, {QStringLiteral("statement"), pathway.statementOf(r.itemId)}};
        capabilities << QJsonObject{
            {QStringLiteral("id"), ItemRef{c.pathwayId, c.capabilityId}.toString()},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("stage"), c.stage >= 0 ? QJsonValue(pathway.stages[c.stage].id) : QJsonValue()},
            {QStringLiteral("stageTitle"), stageTitle(pathway, c.stage)},
            {QStringLiteral("nextStage"), c.nextStage >= 0 ? QJsonValue(pathway.stages[c.nextStage].id) : QJsonValue()},
            {QStringLiteral("missingForNext"), missing}};
    }
    return QJsonObject{{QStringLiteral("pathway"), pathway.id},
                       {QStringLiteral("title"), pathway.title},
                       {QStringLiteral("capabilities"), capabilities}};
}

QString describeReadiness(const ReadinessReport& report)
{
    QStringList out;
    out << report.summary;
    if (!report.error.isEmpty())
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out << QString();
    describeNode(report.root, 0, out);
    if (!report.reconfirm.isEmpty()) {
        out << QString() << ReadinessEngine::tr("Signed off, but the evidence changed since; ask for a re-confirmation:");
        for (const Reconfirmation& r : report.reconfirm)
            out << ReadinessEngine::tr("  - %1: signed off by %2 on %3").arg(r.statement, r.signedOffBy, longDate(r.signedOffOn));
    }
    if (!report.suggestions.isEmpty()) {
        out << QString() << ReadinessEngine::tr("Learning offers that would close the gap:");
        for (const LearningSuggestion& s : report.suggestions)
            out << QStringLiteral("  - %1 (%2)").arg(s.title, s.stepTitle);
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace waymark
