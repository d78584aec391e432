#include "GuiTestSupport.h"

#include "common/PathwayChooser.h"
#include "main/FirstRunDialog.h"
#include "main/RecentPortfolios.h"
#include "overview/OverviewView.h"
#include "undo/PortfolioChanges.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace waymark;
using namespace waymark::gui;
using namespace waymark::test;

namespace {

class GuiFirstRun : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        MessageBox::clearShownTexts();
        MessageBox::setAutoAnswer(QMessageBox::Ok);
        RecentPortfolios::clear();
        removeDefault();
    }
    void TearDown() override
    {
        removeDefault();
        MessageBox::setAutoAnswer(QMessageBox::NoButton);
    }
    static void removeDefault()
    {
        for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(PortfolioStore::defaultPath() + suffix);
    }
    QTemporaryDir m_dir;
};

TEST_F(GuiFirstRun, CreatesTheDefaultPortfolioAndAsksWhoTheWorkerIs)
{
    MainWindow window(bundledLibrary());
    ASSERT_TRUE(window.openAtStart());
    EXPECT_TRUE(QFile::exists(PortfolioStore::defaultPath()));
    EXPECT_EQ(window.session()->path(), QFileInfo(PortfolioStore::defaultPath()).absoluteFilePath());
    EXPECT_TRUE(window.windowTitle().contains(QStringLiteral("portfolio.waymark")));

    bool answered = false;
    whenDialogOpens<FirstRunDialog>([&](FirstRunDialog* dialog) {
        QPushButton* start = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        EXPECT_FALSE(start->isEnabled()) << "a name is needed first";
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Sam Taylor"));
        EXPECT_TRUE(start->isEnabled());
        // Choosing the profession brings that profession's pathway to the front.
        dialog->professionBox()->setCurrentIndex(
            dialog->professionBox()->findData(QStringLiteral("occupational-therapist")));
        EXPECT_EQ(dialog->chooser()->pathwayId(), QStringLiteral("buckinghamshire-occupational-therapist-r6-r7"));
        QComboBox* current = dialog->chooser()->currentBox();
        current->setCurrentIndex(current->findData(QStringLiteral("r6")));
        QComboBox* target = dialog->chooser()->targetBox();
        target->setCurrentIndex(target->findData(QStringLiteral("r7")));
        answered = true;
        QTest::mouseClick(start, Qt::LeftButton);
    });
    EXPECT_TRUE(window.offerFirstRun());
    EXPECT_TRUE(answered);

    const Worker& w = window.session()->worker();
    EXPECT_EQ(w.name, QStringLiteral("Sam Taylor"));
    EXPECT_EQ(w.profession, QStringLiteral("occupational-therapist"));
    EXPECT_EQ(w.pathwayId, QStringLiteral("buckinghamshire-occupational-therapist-r6-r7"));
    EXPECT_EQ(w.currentStep, QStringLiteral("r6"));
    EXPECT_EQ(w.targetStep, QStringLiteral("r7"));
    // Saved in the file, not only in memory.
    PortfolioStore reopened;
    ASSERT_TRUE(reopened.open(PortfolioStore::defaultPath(), PortfolioStore::OpenMode::ReadOnly));
    EXPECT_EQ(reopened.worker().name, QStringLiteral("Sam Taylor"));
    // The overview shows where the worker now stands.
    EXPECT_EQ(
        window.overview()->findChild<QLabel*>(QStringLiteral("overviewHeading"))->text(), QStringLiteral("Sam Taylor"));
    EXPECT_TRUE(window.overview()->verdictLabel()->text().contains(QStringLiteral("Advanced Practitioner")))
        << window.overview()->verdictLabel()->text().toStdString();
    EXPECT_TRUE(MessageBox::shownTexts().isEmpty()) << MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
}

