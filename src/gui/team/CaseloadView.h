#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace waymark::gui {

class CaseloadModel;
class PortfolioSession;

// A supervisor's (or head of service's) home on a team server: the people assigned to them,
// each one's readiness and the items awaiting their review. Opening one works on that
// portfolio in every other screen, signed in as themselves.
class CaseloadView : public QWidget
{
    Q_OBJECT

public:
    explicit CaseloadView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    QTableView* table() const { return m_table; }
    CaseloadModel* model() const { return m_model; }
    int entryCount() const;

signals:
    void openRequested(const QString& login);
    void ownPortfolioRequested();

private:
    void openSelected();

    PortfolioSession* m_session;
    QLabel* m_heading = nullptr;
    QLabel* m_empty = nullptr;
    QTableView* m_table = nullptr;
    CaseloadModel* m_model = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace waymark::gui
