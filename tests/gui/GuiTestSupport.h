#pragma once

#include "StoreTestSupport.h"
#include "TestSupport.h"

#include "common/MessageBox.h"
#include "evidence/EvidenceView.h"
#include "main/MainWindow.h"
#include "main/PortfolioSession.h"
#include "matrix/MatrixView.h"

#include <gtest/gtest.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace waymark::test {

// Runs fn on the first visible dialog of type Dialog once it opens (dialogs run their own
// event loop through exec(), so the test answers from a timer).
template <typename Dialog> void whenDialogOpens(std::function<void(Dialog*)> fn)
{
    auto* timer = new QTimer;
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, [timer, fn] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<Dialog*>(w);
            if (dialog && dialog->isVisible()) {
                timer->stop();
                timer->deleteLater();
                fn(dialog);
                return;
            }
        }
    });
    timer->start();
}

// Checks a model while the test changes it: any broken promise of QAbstractItemModel fails.
inline std::unique_ptr<QAbstractItemModelTester> checkModel(QAbstractItemModel* model)
{
    return std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

// A main window on a fresh portfolio in a temporary folder, with a fixed clock.
class GuiTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        gui::MessageBox::clearShownTexts();
        // An unexpected box must not hang the test: it is answered "OK" and its text recorded,
        // and tests check MessageBox::shownTexts() where no message is expected.
        gui::MessageBox::setAutoAnswer(QMessageBox::Ok);
        m_window = std::make_unique<gui::MainWindow>(bundledLibrary());
        session()->setToday(today());
        ASSERT_TRUE(m_window->openPortfolio(path(), PortfolioStore::OpenMode::CreateNew));
    }

    void TearDown() override
    {
        gui::MessageBox::setAutoAnswer(QMessageBox::NoButton);
        m_window.reset();
    }

    static QDate today() { return QDate(2026, 6, 1); }
    QString path(const QString& name = QStringLiteral("portfolio.waymark")) const { return m_dir.filePath(name); }
    gui::MainWindow* window() const { return m_window.get(); }
    gui::PortfolioSession* session() const { return m_window->session(); }
    PortfolioStore& store() const { return m_window->session()->store(); }

    // A Buckinghamshire social worker on R6 aiming for R7, with the role and award the
    // transition rule asks for, so that only the R7 competencies stand in the way.
    void setUpBuckinghamshireWorker()
    {
        Worker w;
        w.name = QStringLiteral("Priya Shah");
        w.profession = QStringLiteral("social-worker");
        w.pathwayId = QStringLiteral("buckinghamshire-social-worker-r6-r7");
        w.currentStep = QStringLiteral("r6");
        w.targetStep = QStringLiteral("r7");
        w.supervisorName = QStringLiteral("Dana Okafor");
        w.supervisorRole = QStringLiteral("Team manager");
        w.qualified = QDate(2021, 7, 1);
        ASSERT_TRUE(store().saveWorker(w));
        RoleRecord role;
        role.title = QStringLiteral("Social Worker");
        role.start = QDate(2023, 9, 1);
        ASSERT_NE(store().addRole(role), 0);
        AwardRecord award;
        award.award = QStringLiteral("bia");
        award.title = QStringLiteral("Best Interest Assessor");
        award.status = AwardRecord::Status::InProgress;
        ASSERT_NE(store().addAward(award), 0);
    }

    // Shows a screen as it is used: the matrix on r7-key-3 and the evidence screen on the first
    // evidence, which the test has added.
    void showFilledScreen(gui::MainWindow::Screen screen)
    {
        m_window->showScreen(screen);
        if (screen == gui::MainWindow::Screen::Matrix)
            m_window->matrix()->showItem(bucks(QStringLiteral("r7-key-3")));
        if (screen == gui::MainWindow::Screen::Evidence)
            m_window->evidence()->showEvidence(store().findEvidence().first().id);
        QApplication::processEvents();
    }

    static ItemRef bucks(const QString& item)
    {
        return { QStringLiteral("buckinghamshire-social-worker-r6-r7"), item };
    }

    QTemporaryDir m_dir;
    std::unique_ptr<gui::MainWindow> m_window;
};

} // namespace waymark::test
