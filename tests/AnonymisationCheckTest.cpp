#include "StoreTestSupport.h"

#include "waymark/AnonymisationCheck.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;
using namespace waymark::test;
using Kind = AnonymisationFinding::Kind;

namespace {

QList<Kind> kindsIn(const QString& text, const QStringList& names = {})
{
    QList<Kind> kinds;
    for (const AnonymisationFinding& f : AnonymisationCheck::scanText(text, names))
        kinds << f.kind;
    return kinds;
}

// The text each finding of one kind covers, in order.
QStringList matchesIn(const QString& text, Kind kind)
{
    QStringList matches;
    for (const AnonymisationFinding& f : AnonymisationCheck::scanText(text, {}))
        if (f.kind == kind)
            matches << f.match;
    return matches;
}

} // namespace

TEST(NhsNumber, CheckDigitIsModulus11)
{
    EXPECT_TRUE(AnonymisationCheck::isValidNhsNumber(QStringLiteral("9434765919")));
    EXPECT_TRUE(AnonymisationCheck::isValidNhsNumber(QStringLiteral("943 476 5870")));
    EXPECT_TRUE(AnonymisationCheck::isValidNhsNumber(QStringLiteral("401-023-2137")));
    EXPECT_FALSE(AnonymisationCheck::isValidNhsNumber(QStringLiteral("9434765918"))); // wrong check digit
    EXPECT_FALSE(AnonymisationCheck::isValidNhsNumber(QStringLiteral("1234567890"))); // check digit would be 10
    EXPECT_FALSE(AnonymisationCheck::isValidNhsNumber(QStringLiteral("943476591")));  // nine digits
}

TEST(AnonymisationCheck, FindsEachKindOfPlantedIdentifier)
{
    EXPECT_EQ(kindsIn(QStringLiteral("NHS no 943 476 5919 on the referral.")), QList<Kind>{Kind::NhsNumber});
    EXPECT_EQ(kindsIn(QStringLiteral("NI number AB 12 34 56 C was on file.")), QList<Kind>{Kind::NiNumber});
    EXPECT_EQ(kindsIn(QStringLiteral("Visited the flat at SW1A 1AA today.")), QList<Kind>{Kind::Postcode});
    EXPECT_EQ(kindsIn(QStringLiteral("Her daughter rang from 07700 900123.")), QList<Kind>{Kind::Phone});
    EXPECT_EQ(kindsIn(QStringLiteral("Call the GP on +44 20 7946 0958.")), QList<Kind>{Kind::Phone});
    EXPECT_EQ(kindsIn(QStringLiteral("Emailed kate.smith@example.org about it.")), QList<Kind>{Kind::Email});
    EXPECT_EQ(kindsIn(QStringLiteral("DOB: 12/03/1985, lives alone.")), QList<Kind>{Kind::DateOfBirth});
    EXPECT_EQ(kindsIn(QStringLiteral("She was born on 4 July 1950.")), QList<Kind>{Kind::DateOfBirth});
    EXPECT_EQ(kindsIn(QStringLiteral("Spoke with kate about respite."), {QStringLiteral("Kate")}), QList<Kind>{Kind::Name});
}

TEST(AnonymisationCheck, CleanPracticeTextPasses)
{
    const QString clean = QStringLiteral(
        "I chaired the strategy meeting on 3 March 2026 with health and housing colleagues. We agreed a plan "
        "of 4 visits a week for 12 weeks, reviewed at 6 weeks. Reflection: I learnt to hold the risk calmly. "
        "The team scored 1234567890 points in the quiz (not an NHS number). Range 6 to Range 7, PCF level 7.");
    EXPECT_TRUE(AnonymisationCheck::scanText(clean, {QStringLiteral("Kate Smith")}).isEmpty());
}

TEST(AnonymisationCheck, ContextMarksTheMatch)
{
    const auto findings = AnonymisationCheck::scanText(QStringLiteral("Referral for Mr Jones, NHS 9434765919, from the ward."), {QStringLiteral("Jones")});
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].kind, Kind::Name);
    EXPECT_EQ(findings[1].match, QStringLiteral("9434765919"));
    EXPECT_TRUE(findings[1].context.contains(QStringLiteral("NHS [[9434765919]], from")));
}

