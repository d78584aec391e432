#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

class PortfolioStore;

// A likely piece of personal data about a person who uses services.
struct AnonymisationFinding
{
    enum class Kind { NhsNumber, NiNumber, Postcode, Phone, Email, DateOfBirth, Name };

    Kind kind = Kind::Name;
    qint64 evidenceId = 0;
    int evidenceVersion = 0;
    QString evidenceTitle;
    QString field;   // "title", "narrative" or "reflection"
    int start = 0;   // position in the field's text
    QString match;
    QString context; // the surrounding words, with the match marked [[like this]]
    bool confirmed = false; // the worker confirmed it deliberately

    QString key() const; // identifies a finding for confirmation: kind and matched text
};

QString findingKindId(AnonymisationFinding::Kind kind);    // "nhs-number"
QString findingKindTitle(AnonymisationFinding::Kind kind); // "NHS number"

// Scans evidence for NHS numbers (with the modulus 11 check), National Insurance
// numbers, UK postcodes, phone numbers, e-mail addresses, dates of birth and names
// from the worker's own list.
class AnonymisationCheck
{
public:
    static QList<AnonymisationFinding> scanText(const QString& text, const QStringList& names);
    static bool isValidNhsNumber(const QString& digits);

    // Every finding in all live evidence, or in the given evidence only (none when the list
    // is empty), marked confirmed where the worker confirmed it for that version of the evidence.
    static QList<AnonymisationFinding> scanPortfolio(PortfolioStore& store);
    static QList<AnonymisationFinding> scanEvidence(PortfolioStore& store, const QList<qint64>& evidenceIds);
    static int unresolvedCount(const QList<AnonymisationFinding>& findings);
};

} // namespace waymark
