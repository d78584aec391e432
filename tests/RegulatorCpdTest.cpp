#include "StoreTestSupport.h"

#include "waymark/RegulatorCpd.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace waymark;

namespace {

CpdEntry record(const QDate& date, const QString& activity, const QString& type = QStringLiteral("Course or training"))
{
    CpdEntry e;
    e.date = date;
    e.activity = activity;
    e.hours = 2;
    e.type = type;
    e.relevance = QStringLiteral("I assess capacity every week");
    e.learnt = QStringLiteral("The two-stage test");
    e.impactPractice = QStringLiteral("My assessments record each stage");
    e.impactPeople = QStringLiteral("People are heard before decisions");
    return e;
}

CpdCheck sweCheck(const QList<CpdEntry>& entries, const QDate& today)
{
    return RegulatorCpd::check(Regulator::SocialWorkEngland, RegulatorCpd::periodOn(Regulator::SocialWorkEngland, today), today,
                               entries, {});
}

} // namespace

TEST(RegulatorCpd, SocialWorkEnglandsYearRunsFromDecemberToNovember)
{
    const CpdPeriod nov = RegulatorCpd::periodOn(Regulator::SocialWorkEngland, QDate(2026, 11, 30));
    EXPECT_EQ(nov.from, QDate(2025, 12, 1));
    EXPECT_EQ(nov.to, QDate(2026, 11, 30));
    const CpdPeriod dec = RegulatorCpd::periodOn(Regulator::SocialWorkEngland, QDate(2026, 12, 1));
    EXPECT_EQ(dec.from, QDate(2026, 12, 1));
    EXPECT_EQ(dec.to, QDate(2027, 11, 30));
    const std::optional<CpdPeriod> y = RegulatorCpd::periodEndingIn(Regulator::SocialWorkEngland, 2026);
    ASSERT_TRUE(y);
    EXPECT_EQ(y->from, QDate(2025, 12, 1));
    EXPECT_FALSE(RegulatorCpd::periodEndingIn(Regulator::Hcpc, 2026));
    EXPECT_FALSE(RegulatorCpd::periodEndingIn(Regulator::Sssc, 2026)); // no declaration date
}

TEST(RegulatorCpd, SsscYearEndsOnTheDeclarationAnniversary)
{
    const QDate declaration(2024, 2, 29);
    const CpdPeriod before = RegulatorCpd::periodOn(Regulator::Sssc, QDate(2025, 2, 28), declaration);
    EXPECT_EQ(before.to, QDate(2025, 2, 28)); // 29 February is 28 February in other years
    EXPECT_EQ(before.from, QDate(2024, 3, 1));
    const CpdPeriod after = RegulatorCpd::periodOn(Regulator::Sssc, QDate(2025, 3, 1), declaration);
    EXPECT_EQ(after.from, QDate(2025, 3, 1));
    EXPECT_EQ(after.to, QDate(2026, 2, 28));
    const CpdPeriod hcpc = RegulatorCpd::periodOn(Regulator::Hcpc, QDate(2026, 6, 1));
    EXPECT_EQ(hcpc.from, QDate(2024, 6, 2));
    EXPECT_EQ(hcpc.to, QDate(2026, 6, 1));
}

TEST(RegulatorCpd, GapsOfThreeMonthsOrMoreAreFlagged)
{
    const CpdPeriod period{QDate(2024, 6, 2), QDate(2026, 6, 1)};
    // 2 Sep 2024 is exactly three months after the start; 1 Dec 2024 is a day short of three
    // months after it; 1 Apr 2025 to 1 Jun 2026 is 14 months.
    const QList<CpdGap> gaps =
        RegulatorCpd::gaps({QDate(2025, 4, 1), QDate(2024, 9, 2), QDate(2024, 12, 1), QDate(2023, 1, 1)}, period);
    ASSERT_EQ(gaps.size(), 3);
    EXPECT_EQ(gaps[0].from, QDate(2024, 6, 2));
    EXPECT_EQ(gaps[0].to, QDate(2024, 9, 2));
    EXPECT_EQ(gaps[0].months, 3);
    EXPECT_EQ(gaps[1].from, QDate(2024, 12, 1)); // 1 Dec 2024 to 1 Apr 2025: four months
    EXPECT_EQ(gaps[1].months, 4);
    EXPECT_EQ(gaps[2].from, QDate(2025, 4, 1));
    EXPECT_EQ(gaps[2].to, QDate(2026, 6, 1));
    EXPECT_EQ(gaps[2].months, 14);
    EXPECT_TRUE(RegulatorCpd::gaps({QDate(2024, 8, 1), QDate(2024, 10, 31), QDate(2025, 1, 30)},
                                   {QDate(2024, 8, 1), QDate(2025, 1, 30)})
                    .isEmpty());
}