TEST(AnonymisationCheck, ConfirmationsHoldForOneVersionOfTheEvidence)
{
    QTemporaryDir dir;
    PortfolioStore store;
    ASSERT_TRUE(store.open(dir.filePath(QStringLiteral("a.waymark"))));
    ASSERT_TRUE(store.setPrivateNames({QStringLiteral("Kate Smith"), QStringLiteral(" kate smith "), QStringLiteral("Bob")}));
    EXPECT_EQ(store.privateNames().size(), 2);
    Evidence e = makeEvidence(QStringLiteral("Visit"));
    e.narrative = QStringLiteral("Visited Kate Smith at SW1A 1AA.");
    const qint64 id = store.addEvidence(e);
    QList<AnonymisationFinding> findings = AnonymisationCheck::scanPanel(store);
    ASSERT_EQ(findings.size(), 2);
    EXPECT_EQ(findings[0].field, QStringLiteral("narrative"));
    EXPECT_EQ(AnonymisationCheck::unresolvedCount(findings), 2);
    for (const AnonymisationFinding& f : findings)
        ASSERT_TRUE(store.confirmFinding(f.evidenceId, f.recordVersion, f.key()));
    EXPECT_EQ(AnonymisationCheck::unresolvedCount(AnonymisationCheck::scanPanel(store)), 0);
    Evidence edited = *store.evidence(id);
    edited.reflection = QStringLiteral("Thought about it more.");
    ASSERT_TRUE(store.updateEvidence(edited, edited.version));
    EXPECT_EQ(AnonymisationCheck::unresolvedCount(AnonymisationCheck::scanPanel(store)), 2); // an edit asks again
    EXPECT_TRUE(AnonymisationCheck::scanPanel(store, {id}).isEmpty()); // evidence left out is not scanned
    EXPECT_FALSE(store.confirmFinding(999, 1, QStringLiteral("name:kate smith")));
}

TEST(AnonymisationCheck, FindsStreetAddressesWholeWithTheFlat)
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("Visited the family at 14 Hartland Road, London."), QStringLiteral("14 Hartland Road")},
        {QStringLiteral("She moved to 14a Mill lane last week."), QStringLiteral("14a Mill lane")},
        {QStringLiteral("The hostel at 14-16 Old Kent Rd closed."), QStringLiteral("14-16 Old Kent Rd")},
        {QStringLiteral("He lives in Flat 3, 12 Rose Court."), QStringLiteral("Flat 3, 12 Rose Court")},
        {QStringLiteral("Flat 3B, 12 Rose Court, Leeds"), QStringLiteral("Flat 3B, 12 Rose Court")},
        {QStringLiteral("Moved to Apartment 5, Rose Court in May."), QStringLiteral("Apartment 5, Rose Court")},
        {QStringLiteral("The shop at Unit 2, Riverside Park."), QStringLiteral("Unit 2, Riverside Park")},
        {QStringLiteral("A room at 3 St John's Wood Terrace."), QStringLiteral("3 St John's Wood Terrace")},
        {QStringLiteral("Met at 7 High St. today"), QStringLiteral("7 High St")},
        {QStringLiteral("The flat above 10 Broadway."), QStringLiteral("10 Broadway")},
        {QStringLiteral("Post for Flat 3,12 Rose Court."), QStringLiteral("Flat 3,12 Rose Court")},
        {QStringLiteral("The B&B at 221B Baker Street."), QStringLiteral("221B Baker Street")},
    };
    for (const auto& [text, address] : cases)
        EXPECT_EQ(matchesIn(text, Kind::Address), QStringList{address}) << text.toStdString();
    // Redacting it hides the whole address, the flat included.
    EXPECT_EQ(AnonymisationCheck::redact(QStringLiteral("Flat 3B, 12 Rose Court, Leeds"), {}, {QStringLiteral("address:flat 3b, 12 rose court")}),
              QStringLiteral("[redacted], Leeds"));
}

TEST(AnonymisationCheck, FindsTitlesWithTheirSurnames)
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("Mrs Okafor asked for help."), QStringLiteral("Mrs Okafor")},
        {QStringLiteral("A call from Mr. Jones about it."), QStringLiteral("Mr. Jones")},
        {QStringLiteral("Ms O'Neill was at the meeting."), QStringLiteral("Ms O'Neill")},
        {QStringLiteral("Miss Smith-Jones, the aunt."), QStringLiteral("Miss Smith-Jones")},
        {QStringLiteral("Referred by Dr Patel."), QStringLiteral("Dr Patel")},
        {QStringLiteral("Mx Taylor prefers they."), QStringLiteral("Mx Taylor")},
        {QStringLiteral("Visited Mrs J. Okafor at home."), QStringLiteral("Mrs J. Okafor")},
        {QStringLiteral("Visited Mrs Jane Okafor at home."), QStringLiteral("Mrs Jane Okafor")},
        {QStringLiteral("Spoke to Mrs de Souza first."), QStringLiteral("Mrs de Souza")},
        {QStringLiteral("Mrs Okafor's son was at school."), QStringLiteral("Mrs Okafor")},
    };
    for (const auto& [text, name] : cases)
        EXPECT_EQ(matchesIn(text, Kind::TitledName), QStringList{name}) << text.toStdString();
    // A name on the worker's list keeps its own finding, and the decisions made on it.
    EXPECT_EQ(kindsIn(QStringLiteral("Mrs Okafor asked for help."), {QStringLiteral("Okafor")}), QList<Kind>{Kind::Name});
}

