#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QTreeView;

namespace waymark::gui {

class LinkedEvidenceModel;
class ItemTreeModel;
class PortfolioSession;

// A supervisor's judgement on one or several items: "reached" or "not yet reached", with who,
// in what role, when, and why. Each item gets its own judgement, which is never changed later.
class SignOffDialog : public QDialog
{
    Q_OBJECT

public:
    SignOffDialog(PortfolioSession* session, const QList<ItemRef>& items, QWidget* parent = nullptr);

    void accept() override;
    int recordedCount() const { return m_recorded; }

    ItemTreeModel* itemModel() const { return m_items; }
    QRadioButton* reachedButton() const { return m_reached; }
    QRadioButton* notYetButton() const { return m_notYet; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* roleEdit() const { return m_role; }
    QDateEdit* dateEdit() const { return m_date; }
    QPlainTextEdit* commentEdit() const { return m_comment; }
    QComboBox* sessionBox() const { return m_sessionBox; }

private:
    void showEvidenceFor(const QModelIndex& index);
    void updateSummary();

    PortfolioSession* m_session;
    ItemTreeModel* m_items = nullptr;
    QTreeView* m_tree = nullptr;
    LinkedEvidenceModel* m_evidence = nullptr;
    QLabel* m_evidenceTitle = nullptr;
    QLabel* m_summary = nullptr;
    QRadioButton* m_reached = nullptr;
    QRadioButton* m_notYet = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_role = nullptr;
    QDateEdit* m_date = nullptr;
    QPlainTextEdit* m_comment = nullptr;
    QComboBox* m_sessionBox = nullptr;
    int m_recorded = 0;
};

} // namespace waymark::gui
