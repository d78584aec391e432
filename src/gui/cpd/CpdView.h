#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace waymark::gui {

class CpdListModel;
class PortfolioSession;

// The CPD log with its total hours.
class CpdView : public QWidget
{
    Q_OBJECT

public:
    explicit CpdView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    void addEntry();
    void editEntry();
    void removeEntry();

    CpdListModel* model() const { return m_model; }
    QTableView* table() const { return m_view; }
    QLabel* totalLabel() const { return m_total; }

private:
    PortfolioSession* m_session;
    QTableView* m_view = nullptr;
    CpdListModel* m_model = nullptr;
    QLabel* m_total = nullptr;
};

} // namespace waymark::gui
