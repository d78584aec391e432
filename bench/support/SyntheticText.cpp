#include "SyntheticText.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark::bench {

namespace {

// Ranks 1..: English function words, most frequent first.
const char* const functionWords[] = {
    "the", "and", "to", "of", "a", "in", "i", "that", "was", "with", "for", "her", "it", "on", "this", "as", "is",
    "she", "we", "his", "he", "had", "at", "be", "my", "their", "they", "about", "not", "from", "by", "were",
    "have", "an", "which", "would", "this", "me", "what", "but", "our", "how", "when", "so", "been", "there",
    "more", "also", "who", "them", "all", "could", "some", "into", "than", "other", "after", "did", "then",
    "felt", "do", "because", "where", "can", "between", "through", "before", "both", "while", "over", "should",
    "during", "each", "any", "those", "further", "again", "against", "under", "until", "without", "within",
    "might", "whether", "together", "however", "although", "rather", "towards", "around", "very", "next",
    "first", "second", "later", "earlier", "often", "still", "always", "never", "already", "enough", "own",
};

// Then the words of social-work practice, roughly in order of use.
const char* const practiceWords[] = {
    "family", "child", "mother", "support", "plan", "practice", "risk", "visit", "work", "father", "school",
    "meeting", "home", "needs", "assessment", "safeguarding", "parents", "young", "person", "team", "manager",
    "supervision", "feedback", "carer", "care", "children", "views", "health", "services", "professional",
    "concerns", "decision", "evidence", "relationship", "wishes", "agency", "agencies", "partners", "police",
    "court", "conference", "review", "strengths", "difficulties", "progress", "outcome", "outcomes", "goals",
    "worker", "colleagues", "learning", "reflection", "reflected", "discussed", "agreed", "explained",
    "listened", "observed", "recorded", "shared", "considered", "identified", "understood", "challenged",
    "analysis", "judgement", "hypothesis", "chronology", "genogram", "ecomap", "direct", "session", "sessions",
    "play", "drawing", "words", "voice", "lived", "experience", "trauma", "informed", "attachment",
    "development", "developmental", "neglect", "emotional", "physical", "sexual", "abuse", "harm", "significant",
    "threshold", "section", "protection", "child-in-need", "looked-after", "placement", "foster", "kinship",
    "adoption", "contact", "grandmother", "grandfather", "aunt", "uncle", "sibling", "siblings", "brother",
    "sister", "baby", "teenager", "adolescent", "toddler", "nursery", "teacher", "headteacher", "nurse", "gp",
    "midwife", "paediatrician", "psychiatrist", "psychologist", "therapist", "occupational", "housing",
    "tenancy", "landlord", "benefits", "debt", "poverty", "income", "employment", "unemployment", "domestic",
    "violence", "coercive", "control", "substance", "misuse", "alcohol", "drugs", "cannabis", "mental",
    "illness", "depression", "anxiety", "self-harm", "suicidal", "ideation", "capacity", "consent", "best",
    "interest", "liberty", "deprivation", "safeguards", "advocate", "advocacy", "interpreter", "language",
    "culture", "cultural", "identity", "religion", "faith", "ethnicity", "disability", "autism", "learning",
    "communication", "equality", "diversity", "inclusion", "anti-oppressive", "anti-racist", "power",
    "strengths-based", "relationship-based", "restorative", "systemic", "motivational", "interviewing",
    "solution-focused", "signs", "safety", "danger", "statements", "scaling", "questions", "curiosity",
    "empathy", "boundaries", "authority", "honesty", "transparency", "trust", "rapport", "engagement",
    "resistance", "ambivalence", "change", "motivation", "resilience", "protective", "factors", "vulnerability",
    "exploitation", "county", "lines", "missing", "episodes", "gangs", "online", "grooming", "radicalisation",
    "prevent", "multi-agency", "strategy", "discussion", "enquiries", "investigation", "medical",
    "examination", "legal", "planning", "pre-proceedings", "proceedings", "public", "law", "outline",
    "letter", "before", "action", "statement", "report", "reports", "parenting", "capacity-to-change",
    "viability", "special", "guardianship", "order", "orders", "care-order", "supervision-order", "guardian",
    "cafcass", "magistrates", "judge", "barrister", "solicitor", "hearing", "hearings", "adjourned",
    "adult", "adults", "older", "dementia", "stroke", "hospital", "discharge", "reablement", "domiciliary",
    "residential", "nursing", "package", "budget", "direct-payments", "personal", "assistant", "continuing",
    "healthcare", "eligibility", "criteria", "wellbeing", "prevention", "independence", "community",
    "equipment", "adaptations", "moving", "handling", "falls", "mobility", "transfers", "hoist", "wheelchair",
    "ramp", "bathroom", "stairlift", "sensory", "visual", "hearing-loss", "cognitive", "memory",
    "function", "functional", "routine", "activities", "daily", "living", "self-care", "meal", "preparation",
    "medication", "compliance", "carers", "respite", "breakdown", "crisis", "emergency", "duty", "referral",
    "triage", "allocation", "caseload", "workload", "deadline", "timescales", "recording", "case", "notes",
    "audit", "quality", "assurance", "performance", "standards", "policy", "procedure", "guidance",
    "legislation", "framework", "competency", "competencies", "capability", "capabilities", "progression",
    "panel", "portfolio", "career", "pathway", "promotion", "advanced", "practitioner", "senior", "newly",
    "qualified", "student", "students", "placement", "educator", "mentoring", "coaching", "leadership",
    "management", "influence", "negotiation", "mediation", "conflict", "escalation", "complaint", "compliment",
    "peer", "observation", "shadowing", "training", "course", "workshop", "webinar", "research", "reading",
    "theory", "model", "approach", "method", "tool", "tools", "ethics", "ethical", "values", "dilemma",
    "confidentiality", "information", "sharing", "data", "protection", "record", "accurate", "timely",
    "analytical", "critical", "thinking", "bias", "assumptions", "intersectionality", "privilege", "impact",
    "wellbeing", "burnout", "stress", "workload", "reflective", "space", "emotional", "labour",
    "organisational", "culture", "service", "improvement", "commissioning", "partnership", "co-production",
    "participation", "feedback", "survey", "questionnaire", "celebrated", "achieved", "improved", "reduced",
    "increased", "maintained", "stepped", "down", "closed", "transferred", "reopened", "escalated",
};

// The long tail: pronounceable made-up words, ranked after the real ones.
QString tailWord(int index)
{
    static const char* const onsets[] = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "l", "m", "n",
                                         "p", "pl", "qu", "r", "s", "sh", "st", "t", "th", "tr", "v", "w", "y", "z"};
    static const char* const vowels[] = {"a", "e", "i", "o", "u", "a", "e", "o", "ou", "ie"};
    static const char* const codas[] = {"", "", "", "n", "r", "l", "s", "t", "m", "nd", "st", "ng"};
    constexpr int no = 29, nv = 10, nc = 12;
    QString w;
    int n = index;
    const int syllables = 2 + (index % 5 == 0 ? 1 : 0);
    for (int s = 0; s < syllables; ++s) {
        w += QLatin1String(onsets[n % no]);
        n /= no;
        w += QLatin1String(vowels[n % nv]);
        n /= nv;
        w += QLatin1String(codas[(n + s) % nc]);
        n = n / nc + index * 7 + s * 131;
    }
    return w;
}

