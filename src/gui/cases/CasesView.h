#pragma once

#include "waymark/ProgressionCase.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace waymark::gui {

class CaseListModel;
class PortfolioSession;

// Progression cases, for the worker (submit for a target, withdraw) and for each approving
// role (the cases awaiting it, and its decision). The selected case shows as the approvers
// see it: its stages, its record and the snapshot frozen when it was submitted. Decisions
// are append-only, so they are confirmed instead of undone.
class CasesView : public QWidget
{
    Q_OBJECT

public:
    explicit CasesView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    // "worker", or one of approvalRoles(): who is using the screen.
    void setActingAs(const QString& role);
    QString actingAs() const;
    void submitCase();
    void withdrawCase();
    void recordDecision();
    void writeLetter();

    CaseListModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QTextBrowser* detail() const { return m_detail; }
    QComboBox* actingAsBox() const { return m_actingAs; }
    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* targetBox() const { return m_target; }
    QComboBox* decisionBox() const { return m_decision; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* withdrawButton() const { return m_withdraw; }
    QPushButton* decideButton() const { return m_decide; }
    QPushButton* letterButton() const { return m_letter; }

private:
    const ProgressionCase* selected() const;
    void showSelected();
    void fillTargets();
    void fillActingAs();
    void fillName();
    void updateActions();
    CaseActor actor() const;
    QString describe(const ProgressionCase& c) const;

    PortfolioSession* m_session;
    CaseListModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QTextBrowser* m_detail = nullptr;
    QComboBox* m_actingAs = nullptr;
    QLineEdit* m_name = nullptr;
    QLabel* m_signedIn = nullptr;
    QWidget* m_workerActions = nullptr;
    QWidget* m_approverActions = nullptr;
    QComboBox* m_target = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_withdraw = nullptr;
    QPushButton* m_letter = nullptr;
    QComboBox* m_decision = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPushButton* m_decide = nullptr;
};

} // namespace waymark::gui
