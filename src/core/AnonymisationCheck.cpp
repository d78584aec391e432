#include "waymark/AnonymisationCheck.h"
#include "waymark/ProgressionCase.h"

#include "waymark/PortfolioStore.h"

#include <QRegularExpression>

#include <algorithm>

namespace waymark {

QString AnonymisationFinding::key() const
{
    return findingKindId(kind) + QLatin1Char(':') + match.simplified().toLower();
}

QString findingKindId(AnonymisationFinding::Kind kind)
{
    using K = AnonymisationFinding::Kind;
    switch (kind) {
    case K::NhsNumber: return QStringLiteral("nhs-number");
    case K::NiNumber: return QStringLiteral("ni-number");
    case K::Postcode: return QStringLiteral("postcode");
    case K::Phone: return QStringLiteral("phone");
    case K::Email: return QStringLiteral("email");
    case K::DateOfBirth: return QStringLiteral("date-of-birth");
    case K::Name: return QStringLiteral("name");
    case K::Address: return QStringLiteral("address");
    case K::TitledName: return QStringLiteral("titled-name");
    case K::ChildAge: return QStringLiteral("child-age");
    }
    return QString();
}

QString findingKindTitle(AnonymisationFinding::Kind kind)
{
    using K = AnonymisationFinding::Kind;
    switch (kind) {
    case K::NhsNumber: return AnonymisationCheck::tr("NHS number");
    case K::NiNumber: return AnonymisationCheck::tr("National Insurance number");
    case K::Postcode: return AnonymisationCheck::tr("Postcode");
    case K::Phone: return AnonymisationCheck::tr("Phone number");
    case K::Email: return AnonymisationCheck::tr("E-mail address");
    case K::DateOfBirth: return AnonymisationCheck::tr("Date of birth");
    case K::Name: return AnonymisationCheck::tr("Name from your list");
    case K::Address: return AnonymisationCheck::tr("Street address");
    case K::TitledName: return AnonymisationCheck::tr("Name with a title");
    case K::ChildAge: return AnonymisationCheck::tr("Child's age");
    }
    return QString();
}

bool AnonymisationCheck::isValidNhsNumber(const QString& text)
{
    QString digits;
    for (QChar c : text)
        if (c.isDigit())
            digits += c;
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += digits[i].digitValue() * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    return check != 10 && check == digits[9].digitValue();
}

namespace {

using Kind = AnonymisationFinding::Kind;

struct Pattern
{
    Kind kind;
    QRegularExpression regex;
    bool (*accepts)(const QRegularExpressionMatch&) = nullptr; // what the regex cannot check
};

const auto caseInsensitive = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

// Identifiers with a fixed shape, matched before the worker's names.
const QList<Pattern>& identifierPatterns()
{
    static const QList<Pattern> all = {
        {Kind::Email, QRegularExpression(QStringLiteral("\\b[\\w.+'-]+@[\\w-]+(\\.[\\w-]+)+\\b"), caseInsensitive)},
        // 3-3-4 digits with optional spaces or hyphens; validated by the check digit.
        {Kind::NhsNumber, QRegularExpression(QStringLiteral("(?<![\\d])\\d{3}[ -]?\\d{3}[ -]?\\d{4}(?![\\d])")),
         [](const QRegularExpressionMatch& m) { return AnonymisationCheck::isValidNhsNumber(m.captured(0)); }},
        // Two prefix letters (not D, F, I, Q, U, V; second not O), six digits, suffix A-D.
        {Kind::NiNumber, QRegularExpression(QStringLiteral("\\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\\d{2} ?\\d{2} ?\\d{2} ?[A-D]\\b"), caseInsensitive)},
        {Kind::Postcode, QRegularExpression(QStringLiteral("\\b(GIR ?0AA|[A-PR-UWYZ](\\d{1,2}|[A-HK-Y]\\d{1,2}|\\d[A-HJKPSTUW]|[A-HK-Y]\\d[ABEHMNPRV-Y]) ?\\d[ABD-HJLNP-UW-Z]{2})\\b"), caseInsensitive)},
        // UK numbers: 0 or +44 then 9 or 10 digits, spaces, hyphens or brackets allowed.
        {Kind::Phone, QRegularExpression(QStringLiteral("(?<![\\w+])(\\+44\\s?\\(?0?\\)?|\\(?0)\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?![\\d])"))},
        {Kind::DateOfBirth, QRegularExpression(QStringLiteral("\\b(d\\.?o\\.?b\\.?|date of birth|born( on)?|birthday)\\s*:?\\s*"
                                                              "(\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{1,2}(st|nd|rd|th)? (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \\d{4}|\\d{4}-\\d{2}-\\d{2})"), caseInsensitive)},
    };
    return all;
}

// An age in years counts up to 17 ("aged 65 and over" is not a child); in months, weeks or days, always.
bool isChildAge(const QRegularExpressionMatch& m)
{
    if (!m.captured(u"unit").isEmpty() && !m.captured(u"unit").startsWith(QLatin1Char('y'), Qt::CaseInsensitive))
        return true;
    bool digits = false;
    const int years = m.captured(u"n").toInt(&digits);
    return !digits || years <= 17; // the pattern's words stop at seventeen
}

// Phrases, matched after the worker's names so a listed name keeps its finding and the decisions
// already made on it. Street and family names must start with a capital letter, which keeps
// "3 way meeting" and "12 meetings at the park" out.
const QList<Pattern>& phrasePatterns()
{
    static const QList<Pattern> all = [] {
        const auto unicode = QRegularExpression::UseUnicodePropertiesOption;
        // A house number ("14", "14a", "14-16"), not a year ("in 2019 Family Court") nor a time ("10:30").
        const QString house = QStringLiteral("(?<![\\p{L}\\p{N}:./£$-])(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}[A-Za-z]?(?:[-–]\\d{1,4}[A-Za-z]?)?");
        // Not a date ("on 12 May Green Park held...") nor a court ("3 Family Court hearings").
        const QString street = QStringLiteral(
            "(?:(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?"
            "|Nov(?:ember)?|Dec(?:ember)?)\\b)"
            "(?!(?:Family|Crown|County|Magistrates['’]?|Youth|High|Supreme|Coroners['’]?|Coroner['’]s)[ \\t]+Court\\b)"
            "(?:\\p{Lu}[\\p{L}'’.-]*[ \\t]+){1,3}"
            "(?i:road|rd|street|st|lane|ln|avenue|ave|close|court|ct|drive|dr|way|place|pl|gardens|gdns|crescent|cres|terrace|tce"
            "|grove|row|mews|walk|square|sq|hill|park|rise|view|green|parade|yard|wharf|broadway|boulevard|vale|villas|cottages"
            "|quay|chase|croft|meadows?|circus|wynd|gate|approach|embankment)"
            "|Broadway)(?![\\p{L}\\p{N}])");
        const QString flat = QStringLiteral("(?i:flat|apartment|apt\\.?|unit|maisonette)[ \\t]+(?:\\d{1,4}[A-Za-z]?|[A-Z])(?![\\p{L}\\p{N}])(?:,\\s*|\\s+)");
        const QString address = QStringLiteral("(?<![\\p{L}\\p{N}])%1(?:%2[ \\t]+)?%3|%2[ \\t]+%3").arg(flat, house, street);

        // "Mrs Okafor", "Mr. J. Jones", "Ms O'Neill", "Dr Smith-Jones", "Mrs de Souza"; a possessive 's stays out.
        const QString nameWord = QStringLiteral("\\p{Lu}(?:\\.|\\p{L}*(?:['’-](?!s\\b)\\p{L}+)*)");
        const QString titled = QStringLiteral("(?<![\\p{L}\\p{N}])(?:Mrs|Mr|Ms|Miss|Mx|Dr)\\.?[ \\t]+(?:(?:de|da|di|du|la|le|van|von|der|den)[ \\t]+)*%1(?:[ \\t]+%1){0,2}")
                                   .arg(nameWord);

        const QString number = QStringLiteral("(?<n>\\d{1,2}(?!\\d)|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                                              "|thirteen|fourteen|fifteen|sixteen|seventeen)\\b)");
        const QString unit = QStringLiteral("(?<unit>years?|yrs?|months?|mths?|weeks?|wks?|days?)");
        // "aged 7", "age: 7", "aged 18 months"; not a range of ages ("aged 5 to 11", "aged 16 and over").
        const QString aged = QStringLiteral("(?<![\\p{L}\\p{N}])aged?[ \\t]*:?[ \\t]*%1(?>(?:[ \\t-]*%2(?:[ \\t-]*old\\b)?)?)"
                                            "(?![ \\t]*(?:[-–+/]|to[ \\t]+\\d|(?:and|or)[ \\t]+(?:over|under|above|below|older|younger|upwards)))")
                                 .arg(number, unit);
        // "a 7-year-old", "7 yrs old", "a seven-month-old baby"; not "2-year-olds" nor the early years "2-year-old offer".
        const QString old = QStringLiteral("(?<![\\p{L}\\p{N}])%1[ \\t-]*%2[ \\t-]*old\\b(?![ \\t]+(?:offer|check|funding|entitlement|progress|review)\\b)")
                                .arg(number, unit);
        return QList<Pattern>{
            {Kind::Address, QRegularExpression(address, unicode)},
            {Kind::TitledName, QRegularExpression(titled, unicode)},
            {Kind::ChildAge, QRegularExpression(aged, caseInsensitive), isChildAge},
            {Kind::ChildAge, QRegularExpression(old, caseInsensitive), isChildAge},
            {Kind::ChildAge, QRegularExpression(QStringLiteral("\\bYear[ \\t]+(?:[1-9]|1[0-3])[ \\t]+pupil\\b"), caseInsensitive)},
        };
    }();
    return all;
}

QString contextAround(const QString& text, int start, int length)
{
    const int from = std::max(0, start - 40);
    const int to = std::min(int(text.size()), start + length + 40);
    QString out = text.mid(from, start - from) + QStringLiteral("[[") + text.mid(start, length) + QStringLiteral("]]")
        + text.mid(start + length, to - start - length);
    out = out.simplified();
    if (from > 0)
        out.prepend(QStringLiteral("…"));
    if (to < text.size())
        out.append(QStringLiteral("…"));
    return out;
}

} // namespace

