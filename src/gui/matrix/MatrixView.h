#pragma once

#include "waymark/PortfolioTypes.h"

#include <QWidget>

class QAction;
class QComboBox;
class QLineEdit;
class QTreeView;

namespace waymark::gui {

class ItemDetailPanel;
class MatrixFilterModel;
class MatrixModel;
class PortfolioSession;
class RefreshWhenShown;

// The competency matrix: every item of a pathway in the shape of its source table, with what
// the worker and the supervisor can do about the selected items.
class MatrixView : public QWidget
{
    Q_OBJECT

public:
    explicit MatrixView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    bool setPathway(const QString& pathwayId);
    // Selects the item or indicator, switching pathway if needed.
    bool showItem(const ItemRef& item);
    // The judgeable items covered by the selected rows.
    QList<ItemRef> selectedItems() const;

    // The worker's own, lesser action: asks the supervisor to look at the selected items.
    bool markReadyForReview(const QString& note = QString());
    void addComment();
    // Opens the re-confirmation of the selected items that need one.
    void reconfirm();

    // The matrix's actions act on its selection, so they are live only while it shows.
    void setActive(bool active);

    QAction* readyForReviewAction() const { return m_readyAction; }
    QAction* signOffAction() const { return m_signOffAction; }
    QAction* reconfirmAction() const { return m_reconfirmAction; }
    QAction* commentAction() const { return m_commentAction; }
    QAction* addEvidenceAction() const { return m_addEvidenceAction; }

    QTreeView* tree() const { return m_tree; }
    MatrixModel* model() const { return m_model; }
    MatrixFilterModel* filterModel() const { return m_filter; }
    ItemDetailPanel* detail() const { return m_detail; }
    QComboBox* pathwayBox() const { return m_pathway; }

signals:
    void evidenceActivated(qint64 evidenceId);
    void addEvidenceRequested(const QList<waymark::ItemRef>& items);
    void signOffRequested(const QList<waymark::ItemRef>& items);

private:
    // Shows the worker's own pathway after another portfolio was opened, then refreshes.
    void reload();
    void selectionChanged();
    void pathwayChosen();
    void updateActions();
    QList<ItemRef> itemsToReconfirm() const;

    PortfolioSession* m_session;
    QComboBox* m_pathway = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_stateFilter = nullptr;
    QLineEdit* m_note = nullptr;
    QTreeView* m_tree = nullptr;
    MatrixModel* m_model = nullptr;
    MatrixFilterModel* m_filter = nullptr;
    ItemDetailPanel* m_detail = nullptr;
    QAction* m_readyAction = nullptr;
    QAction* m_signOffAction = nullptr;
    QAction* m_reconfirmAction = nullptr;
    QAction* m_commentAction = nullptr;
    QAction* m_addEvidenceAction = nullptr;
    bool m_active = false;
    RefreshWhenShown* m_reload = nullptr;
    bool m_portfolioChanged = false;
};

} // namespace waymark::gui