TEST(RegulatorCpd, SocialWorkEnglandAsksForTwoRecordsOneWithPeerReflection)
{
    const QDate today(2026, 10, 1);
    const CpdEntry course = record(QDate(2026, 1, 10), QStringLiteral("Mental Capacity Act course"));
    const CpdEntry lastYear = record(QDate(2025, 11, 30), QStringLiteral("Before the year began"));

    const CpdCheck one = sweCheck({course, lastYear}, today);
    EXPECT_EQ(one.entries.size(), 1);
    EXPECT_EQ(one.problems.size(), 2) << one.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(one.warn());
    EXPECT_EQ(one.daysLeft(), 60);

    CpdEntry peer = record(QDate(2026, 3, 2), QStringLiteral("Team reflective session"));
    peer.peerReflection = QStringLiteral("Sam, a social worker, asked how I weigh a person's wishes");
    const CpdCheck met = sweCheck({course, peer}, today);
    EXPECT_TRUE(met.met()) << met.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_EQ(met.peerReflected, 1);
    EXPECT_FALSE(met.warn());

    // Every record answers the form's questions: an unanswered one is named.
    CpdEntry bare = peer;
    bare.learnt.clear();
    bare.impactPractice.clear();
    bare.impactPeople.clear();
    const CpdCheck incomplete = sweCheck({course, bare}, today);
    ASSERT_EQ(incomplete.problems.size(), 1);
    EXPECT_TRUE(incomplete.problems.first().contains(QStringLiteral("says nothing about"))) << incomplete.problems.first().toStdString();
    EXPECT_TRUE(incomplete.problems.first().contains(QStringLiteral("what was learnt, its impact")));

    // After 30 November the year is judged, not warned about.
    const CpdCheck ended = RegulatorCpd::check(Regulator::SocialWorkEngland, one.period, QDate(2026, 12, 2), {course}, {});
    EXPECT_FALSE(ended.warn());
    EXPECT_TRUE(RegulatorCpd::summary(ended).contains(QStringLiteral("did not meet")));
}