struct Vocabulary
{
    QStringList words;
    std::vector<double> cdf;

    Vocabulary()
    {
        QSet<QString> seen;
        auto add = [&](const QString& w) {
            if (!seen.contains(w)) {
                seen.insert(w);
                words << w;
            }
        };
        for (const char* w : functionWords)
            add(QLatin1String(w));
        for (const char* w : practiceWords)
            add(QLatin1String(w));
        for (int i = 0; words.size() < 20000; ++i)
            add(tailWord(i));
        cdf.resize(size_t(words.size()));
        double sum = 0;
        for (int r = 1; r <= words.size(); ++r) {
            sum += 1.0 / r;
            cdf[size_t(r - 1)] = sum;
        }
        for (double& c : cdf)
            c /= sum;
    }
};

const Vocabulary& vocabulary()
{
    static const Vocabulary v;
    return v;
}

const char* const titleOpeners[] = {
    "Home visit", "Child protection conference", "Court statement", "Supervision reflection", "Multi-agency meeting",
    "Care Act assessment", "Best interests decision", "Mental capacity assessment", "Family group conference",
    "Peer observation", "Training", "Strategy discussion", "Direct work session", "Hospital discharge planning",
    "Carer's assessment", "Review of care plan", "Feedback from family", "Feedback from colleague", "Case audit",
    "Practice educator session", "Team presentation", "Duty week", "Safeguarding enquiry", "Parenting assessment",
    "Occupational therapy assessment", "Equipment review", "Housing advocacy", "Learning circle",
};

