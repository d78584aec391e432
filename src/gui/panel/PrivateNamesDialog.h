#pragma once

#include <QDialog>

class QPlainTextEdit;

namespace waymark::gui {

class PortfolioSession;

// The names of people who use services that the anonymisation check looks for, one a line.
// Kept in the portfolio, never in the PDF; saving is one undoable change.
class PrivateNamesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PrivateNamesDialog(PortfolioSession* session, QWidget* parent = nullptr);

    void accept() override;
    QPlainTextEdit* namesEdit() const { return m_names; }

private:
    PortfolioSession* m_session;
    QPlainTextEdit* m_names = nullptr;
};

} // namespace waymark::gui
