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
