#pragma once

#include "waymark/PortfolioStore.h"

#include <QTemporaryDir>
#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTreeView;

namespace waymark::gui {

class AttachmentListModel;
class EvidenceVersionModel;
class ItemTreeModel;
class MarkdownEdit;
class MarkdownPreview;
class OptionalDateEdit;
class PortfolioSession;

// Edits one evidence record: its fields, Markdown narrative and reflection, attachments and
// the items it is mapped to. A save makes a new version (the store keeps every earlier one);
// when a save fails, the message is shown and everything typed stays in the editor.
// Mapping and attachment changes on saved evidence are saved as they are made.
class EvidenceEditor : public QWidget
{
    Q_OBJECT

public:
    explicit EvidenceEditor(PortfolioSession* session, QWidget* parent = nullptr);
    ~EvidenceEditor() override;

    bool load(qint64 evidenceId);
    void startNew(const QList<ItemRef>& mappedTo = {});
    void clear();

    qint64 evidenceId() const { return m_evidence.id; }
    int loadedVersion() const { return m_evidence.version; }
    bool isActive() const { return m_active; }
    bool isDirty() const { return m_dirty; }
    // The record as the fields now say it.
    Evidence currentEvidence() const;

    bool save();
    void revert();
    // Shows what another change (an undo, a redo, another window) did to the record shown,
    // unless typing in it is unsaved: gone, it leaves the editor; changed, it is reloaded.
    void followStore();

    bool addAttachments(const QStringList& filePaths);
    bool openAttachment(int row);
    bool removeAttachment(int row);
    bool setMapped(const ItemRef& item, bool mapped);

    QLineEdit* titleEdit() const { return m_title; }
    QDateEdit* dateEdit() const { return m_date; }
    OptionalDateEdit* endDateEdit() const { return m_endDate; }
    QComboBox* kindBox() const { return m_kind; }
    QLineEdit* sourceEdit() const { return m_source; }
    MarkdownEdit* narrativeEdit() const { return m_narrative; }
    MarkdownEdit* reflectionEdit() const { return m_reflection; }
    QPushButton* saveButton() const { return m_save; }
    ItemTreeModel* mappingModel() const { return m_mapping; }
    QTreeView* mappingView() const { return m_mappingView; }
    AttachmentListModel* attachmentModel() const { return m_attachments; }
    EvidenceVersionModel* versionModel() const { return m_versions; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void saved(qint64 evidenceId);
    void dirtyChanged(bool dirty);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showEvidence();
    void setDirty(bool dirty);
    void fieldEdited();
    void mappingToggled(const ItemRef& item, bool mapped);
    void reloadMappings();
    // The worker's pathway first in the mapping tree, then the others.
    void buildMappingModel();
    // Opens the mapping tree on the worker's pathway with every ticked item in view.
    void revealMapped();
    void scrollToMapped();
    void reloadAttachments();
    void reloadVersions();
    void followAttachmentVersion();
    void updateStatus();
    void updateTabTitles();
    QWidget* buildMappingTab();
    QWidget* buildAttachmentTab();
    QWidget* buildHistoryTab();

    PortfolioSession* m_session;
    Evidence m_evidence;
    bool m_active = false;
    bool m_dirty = false;
    bool m_loading = false;
    QList<PortfolioStore::NewAttachment> m_pendingAttachments;
    std::unique_ptr<QTemporaryDir> m_openedFiles;

    QLineEdit* m_title = nullptr;
    QDateEdit* m_date = nullptr;
    OptionalDateEdit* m_endDate = nullptr;
    QComboBox* m_kind = nullptr;
    QLineEdit* m_source = nullptr;
    QTabWidget* m_tabs = nullptr;
    MarkdownEdit* m_narrative = nullptr;
    MarkdownEdit* m_reflection = nullptr;
    ItemTreeModel* m_mapping = nullptr;
    QSortFilterProxyModel* m_mappingFilter = nullptr;
    QTreeView* m_mappingView = nullptr;
    QLineEdit* m_mappingSearch = nullptr;
    AttachmentListModel* m_attachments = nullptr;
    QListView* m_attachmentView = nullptr;
    EvidenceVersionModel* m_versions = nullptr;
    QTableView* m_versionView = nullptr;
    MarkdownPreview* m_versionPreview = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_revert = nullptr;
    QWidget* m_form = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace waymark::gui
