#include "TestSupport.h"

#include "waymark/PathwayLibrary.h"

#include <gtest/gtest.h>

using namespace waymark;

namespace {

class BundledPathways : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_library = new PathwayLibrary;
        s_library->load(QStringLiteral("-"));
    }
    static void TearDownTestSuite()
    {
        delete s_library;
        s_library = nullptr;
    }
    const Pathway& pathway(const char* id)
    {
        const Pathway* p = s_library->find(QLatin1String(id));
        EXPECT_TRUE(p) << id;
        return *p;
    }
    static bool anyStatementIs(const Pathway& p, const QString& text)
    {
        for (const QString& id : p.allAssessableIds())
            if (p.statementOf(id) == text)
                return true;
        return false;
    }
    static PathwayLibrary* s_library;
};

PathwayLibrary* BundledPathways::s_library = nullptr;

} // namespace

TEST_F(BundledPathways, AllFiveLoadWithoutProblems)
{
    EXPECT_TRUE(s_library->problems().isEmpty()) << formatProblems(s_library->problems()).toStdString();
    EXPECT_EQ(s_library->pathways().size(), 5);
}

TEST_F(BundledPathways, CamdenHasSixStepsInOrderWithGradesAndPcfLevels)
{
    const Pathway& p = pathway("camden-launch-pad");
    ASSERT_EQ(p.steps.size(), 6);
    const QStringList titles = {QStringLiteral("Newly qualified social worker"), QStringLiteral("Social worker"),
                                QStringLiteral("Advanced social worker"), QStringLiteral("Team manager"),
                                QStringLiteral("Service manager"), QStringLiteral("Head of service")};
    for (int i = 0; i < 6; ++i)
        EXPECT_EQ(p.steps[i].title, titles[i]);
    EXPECT_EQ(p.steps[3].attributes[0].value, QStringLiteral("Level 5, Zone 1"));
    EXPECT_EQ(p.steps[3].attributes[1].value, QStringLiteral("PCF level 8 (Advanced social worker)"));
    EXPECT_EQ(p.steps[0].objective, QStringLiteral("Building the foundations of professional knowledge, skills and expertise"));
    EXPECT_EQ(p.transitions.size(), 5);
}

TEST_F(BundledPathways, CamdenRequirementsAndLearningOffersAreWordedAsTheSource)
{
    const Pathway& p = pathway("camden-launch-pad");
    EXPECT_TRUE(anyStatementIs(p, QStringLiteral("Completed AYSE or minimum of 1 year PQE/level 6 PCF")));
    EXPECT_TRUE(anyStatementIs(p, QStringLiteral("Practice Educator award stage 2 or equivalent experience of coaching, mentoring or supporting junior staff")));
    EXPECT_TRUE(anyStatementIs(p, QStringLiteral("Providing professional leadership across the directorate")));
    const Step* tm = p.step(QStringLiteral("team-manager"));
    ASSERT_TRUE(tm);
    EXPECT_EQ(tm->groups[0].items.size(), 7);
    EXPECT_EQ(tm->learningOffers.size(), 8);
    EXPECT_EQ(p.steps[0].learningOffers[1].title, QStringLiteral("Protected case loads"));
    EXPECT_TRUE(p.transitionTo(QStringLiteral("advanced-social-worker"))->mechanism.contains(QStringLiteral("Progression Panel")));
    const QList<ApprovalStage> panel = p.approvalFor(QStringLiteral("advanced-social-worker"));
    ASSERT_EQ(panel.size(), 1);
    EXPECT_EQ(panel[0].title, QStringLiteral("Progression Panel"));
    EXPECT_TRUE(panel[0].decides);
    EXPECT_EQ(p.approvalFor(QStringLiteral("social-worker")).size(), 2); // the assessor recommends, the panel ratifies
    EXPECT_EQ(p.approvalFor(QStringLiteral("team-manager"))[0].title, QStringLiteral("Interview panel"));
}

