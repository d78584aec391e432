#pragma once

#include "waymark/PortfolioTypes.h"

#include <QWidget>

class QAction;
class QLabel;
class QListView;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace waymark::gui {

class CommentListModel;
class LinkedEvidenceModel;
class LinkedEvidenceView;
class JudgementHistoryModel;
class PortfolioSession;

// What the matrix knows about the selected row: its statement, and for an item or indicator
// its evidence, its judgement history (never edited) and its comments.
class ItemDetailPanel : public QWidget
{
    Q_OBJECT

public:
    struct Subject
    {
        QString title;
        QString context; // where it sits: step, group, capability, stage
        QString statement;
        QList<ItemRef> items; // every judgeable item it covers
        bool single = false; // it is itself one judgeable item or indicator
    };

    // The actions become buttons above the item's parts; trailing (if any) follows them.
    ItemDetailPanel(PortfolioSession* session, const QList<QAction*>& actions, QWidget* trailing = nullptr,
        QWidget* parent = nullptr);

    void setSubject(const Subject& subject);
    void refresh();

    LinkedEvidenceModel* evidenceModel() const { return m_evidence; }
    LinkedEvidenceView* evidenceView() const { return m_evidenceView; }
    // Asks for the selected evidence's mapping note and saves it (undoable).
    void editNote();
    JudgementHistoryModel* historyModel() const { return m_history; }
    CommentListModel* commentModel() const { return m_comments; }
    QLabel* stateLabel() const { return m_state; }

signals:
    void evidenceActivated(qint64 evidenceId);

private:
    PortfolioSession* m_session;
    Subject m_subject;
    QLabel* m_context = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_statement = nullptr;
    QLabel* m_stateIcon = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_evidenceTitle = nullptr;
    LinkedEvidenceView* m_evidenceView = nullptr;
    LinkedEvidenceModel* m_evidence = nullptr;
    QPushButton* m_editNote = nullptr;
    QLabel* m_historyTitle = nullptr;
    QTableView* m_historyView = nullptr;
    JudgementHistoryModel* m_history = nullptr;
    QLabel* m_commentsTitle = nullptr;
    QListView* m_commentView = nullptr;
    CommentListModel* m_comments = nullptr;
    QSplitter* m_itemParts = nullptr;
};

} // namespace waymark::gui