TEST_F(GuiFirstRun, LaterLeavesThePortfolioUnnamedAndAsksAgainNextTime)
{
    MainWindow window(bundledLibrary());
    ASSERT_TRUE(window.openAtStart());
    whenDialogOpens<FirstRunDialog>([](FirstRunDialog* dialog) { dialog->reject(); });
    EXPECT_FALSE(window.offerFirstRun());
    EXPECT_TRUE(window.session()->worker().name.isEmpty());
}

TEST_F(GuiFirstRun, DoesNotAskWhenTheWorkerHasAName)
{
    const QString file = m_dir.filePath(QStringLiteral("named.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(file, PortfolioStore::OpenMode::CreateNew));
        Worker w;
        w.name = QStringLiteral("Alex");
        ASSERT_TRUE(store.saveWorker(w));
    }
    MainWindow window(bundledLibrary());
    ASSERT_TRUE(window.openAtStart(file));
    EXPECT_FALSE(window.offerFirstRun());
}

TEST_F(GuiFirstRun, OpensTheLastPortfolioOpened)
{
    const QString file = m_dir.filePath(QStringLiteral("mine.waymark"));
    {
        MainWindow first(bundledLibrary());
        ASSERT_TRUE(first.openAtStart(file)); // --portfolio: created when missing
        EXPECT_TRUE(QFile::exists(file));
    }
    MainWindow second(bundledLibrary());
    ASSERT_TRUE(second.openAtStart());
    EXPECT_EQ(second.session()->path(), QFileInfo(file).absoluteFilePath());
    EXPECT_FALSE(QFile::exists(PortfolioStore::defaultPath()));
    EXPECT_TRUE(second.windowTitle().startsWith(QStringLiteral("mine.waymark")));
}

TEST_F(GuiFirstRun, AFileThatIsNotAPortfolioIsReportedAndTheOpenOneStays)
{
    const QString good = m_dir.filePath(QStringLiteral("good.waymark"));
    const QString bad = m_dir.filePath(QStringLiteral("notes.waymark"));
    QFile f(bad);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("these are my notes, not a database");
    f.close();
    MainWindow window(bundledLibrary());
    ASSERT_TRUE(window.openAtStart(good));
    EXPECT_FALSE(window.openPortfolio(bad));
    ASSERT_EQ(MessageBox::shownTexts().size(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("not a Waymark portfolio")));
    EXPECT_EQ(window.session()->path(), QFileInfo(good).absoluteFilePath());
    EXPECT_TRUE(window.session()->isOpen());
    // The file was left as it was.
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_EQ(f.readAll(), QByteArray("these are my notes, not a database"));
}

TEST_F(GuiFirstRun, AFileFoundDamagedAfterOpeningIsReportedAndNothingIsSavedToIt)
{
    const QString damaged = m_dir.filePath(QStringLiteral("damaged.waymark"));
    ASSERT_NO_FATAL_FAILURE(writeDamagedPortfolio(damaged, 0.8));
    const QByteArray before = fileHash(damaged);
    {
        MainWindow window(bundledLibrary());
        ASSERT_TRUE(window.openAtStart(damaged)) << "it opens at once; the check runs behind";
        QTRY_COMPARE(MessageBox::shownTexts().size(), 1);
        EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("is damaged"))) << MessageBox::shownTexts().first().toStdString();
        EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("will not save")));
        Evidence e = makeEvidence(QStringLiteral("Not saved"));
        EXPECT_EQ(window.session()->store().addEvidence(e), 0);
        EXPECT_TRUE(window.session()->store().errorString().contains(QStringLiteral("Nothing was saved")));
    }
    EXPECT_EQ(fileHash(damaged), before);
}