QList<AnonymisationFinding> AnonymisationCheck::scanText(const QString& text, const QStringList& names)
{
    QList<AnonymisationFinding> out;
    QList<std::pair<int, int>> taken; // one finding per stretch of text: the first pattern wins
    auto overlaps = [&](int start, int length) {
        for (const auto& [s, l] : taken)
            if (start < s + l && s < start + length)
                return true;
        return false;
    };
    auto add = [&](Kind kind, int start, int length) {
        if (overlaps(start, length))
            return;
        taken << std::make_pair(start, length);
        AnonymisationFinding f;
        f.kind = kind;
        f.start = start;
        f.match = text.mid(start, length);
        f.context = contextAround(text, start, length);
        out << f;
    };
    auto scan = [&](const Pattern& p) {
        auto it = p.regex.globalMatch(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (!p.accepts || p.accepts(m))
                add(p.kind, int(m.capturedStart(0)), int(m.capturedLength(0)));
        }
    };
    for (const Pattern& p : identifierPatterns())
        scan(p);
    for (const QString& name : names) {
        const QString trimmed = name.trimmed();
        if (trimmed.size() < 2)
            continue;
        scan({Kind::Name, QRegularExpression(QStringLiteral("\\b%1\\b").arg(QRegularExpression::escape(trimmed)), caseInsensitive)});
    }
    for (const Pattern& p : phrasePatterns())
        scan(p);
    std::sort(out.begin(), out.end(), [](const AnonymisationFinding& a, const AnonymisationFinding& b) { return a.start < b.start; });
    return out;
}