TEST_F(BundledPathways, BuckinghamshireTablesHaveTheirThreeColumns)
{
    for (const char* id : {"buckinghamshire-social-worker-r6-r7", "buckinghamshire-occupational-therapist-r6-r7"}) {
        const Pathway& p = pathway(id);
        ASSERT_EQ(p.steps.size(), 2) << id;
        EXPECT_EQ(p.steps[0].groups.size(), 2) << id;
        EXPECT_EQ(p.steps[1].groups.size(), 1) << id;
        EXPECT_EQ(p.steps[0].groups[0].items.size(), 5) << id;
        ASSERT_EQ(p.transitions.size(), 1);
        EXPECT_EQ(p.transitions[0].process.size(), 5);
        // Process step 3: the manager shares, the Head of Service recommends, the Operational Director signs off.
        const QList<ApprovalStage> stages = p.approvalFor(QStringLiteral("r7"));
        ASSERT_EQ(stages.size(), 3) << id;
        EXPECT_EQ(stages[0].role, QStringLiteral("manager"));
        EXPECT_EQ(stages[1].role, QStringLiteral("head-of-service"));
        EXPECT_EQ(stages[2].title, QStringLiteral("Operational Director"));
        EXPECT_TRUE(stages[2].decides);
        EXPECT_TRUE(anyStatementIs(p, QStringLiteral("Successful completion qualifying year together with two years post qualifying experience of working as a Range 6 Practitioner")));
    }
    const Pathway& sw = pathway("buckinghamshire-social-worker-r6-r7");
    EXPECT_EQ(sw.steps[0].groups[1].title, QStringLiteral("Social Worker – Key Competencies Range 6"));
    EXPECT_EQ(sw.steps[0].groups[1].items.size(), 11);
    EXPECT_EQ(sw.steps[1].groups[0].items.size(), 12);
    EXPECT_TRUE(anyStatementIs(sw, QStringLiteral("The new R6 Social Worker will have recently successfully completed the ASYE programme.")));
    EXPECT_TRUE(anyStatementIs(sw, QStringLiteral("Deliver formal professional reflective supervision and provide guidance and advice regarding casework to less experienced staff and colleagues.")));
    const Pathway& ot = pathway("buckinghamshire-occupational-therapist-r6-r7");
    EXPECT_EQ(ot.steps[0].groups[1].items.size(), 12);
    EXPECT_EQ(ot.steps[1].groups[0].items.size(), 13);
    EXPECT_TRUE(anyStatementIs(ot, QStringLiteral("The new R6 Occupational Therapist will have recently successfully completed their OT Preceptorship programme.")));
    EXPECT_TRUE(anyStatementIs(ot, QStringLiteral("They will take an active part in the assessment of Mental Capacity, Safeguarding Adults and carers and NHS Continuing Healthcare.")));
}

TEST_F(BundledPathways, SsscPersonalCapabilitiesAreNinePlusEightAtFourStages)
{
    const Pathway& p = pathway("sssc-clf-personal-capabilities");
    ASSERT_EQ(p.stages.size(), 4);
    EXPECT_EQ(p.stages[0].id, QStringLiteral("engaged"));
    EXPECT_EQ(p.stages[3].id, QStringLiteral("exemplary"));
    ASSERT_EQ(p.groups.size(), 2);
    EXPECT_EQ(p.groups[0].items.size(), 9);
    EXPECT_EQ(p.groups[1].items.size(), 8);
    for (const Group& g : p.groups)
        for (const Item& item : g.items)
            for (const Stage& s : p.stages) {
                bool found = false;
                for (const Indicator& ind : item.indicators)
                    found = found || ind.stage == s.id;
                EXPECT_TRUE(found) << item.id.toStdString() << " has no indicator at " << s.id.toStdString();
            }
    EXPECT_EQ(p.item(QStringLiteral("self-confidence"))->indicators[0].statement,
              QStringLiteral("Is confident in their ability to carry out their role if they are provided with the necessary support."));
    EXPECT_TRUE(anyStatementIs(p, QStringLiteral("Demonstrates a commitment to the principle of learning and development of self and others.")));
    const RoleProfile* manager = p.roleProfile(QStringLiteral("nursery-manager"));
    ASSERT_TRUE(manager);
    EXPECT_EQ(manager->requirements.size(), 2);
    EXPECT_EQ(manager->requirements[0].stage, QStringLiteral("accomplished"));
    EXPECT_TRUE(p.approvalFor(QStringLiteral("nursery-manager")).isEmpty()); // the framework names no approval
}

TEST_F(BundledPathways, SsscOrganisationalCapabilitiesHaveBothPerspectives)
{
    const Pathway& p = pathway("sssc-clf-organisational-capabilities");
    ASSERT_EQ(p.groups.size(), 1);
    ASSERT_EQ(p.groups[0].items.size(), 5);
    EXPECT_EQ(p.stages.size(), 4);
    EXPECT_EQ(p.perspectives.size(), 2);
    for (const Item& item : p.groups[0].items) {
        int organisation = 0, worker = 0;
        for (const Indicator& ind : item.indicators)
            (ind.perspective == QLatin1String("organisation") ? organisation : worker)++;
        EXPECT_GT(organisation, 0) << item.id.toStdString();
        EXPECT_GT(worker, 0) << item.id.toStdString();
    }
    EXPECT_TRUE(anyStatementIs(p, QStringLiteral("Promotes the use of feedback as a way of supporting learning through reflection on individual practice.")));
    EXPECT_EQ(p.groups[0].items[0].title, QStringLiteral("A belief that the organisation has a learning and performance culture"));
}
