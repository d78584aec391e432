#pragma once

#include "waymark/PortfolioTypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace waymark::gui {

class EvidenceEditor;
class EvidenceListModel;
class OptionalDateEdit;
class PortfolioSession;
class RefreshWhenShown;

// The evidence screen: full-text search and filters over the evidence list, and the editor
// for the chosen record. Deleting goes through the undo stack.
class EvidenceView : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceView(PortfolioSession* session, QWidget* parent = nullptr);

    // Runs the search again now (typing runs it after a short pause).
    void refresh();
    void setSearchText(const QString& text);
    EvidenceFilter filter() const;

    bool showEvidence(qint64 evidenceId);
    void newEvidence(const QList<ItemRef>& mappedTo = {});
    // Saves unsaved edits; false when that failed and the user chose to keep editing.
    bool commitPending();
    bool deleteCurrent();

    QAction* newAction() const { return m_newAction; }
    QAction* saveAction() const { return m_saveAction; }
    QAction* deleteAction() const { return m_deleteAction; }
    QAction* findAction() const { return m_findAction; }

    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* itemFilterBox() const { return m_itemFilter; }
    QComboBox* kindFilterBox() const { return m_kindFilter; }
    QComboBox* orderBox() const { return m_order; }
    QTableView* listView() const { return m_list; }
    EvidenceListModel* listModel() const { return m_model; }
    EvidenceEditor* editor() const { return m_editor; }

private:
    void currentRowChanged(const QModelIndex& current);
    void selectId(qint64 id);
    void fillItemFilter();
    void updateActions();

    PortfolioSession* m_session;
    QLineEdit* m_search = nullptr;
    QComboBox* m_itemFilter = nullptr;
    QComboBox* m_kindFilter = nullptr;
    QComboBox* m_order = nullptr;
    OptionalDateEdit* m_from = nullptr;
    OptionalDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_list = nullptr;
    EvidenceListModel* m_model = nullptr;
    EvidenceEditor* m_editor = nullptr;
    QTimer* m_searchTimer = nullptr;
    RefreshWhenShown* m_refresh = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_saveAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QAction* m_findAction = nullptr;
    bool m_selecting = false;
};

} // namespace waymark::gui
