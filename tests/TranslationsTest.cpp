#include "waymark/Readiness.h"
#include "waymark/Translations.h"

#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

using waymark::ReadinessEngine;
using waymark::Translations;

namespace {

// Each test leaves the application without the catalogues it installed.
class TranslationsTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

    const QString welshDir = QStringLiteral(WAYMARK_TEST_QM_DIR);
};

} // namespace

TEST_F(TranslationsTest, SourceCatalogueIsEmbeddedAndChangesNothing)
{
    EXPECT_TRUE(QFile::exists(QStringLiteral(":/i18n/waymark_en_GB.qm")));
    EXPECT_TRUE(Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
    EXPECT_EQ(ReadinessEngine::tr("Ready"), QStringLiteral("Ready"));
    EXPECT_EQ(QCoreApplication::translate("Cli", "list the loaded pathways"), QStringLiteral("list the loaded pathways"));
}

TEST_F(TranslationsTest, WelshFileTranslatesCliAndCoreText)
{
    // cy_GB finds waymark_cy: a catalogue is named by its language alone.
    ASSERT_TRUE(Translations::install(QLocale(QLocale::Welsh, QLocale::UnitedKingdom), welshDir));
    EXPECT_EQ(QCoreApplication::translate("Cli", "list the loaded pathways"),
              QStringLiteral("rhestru'r llwybrau sydd wedi'u llwytho"));
    EXPECT_EQ(ReadinessEngine::tr("Ready"), QStringLiteral("Yn barod"));
    // Text the catalogue does not translate stays in the en_GB source.
    EXPECT_EQ(ReadinessEngine::tr("Not yet"), QStringLiteral("Not yet"));
}

TEST_F(TranslationsTest, LanguageWithoutCatalogueStaysInEnglish)
{
    EXPECT_FALSE(Translations::install(QLocale(QLocale::French, QLocale::France), welshDir));
    EXPECT_FALSE(Translations::install(QLocale(QLocale::Gaelic, QLocale::UnitedKingdom)));
    EXPECT_EQ(ReadinessEngine::tr("Ready"), QStringLiteral("Ready"));
}
