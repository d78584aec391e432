#pragma once

#include "waymark/AnonymisationCheck.h"
#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

#include <optional>

namespace waymark {

class PortfolioStore;

// The regulators whose CPD rules Waymark knows (docs/regulators.md gives each rule's source).
enum class Regulator { SocialWorkEngland, Hcpc, Sssc };
QList<Regulator> allRegulators();
QString regulatorId(Regulator regulator);    // "swe", "hcpc", "sssc"
QString regulatorTitle(Regulator regulator); // "Social Work England"
bool regulatorFromId(const QString& id, Regulator* regulator);

// The days a regulator's CPD rules are judged over, both included.
struct CpdPeriod
{
    QDate from;
    QDate to;
};

// A stretch of the period with no CPD activity between from (an activity, or the period's
// start) and to (the next activity, or the period's end).
struct CpdGap
{
    QDate from;
    QDate to;
    int months = 0; // whole calendar months from from to to
};

// The worker's CPD judged against one regulator's rules over one period.
struct CpdCheck
{
    Regulator regulator = Regulator::SocialWorkEngland;
    CpdPeriod period;
    QDate today;
    QList<CpdEntry> entries; // the records dated in the period, earliest first
    int peerReflected = 0;   // of them, those with a peer reflection
    QList<CpdGap> gaps;      // HCPC: three months or more with no activity
    QString practiceSummary;   // HCPC
    QString personalStatement; // HCPC
    QList<EvidenceSummary> evidence; // HCPC: the supporting evidence the records name
    QStringList coreElements;        // SSSC: the worker's core learning elements
    QStringList uncoveredElements;   // SSSC: those no record in the period covers
    QStringList problems; // each rule not met, as a sentence
    QStringList advice;   // what a reader of the log will ask about: gaps to explain, texts not written

    bool met() const { return problems.isEmpty(); }
    int daysLeft() const { return int(today.daysTo(period.to)); } // negative once the period has ended
    // Worth a warning: a rule is not met and there is still time.
    bool warn() const { return !met() && daysLeft() >= 0; }
};

// One block of a regulator's export, in order: the text to paste and the PDF lay out the same
// blocks, each in its own way.
struct CpdExportBlock
{
    enum class Kind {
        Heading,    // a section: "CPD record 1 of 2", "2. CPD activities, in date order"
        Subheading, // an activity's name and date over its fields
        Field,      // label: text
        Text,       // paragraphs: what the worker wrote, the standards
        Note,       // a word count, "(none)"
        Gap,        // HCPC: three months or more with no CPD
        Item,       // one of a list: a thing still to do
    };
    Kind kind = Kind::Text;
    QString label;
    QString text;
};

// Each regulator's CPD rules, once: the CLI, the desktop and the reports ask them here.
class RegulatorCpd
{
    Q_DECLARE_TR_FUNCTIONS(RegulatorCpd)

public:
    static constexpr int sweMinimumRecords = 2;
    static constexpr int hcpcYears = 2;
    static constexpr int hcpcGapMonths = 3;
    static constexpr int summaryGuideWords = 500;
    static constexpr int statementGuideWords = 1500;

    // The regulator whose rules apply: the one the registration body names ("Social Work
    // England", "HCPC", "SSSC", their full names, any case); otherwise HCPC for an occupational
    // therapist, who can be registered with no one else. Nothing when it cannot be told.
    static std::optional<Regulator> regulatorOf(const Worker& worker);

    // The period holding day: Social Work England's registration year (1 December to
    // 30 November), the SSSC year that ends on the annual declaration date (the anniversary of
    // declarationDate; the 12 months to day when it is not known), HCPC's two years to day.
    static CpdPeriod periodOn(Regulator regulator, const QDate& day, const QDate& declarationDate = {});
    // The registration or declaration year that ends in year; nothing for HCPC, whose period
    // ends on the day of the audit.
    static std::optional<CpdPeriod> periodEndingIn(Regulator regulator, int year, const QDate& declarationDate = {});

    // Stretches of months or more within period with no activity on any of dates.
    static QList<CpdGap> gaps(QList<QDate> dates, const CpdPeriod& period, int months = hcpcGapMonths);
    static int wordCount(const QString& text);
    // HCPC's word guidance for a profile text (0 when it has none), and the count against it:
    // "16 words (up to 500)".
    static int guideWords(CpdText text);
    static QString wordsAgainstGuide(CpdText text, const QString& body);

    // Judges entries (any dates: those in period are kept) and the profile texts against the
    // regulator. evidence: the evidence the entries name, for HCPC's supporting evidence list.
    static CpdCheck check(Regulator regulator, const CpdPeriod& period, const QDate& today, const QList<CpdEntry>& entries,
                          const QMap<CpdText, QString>& texts, const QList<EvidenceSummary>& evidence = {});
    // The portfolio's period: the one ending in year when it is not 0 (nothing when the
    // regulator's periods cannot be told by year), else the one holding on (today when null).
    static std::optional<CpdPeriod> period(PortfolioStore& store, Regulator regulator, const QDate& on = {}, int year = 0);
    // The same check, read from a portfolio. Reads throw StoreError.
    static CpdCheck check(PortfolioStore& store, Regulator regulator, const CpdPeriod& period);

    // HCPC's five standards for CPD, in HCPC's words.
    static QStringList hcpcStandards();
    // Kinds of CPD activity the regulator names, offered when a record's type is chosen.
    static QStringList typeSuggestions(Regulator regulator);

    // A title for the period: "Registration year 1 December 2025 to 30 November 2026".
    static QString periodTitle(const CpdCheck& check);
    // One line: "2 records, 1 with peer reflection; meets Social Work England's minimum".
    static QString summary(const CpdCheck& check);
    // The period's records laid out as the regulator asks for them: Social Work England's
    // records with the form's questions, HCPC's profile, the SSSC's log; then what is still to do.
    static QList<CpdExportBlock> exportBlocks(const CpdCheck& check);
    // The same as plain text under a heading of the worker, the period and the summary, ready
    // to paste into the regulator's form.
    static QString exportText(const CpdCheck& check, const Worker& worker);
    // Likely personal data of people who use services in what the export shows (the
    // anonymisation check's scan; names from the worker's list), each titled by its section.
    // The CLI and the desktop export nothing while there are any, unless the worker accepts them.
    static QList<AnonymisationFinding> exportFindings(const CpdCheck& check, const QStringList& names);
};

} // namespace waymark