TEST(AnonymisationCheck, FindsChildrensAges)
{
    const QList<std::pair<QString, QString>> cases = {
        {QStringLiteral("Her son, aged 7, was at home."), QStringLiteral("aged 7")},
        {QStringLiteral("The boy (age 7) said little."), QStringLiteral("age 7")},
        {QStringLiteral("Age: 12, attends the local school."), QStringLiteral("Age: 12")},
        {QStringLiteral("A 7-year-old was present."), QStringLiteral("7-year-old")},
        {QStringLiteral("A 7 year old was present."), QStringLiteral("7 year old")},
        {QStringLiteral("Her brother is 15 yrs old."), QStringLiteral("15 yrs old")},
        {QStringLiteral("With a 7-month-old baby."), QStringLiteral("7-month-old")},
        {QStringLiteral("Her daughter, aged 18 months, was asleep."), QStringLiteral("aged 18 months")},
        {QStringLiteral("A three-year-old sibling."), QStringLiteral("three-year-old")},
        {QStringLiteral("The eldest, aged seventeen, cares for her."), QStringLiteral("aged seventeen")},
        {QStringLiteral("He is aged 9 years old."), QStringLiteral("aged 9 years old")},
        {QStringLiteral("A Year 3 pupil at the school."), QStringLiteral("Year 3 pupil")},
    };
    for (const auto& [text, age] : cases)
        EXPECT_EQ(matchesIn(text, Kind::ChildAge), QStringList{age}) << text.toStdString();
}

TEST(AnonymisationCheck, OrdinarySentencesWithNumbersAreNotFlagged)
{
    const QStringList ordinary = {
        QStringLiteral("I have worked in the team for 3 years."),
        QStringLiteral("3 years in child protection taught me patience."),
        QStringLiteral("I moved to Team 2 in the spring."),
        QStringLiteral("We held 12 meetings."),
        QStringLiteral("We held 12 meetings at the park."),
        QStringLiteral("The plan was 2 visits a week."),
        QStringLiteral("A Section 47 enquiry was opened."),
        QStringLiteral("Section 20 accommodation ended."),
        QStringLiteral("I completed the Level 3 Diploma."),
        QStringLiteral("The review was in Room 12."),
        QStringLiteral("Within 14 days of the referral."),
        QStringLiteral("In 2024 I led the audit."),
        QStringLiteral("From Range 6 to Range 7."),
        QStringLiteral("Step 2 of the pathway."),
        QStringLiteral("We used the 5 Ways to Wellbeing."),
        QStringLiteral("I chaired a 3 Way meeting with the school."),
        QStringLiteral("I chaired a 3 way meeting with the school."),
        QStringLiteral("In 2019 Family Court proceedings began."),
        QStringLiteral("I attended 3 Family Court hearings."),
        QStringLiteral("On 12 May Green Park hosted the fun day."),
        QStringLiteral("Meet at 10:30 Rose Court reception."),
        QStringLiteral("A group for children aged 5 to 11."),
        QStringLiteral("Young people aged 16 and over can self-refer."),
        QStringLiteral("Carers aged 65 were invited."),
        QStringLiteral("Funded places for 2-year-olds."),
        QStringLiteral("She qualified for the 2-year-old offer."),
        QStringLiteral("As a Year 2 student social worker I shadowed."),
        QStringLiteral("See page 7 and Key Stage 2."),
        QStringLiteral("The meeting was on MS Teams."),
        QStringLiteral("I began my Master's degree and a Master Class on trauma."),
        QStringLiteral("The mr and mrs forms were filed."),
        QStringLiteral("Supervision moved to 3rd Floor meetings."),
    };
    for (const QString& text : ordinary)
        EXPECT_TRUE(AnonymisationCheck::scanText(text, {}).isEmpty()) << text.toStdString();
}
