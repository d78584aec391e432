#pragma once

#include "waymark/RegulatorCpd.h"

#include <QDialog>
#include <QMap>

class QLabel;
class QPlainTextEdit;

namespace waymark::gui {

class OptionalDateEdit;
class PortfolioSession;

// The regulator's CPD profile texts: HCPC's summary of practice history and personal
// statement, each with its word count against HCPC's guidance as it is typed, or the SSSC's
// core learning elements and annual declaration date. Saved together as one undoable action.
class CpdProfileDialog : public QDialog
{
    Q_OBJECT

public:
    // Social Work England asks for no profile texts: Hcpc or Sssc.
    CpdProfileDialog(PortfolioSession* session, Regulator regulator, QWidget* parent = nullptr);

    QMap<CpdText, QString> texts() const;
    void accept() override;

    // Null for the other regulator's texts.
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QPlainTextEdit* statementEdit() const { return m_statement; }
    QLabel* summaryCount() const { return m_summaryCount; }
    QLabel* statementCount() const { return m_statementCount; }
    QPlainTextEdit* elementsEdit() const { return m_elements; }
    OptionalDateEdit* declarationEdit() const { return m_declaration; }

private:
    PortfolioSession* m_session;
    Regulator m_regulator;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_summaryCount = nullptr;
    QPlainTextEdit* m_statement = nullptr;
    QLabel* m_statementCount = nullptr;
    QPlainTextEdit* m_elements = nullptr;
    OptionalDateEdit* m_declaration = nullptr;
};

} // namespace waymark::gui
