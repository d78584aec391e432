#pragma once

#include "waymark/PortfolioTypes.h"

#include <QWidget>

class QAction;
class QTableView;

namespace waymark::gui {

class JudgementHistoryModel;
class MarkdownPreview;
class PortfolioSession;
class RefreshWhenShown;
class SessionListModel;

// Supervision: the session log and every judgement ever recorded, newest first.
class SupervisionView : public QWidget
{
    Q_OBJECT

public:
    explicit SupervisionView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    void newSession();
    void editSession();
    // Opens the sign-off dialog with these items ticked; returns how many judgements it recorded.
    int signOff(const QList<ItemRef>& items);

    QAction* newSessionAction() const { return m_newSession; }
    QAction* signOffAction() const { return m_signOff; }
    SessionListModel* sessionModel() const { return m_sessions; }
    QTableView* sessionTable() const { return m_sessionView; }
    JudgementHistoryModel* historyModel() const { return m_history; }

signals:
    void itemActivated(const waymark::ItemRef& item);

private:
    void changed();

    PortfolioSession* m_session;
    QAction* m_newSession = nullptr;
    QAction* m_editSession = nullptr;
    QAction* m_signOff = nullptr;
    QTableView* m_sessionView = nullptr;
    SessionListModel* m_sessions = nullptr;
    MarkdownPreview* m_notes = nullptr;
    QTableView* m_historyView = nullptr;
    JudgementHistoryModel* m_history = nullptr;
    RefreshWhenShown* m_refresh = nullptr; // every judgement is a lot to read in a long portfolio
};

} // namespace waymark::gui
