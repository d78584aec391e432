#include "waymark/RegulatorCpd.h"

#include "waymark/PortfolioStore.h"

#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace waymark {

namespace {

// The day and month of declaration in year; 29 February is 28 February in other years.
QDate anniversary(const QDate& declaration, int year)
{
    const QDate day(year, declaration.month(), declaration.day());
    return day.isValid() ? day : QDate(year, declaration.month(), declaration.day() - 1);
}

// "what was learnt, impact on practice": the fields a record leaves empty of those named.
QStringList missing(const QList<std::pair<QString, QString>>& fields)
{
    QStringList out;
    for (const auto& [name, value] : fields)
        if (value.trimmed().isEmpty())
            out << name;
    return out;
}

// 1,500: numbers as the regulators write them.
QString number(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

QString recordName(const CpdEntry& e)
{
    return RegulatorCpd::tr("“%1” (%2)").arg(e.activity, longDate(e.date));
}

QStringList lines(const QString& text)
{
    QStringList out;
    for (const QString& line : text.split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    return out;
}

void checkSwe(CpdCheck& c)
{
    if (c.entries.size() < RegulatorCpd::sweMinimumRecords)
        c.problems << RegulatorCpd::tr("%n CPD record(s) in the registration year; Social Work England asks for at least %1.", "",
                                       int(c.entries.size())).arg(RegulatorCpd::sweMinimumRecords);
    if (c.peerReflected == 0)
        c.problems << RegulatorCpd::tr("No record has a peer reflection; Social Work England asks for at least one.");
    for (const CpdEntry& e : c.entries) {
        QStringList gaps = missing({{RegulatorCpd::tr("the type of CPD"), e.type},
                                    {RegulatorCpd::tr("why it is relevant"), e.relevance},
                                    {RegulatorCpd::tr("what was learnt"), e.learnt}});
        // One question on the form: the impact on practice and on the people worked with.
        if (e.impactPractice.trimmed().isEmpty() && e.impactPeople.trimmed().isEmpty())
            gaps << RegulatorCpd::tr("its impact");
        if (!gaps.isEmpty())
            c.problems << RegulatorCpd::tr("%1 says nothing about %2.").arg(recordName(e), gaps.join(RegulatorCpd::tr(", ")));
    }
}

void checkHcpc(CpdCheck& c)
{
    if (c.entries.isEmpty())
        c.problems << RegulatorCpd::tr("No CPD activity in the last two years.");
    QSet<QString> types;
    for (const CpdEntry& e : std::as_const(c.entries))
        if (!e.type.trimmed().isEmpty())
            types.insert(e.type.trimmed().toCaseFolded());
    if (!c.entries.isEmpty() && types.size() < 2)
        c.problems << RegulatorCpd::tr("The activities are not a mixture: HCPC asks for at least two types of learning activity "
                                       "(%n type(s) recorded).", "", int(types.size()));
    for (const auto& [which, body] : {std::pair{CpdText::PracticeSummary, c.practiceSummary}, {CpdText::PersonalStatement, c.personalStatement}}) {
        const int words = RegulatorCpd::wordCount(body);
        const int guide = RegulatorCpd::guideWords(which);
        if (words == 0)
            c.advice << RegulatorCpd::tr("No %1 yet (up to %2 words).").arg(cpdTextTitle(which).toLower(), number(guide));
        else if (words > guide)
            c.problems << RegulatorCpd::tr("The %1 has %2 words; HCPC asks for up to %3.").arg(cpdTextTitle(which).toLower(), number(words), number(guide));
    }
    for (const CpdGap& g : std::as_const(c.gaps))
        c.advice << RegulatorCpd::tr("No CPD from %1 to %2 (%n month(s)): explain this gap in the profile.", "", g.months)
                        .arg(longDate(g.from), longDate(g.to));
    if (!c.entries.isEmpty() && c.evidence.isEmpty())
        c.advice << RegulatorCpd::tr("No activity names its supporting evidence.");
}

void checkSssc(CpdCheck& c, bool declarationKnown)
{
    if (!declarationKnown)
        c.problems << RegulatorCpd::tr("Set the date your SSSC annual declaration is due: the year's log ends on it.");
    if (c.entries.isEmpty())
        c.problems << RegulatorCpd::tr("No learning recorded in this declaration year.");
    for (const CpdEntry& e : std::as_const(c.entries)) {
        const QStringList gaps = missing({{RegulatorCpd::tr("what was learnt"), e.learnt},
                                          {RegulatorCpd::tr("its contribution to practice"), e.impactPractice}});
        if (!gaps.isEmpty())
            c.problems << RegulatorCpd::tr("%1 says nothing about %2.").arg(recordName(e), gaps.join(RegulatorCpd::tr(", ")));
    }
    if (c.coreElements.isEmpty())
        c.advice << RegulatorCpd::tr("List the core learning elements of your Register part (from the SSSC's CPL website) "
                                     "to see which this year's learning covers.");
    for (const QString& element : std::as_const(c.uncoveredElements))
        c.problems << RegulatorCpd::tr("No learning this year covers the core learning element “%1”.").arg(element);
}

} // namespace

QList<Regulator> allRegulators() { return {Regulator::SocialWorkEngland, Regulator::Hcpc, Regulator::Sssc}; }

QString regulatorId(Regulator regulator)
{
    switch (regulator) {
    case Regulator::SocialWorkEngland: return QStringLiteral("swe");
    case Regulator::Hcpc: return QStringLiteral("hcpc");
    case Regulator::Sssc: return QStringLiteral("sssc");
    }
    return QString();
}

QString regulatorTitle(Regulator regulator)
{
    switch (regulator) {
    case Regulator::SocialWorkEngland: return RegulatorCpd::tr("Social Work England");
    case Regulator::Hcpc: return RegulatorCpd::tr("HCPC");
    case Regulator::Sssc: return RegulatorCpd::tr("SSSC");
    }
    return QString();
}

bool regulatorFromId(const QString& id, Regulator* regulator)
{
    for (Regulator r : allRegulators())
        if (regulatorId(r) == id) {
            *regulator = r;
            return true;
        }
    return false;
}

std::optional<Regulator> RegulatorCpd::regulatorOf(const Worker& worker)
{
    const QString body = worker.registrationBody.simplified().toCaseFolded();
    if (body == QLatin1String("swe") || body.contains(QLatin1String("social work england")))
        return Regulator::SocialWorkEngland;
    if (body == QLatin1String("hcpc") || body.contains(QLatin1String("health and care professions council")))
        return Regulator::Hcpc;
    if (body == QLatin1String("sssc") || body.contains(QLatin1String("scottish social services council")))
        return Regulator::Sssc;
    if (body.isEmpty() && worker.profession == QLatin1String("occupational-therapist"))
        return Regulator::Hcpc;
    return std::nullopt;
}

CpdPeriod RegulatorCpd::periodOn(Regulator regulator, const QDate& day, const QDate& declarationDate)
{
    switch (regulator) {
    case Regulator::SocialWorkEngland: {
        const int endYear = day.month() == 12 ? day.year() + 1 : day.year();
        return {QDate(endYear - 1, 12, 1), QDate(endYear, 11, 30)};
    }
    case Regulator::Hcpc:
        return {day.addYears(-hcpcYears).addDays(1), day};
    case Regulator::Sssc: {
        if (!declarationDate.isValid())
            return {day.addYears(-1).addDays(1), day};
        QDate end = anniversary(declarationDate, day.year());
        if (end < day)
            end = anniversary(declarationDate, day.year() + 1);
        return {anniversary(declarationDate, end.year() - 1).addDays(1), end};
    }
    }
    return {};
}

std::optional<CpdPeriod> RegulatorCpd::periodEndingIn(Regulator regulator, int year, const QDate& declarationDate)
{
    switch (regulator) {
    case Regulator::SocialWorkEngland:
        return periodOn(regulator, QDate(year, 11, 30));
    case Regulator::Sssc:
        if (!declarationDate.isValid())
            return std::nullopt;
        return periodOn(regulator, anniversary(declarationDate, year), declarationDate);
    case Regulator::Hcpc:
        return std::nullopt;
    }
    return std::nullopt;
}

QList<CpdGap> RegulatorCpd::gaps(QList<QDate> dates, const CpdPeriod& period, int months)
{
    dates.erase(std::remove_if(dates.begin(), dates.end(), [&](const QDate& d) { return d < period.from || d > period.to; }),
                dates.end());
    std::sort(dates.begin(), dates.end());
    QList<QDate> points{period.from};
    points << dates << period.to;
    QList<CpdGap> out;
    for (int i = 1; i < points.size(); ++i) {
        const QDate& from = points[i - 1];
        const QDate& to = points[i];
        if (from.addMonths(months) > to)
            continue;
        int whole = months;
        while (from.addMonths(whole + 1) <= to)
            ++whole;
        out << CpdGap{from, to, whole};
    }
    return out;
}

int RegulatorCpd::wordCount(const QString& text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return int(text.split(space, Qt::SkipEmptyParts).size());
}

int RegulatorCpd::guideWords(CpdText text)
{
    return text == CpdText::PracticeSummary ? summaryGuideWords : text == CpdText::PersonalStatement ? statementGuideWords : 0;
}

QString RegulatorCpd::wordsAgainstGuide(CpdText text, const QString& body)
{
    return tr("%1 words (up to %2)").arg(number(wordCount(body)), number(guideWords(text)));
}

CpdCheck RegulatorCpd::check(Regulator regulator, const CpdPeriod& period, const QDate& today, const QList<CpdEntry>& entries,
                             const QMap<CpdText, QString>& texts, const QList<EvidenceSummary>& evidence)
{
    CpdCheck c;
    c.regulator = regulator;
    c.period = period;
    c.today = today;
    for (const CpdEntry& e : entries)
        if (e.date >= period.from && e.date <= period.to)
            c.entries << e;
    std::sort(c.entries.begin(), c.entries.end(), [](const CpdEntry& a, const CpdEntry& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    });
    QSet<qint64> named;
    QList<QDate> dates;
    for (const CpdEntry& e : std::as_const(c.entries)) {
        c.peerReflected += e.hasPeerReflection() ? 1 : 0;
        named.insert(e.evidenceId);
        dates << e.date;
    }
    for (const EvidenceSummary& e : evidence)
        if (named.contains(e.id))
            c.evidence << e;
    switch (regulator) {
    case Regulator::SocialWorkEngland:
        checkSwe(c);
        break;
    case Regulator::Hcpc:
        c.practiceSummary = texts.value(CpdText::PracticeSummary);
        c.personalStatement = texts.value(CpdText::PersonalStatement);
        // Up to today only: the days still to come cannot be a gap yet.
        c.gaps = gaps(dates, {period.from, std::min(period.to, today)});
        checkHcpc(c);
        break;
    case Regulator::Sssc: {
        c.coreElements = lines(texts.value(CpdText::CoreLearningElements));
        QSet<QString> covered;
        for (const CpdEntry& e : std::as_const(c.entries))
            covered.insert(e.learningElement.trimmed().toCaseFolded());
        for (const QString& element : std::as_const(c.coreElements))
            if (!covered.contains(element.toCaseFolded()))
                c.uncoveredElements << element;
        checkSssc(c, QDate::fromString(texts.value(CpdText::DeclarationDate), Qt::ISODate).isValid());
        break;
    }
    }
    return c;
}

std::optional<CpdPeriod> RegulatorCpd::period(PortfolioStore& store, Regulator regulator, const QDate& on, int year)
{
    const QDate declaration = QDate::fromString(store.cpdText(CpdText::DeclarationDate), Qt::ISODate);
    if (year != 0)
        return periodEndingIn(regulator, year, declaration);
    return periodOn(regulator, on.isValid() ? on : store.today(), declaration);
}

CpdCheck RegulatorCpd::check(PortfolioStore& store, Regulator regulator, const CpdPeriod& period)
{
    QMap<CpdText, QString> texts;
    for (CpdText t : allCpdTexts())
        texts.insert(t, store.cpdText(t));
    const QList<CpdEntry> entries = store.cpdEntries();
    QList<EvidenceSummary> evidence;
    QSet<qint64> seen;
    for (const CpdEntry& e : entries)
        if (e.evidenceId != 0 && e.date >= period.from && e.date <= period.to && !seen.contains(e.evidenceId)) {
            seen.insert(e.evidenceId);
            if (const std::optional<Evidence> found = store.evidence(e.evidenceId))
                evidence << *found;
        }
    return check(regulator, period, store.today(), entries, texts, evidence);
}

QStringList RegulatorCpd::hcpcStandards()
{
    return {tr("maintain a continuous, up-to-date and accurate record of their CPD activities;"),
            tr("demonstrate that their CPD activities are a mixture of learning activities relevant to current or future practice;"),
            tr("seek to ensure that their CPD has contributed to the quality of their practice and service delivery;"),
            tr("seek to ensure that their CPD benefits the service user; and"),
            tr("upon request, present a written profile (which must be their own work and supported by evidence) explaining how "
               "they have met the standards for CPD.")};
}

QStringList RegulatorCpd::typeSuggestions(Regulator regulator)
{
    if (regulator == Regulator::Hcpc)
        return {tr("Work-based learning"), tr("Professional activity"), tr("Formal and educational"), tr("Self-directed learning"),
                tr("Other")};
    return {tr("Course or training"), tr("Conference or seminar"), tr("Reading or research"), tr("Supervision"),
            tr("Peer discussion"), tr("Shadowing"), tr("Mentoring or teaching others"), tr("Online learning")};
}

QString RegulatorCpd::periodTitle(const CpdCheck& check)
{
    const QString from = longDate(check.period.from), to = longDate(check.period.to);
    switch (check.regulator) {
    case Regulator::SocialWorkEngland: return tr("Registration year %1 to %2").arg(from, to);
    case Regulator::Hcpc: return tr("The two years %1 to %2").arg(from, to);
    case Regulator::Sssc: return tr("Declaration year %1 to %2").arg(from, to);
    }
    return QString();
}

QString RegulatorCpd::summary(const CpdCheck& check)
{
    const QString records = tr("%n CPD record(s)", "", int(check.entries.size()));
    QString facts;
    switch (check.regulator) {
    case Regulator::SocialWorkEngland:
        facts = tr("%1, %2 with peer reflection").arg(records).arg(check.peerReflected);
        break;
    case Regulator::Hcpc:
        facts = tr("%1, %n gap(s) of 3 months or more", "", int(check.gaps.size())).arg(records);
        break;
    case Regulator::Sssc:
        facts = tr("%1, %2 of %3 core learning elements covered")
                    .arg(records)
                    .arg(check.coreElements.size() - check.uncoveredElements.size())
                    .arg(check.coreElements.size());
        break;
    }
    if (check.met())
        return tr("%1: meets %2's requirement.").arg(facts, regulatorTitle(check.regulator));
    if (check.daysLeft() < 0)
        return tr("%1: did not meet %2's requirement.").arg(facts, regulatorTitle(check.regulator));
    return tr("%1: %n day(s) left to meet %2's requirement.", "", check.daysLeft()).arg(facts, regulatorTitle(check.regulator));
}

QList<CpdExportBlock> RegulatorCpd::exportBlocks(const CpdCheck& c)
{
    using Kind = CpdExportBlock::Kind;
    QList<CpdExportBlock> out;
    const auto add = [&out](Kind kind, const QString& text, const QString& label = QString()) { out << CpdExportBlock{kind, label, text}; };
    const auto field = [&](const QString& label, const QString& value) {
        if (!value.trimmed().isEmpty())
            add(Kind::Field, value.trimmed(), label);
    };
    const auto written = [&](const QString& text) { add(text.trimmed().isEmpty() ? Kind::Note : Kind::Text, text.trimmed().isEmpty() ? tr("(not written)") : text.trimmed()); };
    switch (c.regulator) {
    case Regulator::SocialWorkEngland:
        for (int i = 0; i < c.entries.size(); ++i) {
            const CpdEntry& e = c.entries[i];
            add(Kind::Heading, tr("CPD record %1 of %2").arg(i + 1).arg(c.entries.size()));
            field(tr("Type of CPD"), e.type);
            field(tr("Date"), longDate(e.date));
            field(tr("Activity"), e.activity);
            field(tr("Why it is relevant"), e.relevance);
            field(tr("What I learnt"), e.learnt);
            field(tr("Impact on my practice"), e.impactPractice);
            field(tr("Impact on the people I work with"), e.impactPeople);
            field(tr("Peer reflection"), e.peerReflection);
        }
        break;
    case Regulator::Hcpc: {
        add(Kind::Heading, tr("1. Summary of practice history"));
        add(Kind::Note, wordsAgainstGuide(CpdText::PracticeSummary, c.practiceSummary));
        written(c.practiceSummary);
        add(Kind::Heading, tr("2. CPD activities, in date order"));
        // The gaps stand between the activities they separate.
        int gap = 0;
        const auto gapsUpTo = [&](const QDate& day) {
            for (; gap < c.gaps.size() && (!day.isValid() || c.gaps[gap].to <= day); ++gap)
                add(Kind::Gap, tr("Gap: no CPD from %1 to %2 (%n month(s))", "", c.gaps[gap].months)
                                   .arg(longDate(c.gaps[gap].from), longDate(c.gaps[gap].to)));
        };
        for (const CpdEntry& e : c.entries) {
            gapsUpTo(e.date);
            field(longDate(e.date), e.type.trimmed().isEmpty() ? e.activity : tr("%1 (%2)").arg(e.activity, e.type.trimmed()));
        }
        gapsUpTo(QDate());
        if (c.entries.isEmpty())
            add(Kind::Note, tr("(none)"));
        add(Kind::Heading, tr("3. Personal statement"));
        add(Kind::Note, wordsAgainstGuide(CpdText::PersonalStatement, c.personalStatement));
        add(Kind::Subheading, tr("HCPC's standards for CPD say that a registrant must:"));
        const QStringList standards = hcpcStandards();
        for (int i = 0; i < standards.size(); ++i)
            add(Kind::Text, QStringLiteral("%1. %2").arg(i + 1).arg(standards[i]));
        written(c.personalStatement);
        for (const CpdEntry& e : c.entries) {
            if (e.learnt.trimmed().isEmpty() && e.impactPractice.trimmed().isEmpty() && e.impactPeople.trimmed().isEmpty())
                continue;
            add(Kind::Subheading, tr("%1, %2").arg(e.activity, longDate(e.date)));
            field(tr("What I learnt"), e.learnt);
            field(tr("Benefit to my practice and service delivery (standard 3)"), e.impactPractice);
            field(tr("Benefit to service users (standard 4)"), e.impactPeople);
        }
        add(Kind::Heading, tr("4. Supporting evidence"));
        if (c.evidence.isEmpty())
            add(Kind::Note, tr("(none named)"));
        for (const EvidenceSummary& e : c.evidence) {
            QStringList activities;
            for (const CpdEntry& entry : c.entries)
                if (entry.evidenceId == e.id)
                    activities << entry.activity;
            field(QStringLiteral("E%1").arg(e.id), tr("%1 (%2), for: %3").arg(e.title, longDate(e.date), activities.join(tr("; "))));
        }
        break;
    }
    case Regulator::Sssc:
        add(Kind::Heading, tr("Learning log"));
        if (c.entries.isEmpty())
            add(Kind::Note, tr("(none)"));
        for (const CpdEntry& e : c.entries) {
            add(Kind::Subheading, tr("%1, %2").arg(e.activity, longDate(e.date)));
            field(tr("Core learning element"), e.learningElement);
            field(tr("What I learnt"), e.learnt);
            field(tr("Contribution to my practice"), e.impactPractice);
        }
        add(Kind::Heading, tr("Core learning elements"));
        if (c.coreElements.isEmpty())
            add(Kind::Note, tr("(not listed)"));
        for (const QString& element : c.coreElements)
            field(element, c.uncoveredElements.contains(element) ? tr("not covered yet") : tr("covered"));
        break;
    }
    if (!c.problems.isEmpty() || !c.advice.isEmpty()) {
        add(Kind::Heading, tr("Still to do"));
        for (const QString& p : c.problems + c.advice)
            add(Kind::Item, p);
    }
    return out;
}

QList<AnonymisationFinding> RegulatorCpd::exportFindings(const CpdCheck& check, const QStringList& names)
{
    QList<AnonymisationFinding> out;
    QString section;
    for (const CpdExportBlock& b : exportBlocks(check)) {
        if (b.kind == CpdExportBlock::Kind::Heading || b.kind == CpdExportBlock::Kind::Subheading)
            section = b.text;
        for (AnonymisationFinding f : AnonymisationCheck::scanText(b.label + QLatin1Char(' ') + b.text, names)) {
            f.record = QStringLiteral("cpd-export");
            f.recordTitle = section;
            f.field = b.label.isEmpty() ? tr("text") : b.label;
            out << f;
        }
    }
    return out;
}

QString RegulatorCpd::exportText(const CpdCheck& c, const Worker& worker)
{
    QStringList out{tr("%1 CPD: %2").arg(regulatorTitle(c.regulator), worker.name), periodTitle(c)};
    if (!worker.registrationNumber.trimmed().isEmpty())
        out << tr("%1: %2").arg(tr("Registration number"), worker.registrationNumber.trimmed());
    out << summary(c);
    for (const CpdExportBlock& b : exportBlocks(c)) {
        switch (b.kind) {
        case CpdExportBlock::Kind::Heading: out << QString() << b.text; break;
        case CpdExportBlock::Kind::Field: out << tr("%1: %2").arg(b.label, b.text); break;
        case CpdExportBlock::Kind::Item: out << tr("- %1").arg(b.text); break;
        case CpdExportBlock::Kind::Gap: out << tr("  %1").arg(b.text); break;
        default: out << b.text; break;
        }
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace waymark
