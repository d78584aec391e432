#pragma once

#include "waymark/PortfolioTypes.h"

#include <QDialog>

class QListWidget;
class QPushButton;

namespace waymark::gui {

class PortfolioSession;

// Deleted evidence, which can still be restored, and whose every version stays in the file
// and its archives: purging takes it out for good (personal data written by mistake). The
// judgements that relied on it keep their record of it. Not undoable, so asked first.
class PurgeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PurgeDialog(PortfolioSession* session, QWidget* parent = nullptr);

    // Purges the ticked evidence after asking; how many were purged.
    int purgeTicked();
    QListWidget* list() const { return m_list; }

private:
    void fill();

    PortfolioSession* m_session;
    QListWidget* m_list = nullptr;
    QPushButton* m_purge = nullptr;
};

} // namespace waymark::gui