TEST_F(GuiFirstRun, APortfolioReplacedWhileOpenIsOfferedToBeOpenedAgain)
{
    const QString file = m_dir.filePath(QStringLiteral("alex.waymark"));
    const QString backup = m_dir.filePath(QStringLiteral("backup.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(backup));
        ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("From the backup"))), 0);
    }
    MainWindow window(bundledLibrary());
    ASSERT_TRUE(window.openAtStart(file));
    MessageBox::clearShownTexts();
    ASSERT_TRUE(QFile::remove(file));
    ASSERT_TRUE(QFile::rename(backup, file)); // restored from a backup, with Waymark open

    // A save is refused, and the offer to open it again follows the screen's own message.
    MessageBox::setAutoAnswer(QMessageBox::NoButton);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    EXPECT_EQ(window.session()->changes()->addEvidence(makeEvidence(QStringLiteral("Lost?"))), 0);
    EXPECT_TRUE(window.session()->changes()->errorString().contains(QStringLiteral("Nothing was saved")));
    QTRY_COMPARE(MessageBox::shownTexts().size(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("was replaced by another file")))
        << MessageBox::shownTexts().first().toStdString();
    EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("Open the portfolio again now?")));
    QTRY_COMPARE(window.session()->store().evidenceCount(true), 1);
    EXPECT_GT(window.session()->changes()->addEvidence(makeEvidence(QStringLiteral("Saved into the restored file"))), 0);
    MessageBox::setAutoAnswer(QMessageBox::Ok);
}

TEST_F(GuiFirstRun, ADamagedSearchIndexIsRebuiltWhenThePersonAgrees)
{
    const QString file = m_dir.filePath(QStringLiteral("index.waymark"));
    {
        PortfolioStore store;
        ASSERT_TRUE(store.open(file));
        ASSERT_GT(store.addEvidence(makeEvidence(QStringLiteral("Carers assessment"))), 0);
    }
    {
        // Damage inside the index, made as another program would.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        db.setDatabaseName(file);
        ASSERT_TRUE(db.open());
        ASSERT_TRUE(QSqlQuery(db).exec(QStringLiteral(
            "INSERT INTO evidence_fts (evidence_fts, rowid, title, narrative, reflection) VALUES ('delete', 1, 'x', 'y', 'z')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    MainWindow window(bundledLibrary());
    MessageBox::setAutoAnswer(QMessageBox::NoButton);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    ASSERT_TRUE(window.openAtStart(file)); // it opens at once; the checks run behind
    QTRY_COMPARE(MessageBox::shownTexts().size(), 1);
    EXPECT_TRUE(MessageBox::shownTexts().first().contains(QStringLiteral("search index"))) << MessageBox::shownTexts().first().toStdString();
    EXPECT_FALSE(window.session()->store().searchIndexDamaged());
    EXPECT_GT(window.session()->changes()->addEvidence(makeEvidence(QStringLiteral("Saved after the rebuild"))), 0);
    MessageBox::setAutoAnswer(QMessageBox::Ok);
}

} // namespace

namespace {

TEST_F(GuiFirstRun, ARoleProfileCanBeTheTarget)
{
    MainWindow window(bundledLibrary());
    ASSERT_TRUE(window.openAtStart(m_dir.filePath(QStringLiteral("sssc.waymark"))));
    bool answered = false;
    whenDialogOpens<FirstRunDialog>([&](FirstRunDialog* dialog) {
        QTest::keyClicks(dialog->nameEdit(), QStringLiteral("Sunita Rai"));
        QComboBox* pathway = dialog->chooser()->pathwayBox();
        pathway->setCurrentIndex(pathway->findData(QStringLiteral("sssc-clf-personal-capabilities")));
        QComboBox* target = dialog->chooser()->targetBox();
        EXPECT_TRUE(target->isEnabled());
        const int row = target->findText(QStringLiteral("Role profile: Nursery manager"));
        ASSERT_GT(row, 0);
        target->setCurrentIndex(row);
        answered = true;
        QTest::mouseClick(dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    });
    EXPECT_TRUE(window.offerFirstRun());
    EXPECT_TRUE(answered);
    EXPECT_EQ(window.session()->worker().targetStep, QStringLiteral("nursery-manager"));
    const QString verdict = window.overview()->verdictLabel()->text();
    EXPECT_TRUE(verdict.startsWith(QStringLiteral("Not yet ready for the Nursery manager role profile"))) << verdict.toStdString();
    EXPECT_FALSE(verdict.contains(QStringLiteral("has no step")));
}

} // namespace