QString AnonymisationCheck::redact(const QString& text, const QStringList& names, const QSet<QString>& redactedKeys)
{
    if (redactedKeys.isEmpty())
        return text;
    QString out = text;
    const QList<AnonymisationFinding> found = scanText(text, names);
    // Back to front, so the positions of earlier findings stay right.
    for (auto it = found.crbegin(); it != found.crend(); ++it)
        if (redactedKeys.contains(it->key()))
            out.replace(it->start, int(it->match.size()), QStringLiteral("[redacted]"));
    return out;
}

QList<PanelText> AnonymisationCheck::panelTexts(PortfolioStore& store, const QList<qint64>& excludedEvidence,
                                                const QList<Evidence>* printedEvidence)
{
    QList<PanelText> out;
    auto add = [&out](const QString& record, int version, const QString& title, qint64 evidenceId, const QString& field, const QString& text) {
        if (!text.trimmed().isEmpty())
            out << PanelText{record, version, title, evidenceId, field, text};
    };
    for (const Evidence& e : printedEvidence ? *printedEvidence : store.findEvidence()) {
        if (excludedEvidence.contains(e.id))
            continue;
        const QString record = QStringLiteral("evidence:%1").arg(e.id);
        const QString title = QStringLiteral("E%1 %2").arg(e.id).arg(e.title);
        add(record, e.version, title, e.id, QStringLiteral("title"), e.title);
        add(record, e.version, title, e.id, QStringLiteral("source"), e.source);
        add(record, e.version, title, e.id, QStringLiteral("narrative"), e.narrative);
        add(record, e.version, title, e.id, QStringLiteral("reflection"), e.reflection);
        for (const Mapping& m : store.mappingsForEvidence(e.id))
            add(QStringLiteral("mapping:%1").arg(m.id), 0, title, e.id, AnonymisationCheck::tr("mapping note (%1)").arg(m.item.itemId), m.note);
        for (const Attachment& a : store.attachments(e.id))
            add(QStringLiteral("attachment:%1").arg(a.id), 0, title, e.id, AnonymisationCheck::tr("attachment name"), a.name);
    }
    for (const Comment& c : store.comments())
        add(QStringLiteral("comment:%1").arg(c.id), 0, AnonymisationCheck::tr("Comment by %1 on %2").arg(c.author, c.item.itemId), 0,
            QStringLiteral("comment"), c.text);
    for (const Judgement& j : store.judgements()) {
        const QString record = QStringLiteral("judgement:%1").arg(j.id);
        const QString title = AnonymisationCheck::tr("Judgement by %1 on %2").arg(j.byName, j.item.itemId);
        add(record, 0, title, 0, QStringLiteral("comment"), j.comment);
        for (const JudgementEvidence& je : j.evidence)
            add(record, 0, title, 0, AnonymisationCheck::tr("evidence relied on"), je.title);
    }
    // The reasons given on a case, which the panel PDF's cover prints round by round.
    for (const ProgressionCase& c : store.cases())
        for (const CaseEvent& e : c.events)
            add(QStringLiteral("case-event:%1").arg(e.id), 0,
                AnonymisationCheck::tr("Case %1: %2 by %3").arg(c.id).arg(caseActionTitle(e.action), e.by.name), 0,
                AnonymisationCheck::tr("reasons"), e.reason);
    for (const PlanItem& p : store.planItems())
        add(QStringLiteral("plan:%1").arg(p.id), 0, AnonymisationCheck::tr("Learning plan: %1").arg(p.activity), 0, QStringLiteral("activity"), p.activity);
    for (const CpdEntry& c : store.cpdEntries()) {
        const QString record = QStringLiteral("cpd:%1").arg(c.id);
        const QString title = AnonymisationCheck::tr("CPD: %1").arg(c.activity);
        add(record, 0, title, 0, QStringLiteral("activity"), c.activity);
        add(record, 0, title, 0, QStringLiteral("notes"), c.notes);
    }
    return out;
}

