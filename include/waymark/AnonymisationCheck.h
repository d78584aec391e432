#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace waymark {

class PortfolioStore;

// A likely piece of personal data about a person who uses services, in one field of one record
// whose text reaches the panel PDF.
struct AnonymisationFinding
{
    enum class Kind { NhsNumber, NiNumber, Postcode, Phone, Email, DateOfBirth, Name, Address, TitledName, ChildAge };

    Kind kind = Kind::Name;
    QString record;         // "evidence:12", "mapping:4", "comment:3", "judgement:7", "plan:2", "cpd:5", "attachment:6"
    int recordVersion = 0;  // the evidence version for evidence; 0 for records without versions
    QString recordTitle;    // what the worker recognises: "E12 Home visit", "Comment by Kim Lee on r7-key-3"
    qint64 evidenceId = 0;  // the evidence the record belongs to (its text, mappings, attachments), else 0
    QString field;          // "title", "narrative", "source", "mapping note", "comment", ...
    int start = 0;          // position in the field's text
    QString match;          // the matched text, whole
    QString context;        // the surrounding words, with the match marked [[like this]]
    bool confirmed = false; // the worker kept it deliberately
    bool redacted = false;  // the panel copy shows [redacted] instead

    bool resolved() const { return confirmed || redacted; }
    QString key() const; // identifies a finding within a record: kind and matched text
};

QString findingKindId(AnonymisationFinding::Kind kind);    // "nhs-number"
QString findingKindTitle(AnonymisationFinding::Kind kind); // "NHS number"

// One piece of text that the panel PDF shows.
struct PanelText
{
    QString record;
    int recordVersion = 0;
    QString recordTitle;
    qint64 evidenceId = 0;
    QString field;
    QString text;
};

// Scans for NHS numbers (with the modulus 11 check), National Insurance numbers, UK postcodes,
// phone numbers, e-mail addresses, dates of birth, names from the worker's own list, UK street
// addresses ("Flat 3, 14 Hartland Road"), names after a title ("Mrs Okafor") and children's ages
// ("aged 7", "a 7-month-old").
class AnonymisationCheck
{
    Q_DECLARE_TR_FUNCTIONS(AnonymisationCheck)

public:
    static QList<AnonymisationFinding> scanText(const QString& text, const QStringList& names);
    static bool isValidNhsNumber(const QString& digits);

    // Every text the panel PDF shows when the given evidence is left out: the included evidence
    // (title, source, narrative, reflection, mapping notes, attachment names) and, whatever is
    // left out, comments, judgement comments and the evidence titles judgements relied on, the
    // reasons given on progression cases, learning plan activities and the CPD log. The one list the check and the report share.
    // printedEvidence, when given, is the evidence the PDF prints instead of the records as they
    // are now: a case's evidence at the versions its snapshot froze.
    static QList<PanelText> panelTexts(PortfolioStore& store, const QList<qint64>& excludedEvidence,
                                       const QList<Evidence>* printedEvidence = nullptr);
    // Every finding in those texts, marked kept or redacted as the worker decided.
    static QList<AnonymisationFinding> scanPanel(PortfolioStore& store, const QList<qint64>& excludedEvidence = {},
                                                 const QList<Evidence>* printedEvidence = nullptr);
    static int unresolvedCount(const QList<AnonymisationFinding>& findings);
    // The redacted text: each finding the worker chose to redact in this record becomes [redacted].
    static QString redact(const QString& text, const QStringList& names, const QSet<QString>& redactedKeys);
};

} // namespace waymark