const char* const sources[] = {
    "case work", "supervision", "manager observation", "peer observation", "family feedback", "colleague feedback",
    "court work", "training course", "case audit", "reflective log", "multi-agency partner", "student feedback",
    "duty work", "service user survey",
};

} // namespace

SyntheticText::SyntheticText(std::uint64_t seed) : m_random(seed) {}

int SyntheticText::vocabularySize()
{
    return int(vocabulary().words.size());
}

QString SyntheticText::wordAtRank(int rank)
{
    const Vocabulary& v = vocabulary();
    return v.words.at(std::clamp(rank, 1, int(v.words.size())) - 1);
}

QString SyntheticText::word()
{
    const Vocabulary& v = vocabulary();
    const double u = m_random.uniform();
    const auto it = std::lower_bound(v.cdf.begin(), v.cdf.end(), u);
    return v.words.at(int(std::min<size_t>(size_t(it - v.cdf.begin()), v.cdf.size() - 1)));
}

QString SyntheticText::sentence(int minWords, int maxWords)
{
    const int n = m_random.between(minWords, maxWords);
    QString s;
    s.reserve(n * 8);
    for (int i = 0; i < n; ++i) {
        QString w = word();
        if (i == 0)
            w[0] = w[0].toUpper();
        else
            s += (m_random.chance(0.07) && i < n - 2) ? QStringLiteral(", ") : QStringLiteral(" ");
        s += w;
    }
    s += m_random.chance(0.05) ? QLatin1Char('?') : QLatin1Char('.');
    return s;
}

QString SyntheticText::paragraph(int minSentences, int maxSentences)
{
    const int n = m_random.between(minSentences, maxSentences);
    QStringList parts;
    for (int i = 0; i < n; ++i)
        parts << sentence();
    QString p = parts.join(QLatin1Char(' '));
    if (m_random.chance(0.15)) {
        // A word or two in bold, as people emphasise in Markdown.
        const int at = p.indexOf(QLatin1Char(' '), int(p.size() / 2));
        const int end = at < 0 ? -1 : p.indexOf(QLatin1Char(' '), at + 1);
        if (end > at + 1)
            p = p.left(at + 1) + QStringLiteral("**") + p.mid(at + 1, end - at - 1) + QStringLiteral("**") + p.mid(end);
    }
    return p;
}

QString SyntheticText::narrative()
{
    const int n = m_random.between(2, 4);
    QStringList parts;
    for (int i = 0; i < n; ++i) {
        parts << paragraph();
        if (i == 0 && m_random.chance(0.2)) {
            QStringList list;
            for (int k = m_random.between(2, 4); k > 0; --k)
                list << QStringLiteral("- ") + sentence(4, 10);
            parts << list.join(QLatin1Char('\n'));
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString SyntheticText::reflection()
{
    const int n = m_random.between(1, 3);
    QStringList parts;
    for (int i = 0; i < n; ++i)
        parts << paragraph(2, 5);
    return parts.join(QStringLiteral("\n\n"));
}

QString SyntheticText::title()
{
    constexpr int count = int(sizeof(titleOpeners) / sizeof(titleOpeners[0]));
    QString t = QLatin1String(titleOpeners[m_random.between(0, count - 1)]) + QStringLiteral(": ");
    for (int i = m_random.between(2, 5); i > 0; --i)
        t += word() + (i > 1 ? QStringLiteral(" ") : QString());
    return t;
}

QString SyntheticText::source()
{
    constexpr int count = int(sizeof(sources) / sizeof(sources[0]));
    return QLatin1String(sources[m_random.between(0, count - 1)]);
}

} // namespace waymark::bench