TEST(RegulatorCpd, HcpcAsksForAMixtureAndKeepsToTheWordGuidance)
{
    const QDate today(2026, 6, 1);
    const CpdPeriod period = RegulatorCpd::periodOn(Regulator::Hcpc, today);
    QList<CpdEntry> entries{record(QDate(2024, 7, 1), QStringLiteral("Journal club"), QStringLiteral("Work-based learning")),
                            record(QDate(2025, 9, 1), QStringLiteral("Seating course"), QStringLiteral("work-based learning "))};
    entries[0].evidenceId = 7;
    QMap<CpdText, QString> texts{{CpdText::PracticeSummary, QStringLiteral("word ").repeated(501)},
                                 {CpdText::PersonalStatement, QStringLiteral("I met standard 1 by keeping this log.")}};
    EvidenceSummary certificate;
    certificate.id = 7;
    certificate.title = QStringLiteral("Journal club notes");
    certificate.date = QDate(2024, 7, 1);
    EvidenceSummary unrelated = certificate;
    unrelated.id = 8;
    const CpdCheck c = RegulatorCpd::check(Regulator::Hcpc, period, today, entries, texts, {certificate, unrelated});
    EXPECT_EQ(c.problems.size(), 2) << c.problems.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(c.problems.join(QLatin1Char('\n')).contains(QStringLiteral("not a mixture")));
    EXPECT_TRUE(c.problems.join(QLatin1Char('\n')).contains(QStringLiteral("has 501 words; HCPC asks for up to 500")));
    ASSERT_EQ(c.evidence.size(), 1);
    EXPECT_EQ(c.evidence.first().id, 7);
    ASSERT_EQ(c.gaps.size(), 2); // July 2024 to September 2025, September 2025 to June 2026
    EXPECT_EQ(c.gaps[0].months, 14);
    EXPECT_EQ(c.gaps[1].months, 9);

    entries[1].type = QStringLiteral("Formal and educational");
    texts[CpdText::PracticeSummary] = QStringLiteral("Six years in community occupational therapy.");
    const CpdCheck fixed = RegulatorCpd::check(Regulator::Hcpc, period, today, entries, texts, {certificate});
    EXPECT_TRUE(fixed.met()) << fixed.problems.join(QLatin1Char('\n')).toStdString();

    const QString text = RegulatorCpd::exportText(fixed, Worker{QStringLiteral("Robin Ot")});
    EXPECT_TRUE(text.contains(QStringLiteral("1. Summary of practice history\n6 words (up to 500)\nSix years")));
    EXPECT_TRUE(text.contains(QStringLiteral("Gap: no CPD from 1 July 2024 to 1 September 2025")));
    EXPECT_LT(text.indexOf(QStringLiteral("1 July 2024: Journal club (Work-based learning)")), text.indexOf(QStringLiteral("Gap:")));
    EXPECT_TRUE(text.contains(QStringLiteral("\n4. seek to ensure that their CPD benefits the service user; and\n")));
    EXPECT_TRUE(text.contains(QStringLiteral("E7: Journal club notes (1 July 2024), for: Journal club")));
}

TEST(RegulatorCpd, SsscLogShowsWhichCoreLearningElementsAreCovered)
{
    const QDate today(2026, 6, 1);
    const QMap<CpdText, QString> texts{{CpdText::CoreLearningElements, QStringLiteral("Trauma-informed practice\n\n  Protection \n")},
                                       {CpdText::DeclarationDate, QStringLiteral("2023-09-15")}};
    const CpdPeriod period = RegulatorCpd::periodOn(Regulator::Sssc, today, QDate(2023, 9, 15));
    EXPECT_EQ(period.from, QDate(2025, 9, 16));
    CpdEntry e = record(QDate(2026, 1, 5), QStringLiteral("Trauma skilled module"));
    e.learningElement = QStringLiteral("trauma-informed practice");
    const CpdCheck c = RegulatorCpd::check(Regulator::Sssc, period, today, {e}, texts);
    EXPECT_EQ(c.coreElements, (QStringList{QStringLiteral("Trauma-informed practice"), QStringLiteral("Protection")}));
    EXPECT_EQ(c.uncoveredElements, QStringList{QStringLiteral("Protection")});
    ASSERT_EQ(c.problems.size(), 1);
    const QString text = RegulatorCpd::exportText(c, Worker{QStringLiteral("Jo Care")});
    EXPECT_TRUE(text.contains(QStringLiteral("Contribution to my practice: My assessments record each stage")));
    EXPECT_TRUE(text.contains(QStringLiteral("\nProtection: not covered yet")));

    const CpdCheck undated = RegulatorCpd::check(Regulator::Sssc, period, today, {e}, {});
    EXPECT_TRUE(undated.problems.first().contains(QStringLiteral("annual declaration")));
}