QList<AnonymisationFinding> AnonymisationCheck::scanPanel(PortfolioStore& store, const QList<qint64>& excludedEvidence,
                                                         const QList<Evidence>* printedEvidence)
{
    QHash<QString, QSet<QString>> kept, redacted; // "record@version" and record, to finding keys
    for (const FindingDecisionRecord& d : store.findingDecisions()) {
        if (d.decision == FindingDecision::Redact)
            redacted[d.record].insert(d.finding);
        else
            kept[d.record + QLatin1Char('@') + QString::number(d.recordVersion)].insert(d.finding);
    }
    const QStringList names = store.privateNames();
    QList<AnonymisationFinding> out;
    for (const PanelText& t : panelTexts(store, excludedEvidence, printedEvidence))
        for (AnonymisationFinding f : scanText(t.text, names)) {
            f.record = t.record;
            f.recordVersion = t.recordVersion;
            f.recordTitle = t.recordTitle;
            f.evidenceId = t.evidenceId;
            f.field = t.field;
            f.redacted = redacted.value(t.record).contains(f.key());
            f.confirmed = !f.redacted && kept.value(t.record + QLatin1Char('@') + QString::number(t.recordVersion)).contains(f.key());
            out << f;
        }
    return out;
}

int AnonymisationCheck::unresolvedCount(const QList<AnonymisationFinding>& findings)
{
    return int(std::count_if(findings.begin(), findings.end(), [](const AnonymisationFinding& f) { return !f.resolved(); }));
}

} // namespace waymark
