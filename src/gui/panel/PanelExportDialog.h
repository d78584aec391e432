#pragma once

#include "waymark/PanelReport.h"
#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QListView;
class QPrinter;
class QPushButton;
class QTableView;

namespace waymark::gui {

class EvidenceChoiceModel;
class FindingListModel;
class PortfolioSession;

// "Export for panel": which step or role profile the panel judges, which evidence goes in, and
// the anonymisation check over every text the PDF shows. While likely personal data is
// unresolved the export waits, unless the worker says to go ahead; each finding can be opened,
// kept deliberately, or redacted in the panel copy.
class PanelExportDialog : public QDialog
{
    Q_OBJECT

public:
    PanelExportDialog(PortfolioSession* session, QWidget* parent = nullptr);

    // Re-runs the anonymisation check over the evidence now included.
    void check();
    bool keepSelectedFinding();
    bool redactSelectedFinding();
    // Asks where to write, then writes the PDF; true when written.
    bool exportPdf();
    // Asks which printer (the print dialog), then prints the same pages; true when printed.
    bool printWithDialog();
    // Prints the same pages the PDF has on printer, set up by the caller; true when printed.
    bool print(QPrinter& printer);
    PanelReportResult result() const { return m_result; }
    QString writtenPath() const { return m_written; }
    QString printerName() const { return m_printer; } // empty unless printed

    EvidenceChoiceModel* evidenceModel() const { return m_evidence; }
    FindingListModel* findingModel() const { return m_findings; }
    QTableView* findingView() const { return m_findingView; }
    QCheckBox* anywayBox() const { return m_anyway; }
    QCheckBox* allStepsBox() const { return m_allSteps; }
    QCheckBox* workingCopyBox() const { return m_workingCopy; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* printButton() const { return m_print; }
    QComboBox* targetBox() const { return m_step; }

signals:
    void evidenceToOpen(qint64 evidenceId);

private:
    void updateButtons();
    PanelReportOptions options() const;
    bool decideSelectedFinding(FindingDecision decision);

    PortfolioSession* m_session;
    QComboBox* m_step = nullptr;
    EvidenceChoiceModel* m_evidence = nullptr;
    FindingListModel* m_findings = nullptr;
    QTableView* m_findingView = nullptr;
    QLabel* m_findingSummary = nullptr;
    QCheckBox* m_anyway = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_keep = nullptr;
    QPushButton* m_redact = nullptr;
    QCheckBox* m_allSteps = nullptr;
    QCheckBox* m_workingCopy = nullptr; // shown when a submitted case would be printed
    QLabel* m_caseNote = nullptr;       // which the PDF prints: the case as frozen, or a working copy
    QString m_caseProblem;              // why the case cannot be printed as frozen
    QPushButton* m_open = nullptr;
    PanelReportResult m_result;
    QString m_written;
    QString m_printer;
};

} // namespace waymark::gui
