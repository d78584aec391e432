#pragma once

#include "waymark/RegulatorCpd.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace waymark::gui {

class CpdListModel;
class PortfolioSession;
class RegulatorStatus;

// The CPD log with its total hours, and where the worker stands with their regulator's CPD
// requirement: its check, profile texts and exports.
class CpdView : public QWidget
{
    Q_OBJECT

public:
    explicit CpdView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    void addEntry();
    void editEntry();
    void removeEntry();
    void editProfile();
    // The regulator's export of this period's CPD: as text on the clipboard, or as a PDF.
    void copyForRegulator();
    void exportPdf();

    CpdListModel* model() const { return m_model; }
    QTableView* table() const { return m_view; }
    QLabel* totalLabel() const { return m_total; }
    RegulatorStatus* regulatorStatus() const { return m_regulator; }
    QPushButton* profileButton() const { return m_profile; }

private:
    // False when the anonymisation check finds likely personal data and the worker does not
    // export anyway.
    bool mayExport(const CpdCheck& check);

    PortfolioSession* m_session;
    QTableView* m_view = nullptr;
    CpdListModel* m_model = nullptr;
    QLabel* m_total = nullptr;
    RegulatorStatus* m_regulator = nullptr;
    QWidget* m_regulatorButtons = nullptr;
    QPushButton* m_profile = nullptr;
};

} // namespace waymark::gui