TEST(RegulatorCpd, TheRegistrationBodySaysWhichRulesApply)
{
    Worker w;
    w.registrationBody = QStringLiteral("Social Work England");
    EXPECT_EQ(RegulatorCpd::regulatorOf(w), Regulator::SocialWorkEngland);
    w.registrationBody = QStringLiteral(" hcpc ");
    EXPECT_EQ(RegulatorCpd::regulatorOf(w), Regulator::Hcpc);
    w.registrationBody = QStringLiteral("Scottish Social Services Council");
    EXPECT_EQ(RegulatorCpd::regulatorOf(w), Regulator::Sssc);
    w.registrationBody = QStringLiteral("Social Care Wales");
    EXPECT_FALSE(RegulatorCpd::regulatorOf(w));
    w.registrationBody.clear();
    w.profession = QStringLiteral("social-worker");
    EXPECT_FALSE(RegulatorCpd::regulatorOf(w)); // England, Scotland, Wales or Northern Ireland
    w.profession = QStringLiteral("occupational-therapist");
    EXPECT_EQ(RegulatorCpd::regulatorOf(w), Regulator::Hcpc);
}

TEST(RegulatorCpd, RecordsAndProfileTextsSurviveTheFileAndTheArchive)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ot.waymark"));
    const QString archive = dir.filePath(QStringLiteral("ot.archive"));
    const QString imported = dir.filePath(QStringLiteral("imported.waymark"));
    CpdEntry e = record(QDate(2026, 2, 3), QStringLiteral("Splinting workshop"), QStringLiteral("Formal and educational"));
    e.peerReflection = QStringLiteral("Discussed with a senior OT");
    e.learningElement = QStringLiteral("Protection");
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(path));
        e.id = store.addCpdEntry(e);
        ASSERT_GT(e.id, 0) << store.errorString().toStdString();
        ASSERT_TRUE(store.setCpdText(CpdText::PersonalStatement, QStringLiteral("Statement line one\nline two")));
        ASSERT_TRUE(store.setCpdText(CpdText::DeclarationDate, QStringLiteral(" 2023-09-15 ")));
        EXPECT_FALSE(store.setCpdText(CpdText::DeclarationDate, QStringLiteral("15/09/2023")));
        EXPECT_EQ(store.lastError().code(), StoreError::Code::Invalid);
        EXPECT_EQ(store.cpdText(CpdText::DeclarationDate), QStringLiteral("2023-09-15")); // the refused date changed nothing
        ASSERT_TRUE(store.exportArchive(archive));
    }
    QString error;
    ASSERT_TRUE(PortfolioStore::importArchive(archive, imported, &error)) << error.toStdString();
    for (const QString& file : {path, imported}) {
        PortfolioStore store;
        ASSERT_TRUE(store.open(file, PortfolioStore::OpenMode::OpenExisting));
        const QList<CpdEntry> entries = store.cpdEntries();
        ASSERT_EQ(entries.size(), 1);
        const CpdEntry& got = entries.first();
        EXPECT_EQ(got.type, e.type);
        EXPECT_EQ(got.relevance, e.relevance);
        EXPECT_EQ(got.learnt, e.learnt);
        EXPECT_EQ(got.impactPractice, e.impactPractice);
        EXPECT_EQ(got.impactPeople, e.impactPeople);
        EXPECT_EQ(got.peerReflection, e.peerReflection);
        EXPECT_EQ(got.learningElement, e.learningElement);
        EXPECT_EQ(store.cpdText(CpdText::PersonalStatement), QStringLiteral("Statement line one\nline two"));
        EXPECT_EQ(store.cpdText(CpdText::PracticeSummary), QString());
    }
    PortfolioStore store;
    ASSERT_TRUE(store.open(path, PortfolioStore::OpenMode::OpenExisting));
    ASSERT_TRUE(store.setCpdText(CpdText::PersonalStatement, QStringLiteral("  ")));
    EXPECT_EQ(store.cpdText(CpdText::PersonalStatement), QString()); // an empty text removes it
    // The store's check reads the declaration date: its year ends on 15 September.
    const std::optional<CpdPeriod> period = RegulatorCpd::period(store, Regulator::Sssc, QDate(2026, 2, 3));
    ASSERT_TRUE(period);
    EXPECT_EQ(period->to, QDate(2026, 9, 15));
    EXPECT_EQ(RegulatorCpd::check(store, Regulator::Sssc, *period).entries.size(), 1);
}
