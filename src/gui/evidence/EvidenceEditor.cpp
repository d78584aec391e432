#include "EvidenceEditor.h"

#include "common/FileDialog.h"
#include "common/FileDropTextEdit.h"
#include "common/ItemTreeModel.h"
#include "common/MarkdownEdit.h"
#include "common/MarkdownPreview.h"
#include "common/MessageBox.h"
#include "common/OptionalDateEdit.h"
#include "common/TableSetup.h"
#include "common/WrappingTreeView.h"
#include "evidence/AttachmentListModel.h"
#include "evidence/EvidenceVersionModel.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedLayout>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::gui {

namespace {
enum Tab { NarrativeTab, ReflectionTab, MappingTab, AttachmentTab, HistoryTab };
}

EvidenceEditor::EvidenceEditor(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    setAcceptDrops(true);
    auto* stack = new QStackedLayout(this);
    m_empty = new QLabel(tr("Choose evidence on the left, or write new evidence (Ctrl+E)."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    stack->addWidget(m_empty);

    m_form = new QWidget(this);
    auto* layout = new QVBoxLayout(m_form);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* form = new QFormLayout;
    m_title = new QLineEdit(m_form);
    m_title->setObjectName(QStringLiteral("evidenceTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_title->setPlaceholderText(tr("What it was, in a few words"));
    form->addRow(tr("T&itle:"), m_title);

    auto* dates = new QHBoxLayout;
    m_date = new QDateEdit(m_form);
    m_date->setObjectName(QStringLiteral("evidenceDate"));
    m_date->setAccessibleName(tr("Date"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_endDate = new OptionalDateEdit(tr("&Until"), m_form);
    m_endDate->setObjectName(QStringLiteral("evidenceEndDate"));
    m_endDate->setToolTip(tr("For evidence that covers a period, the day it ended"));
    dates->addWidget(m_date);
    dates->addWidget(m_endDate);
    dates->addStretch(1);
    auto* dateLabel = new QLabel(tr("Da&te:"), m_form);
    dateLabel->setBuddy(m_date);
    form->addRow(dateLabel, dates);

    auto* kindRow = new QHBoxLayout;
    m_kind = new QComboBox(m_form);
    m_kind->setObjectName(QStringLiteral("evidenceKind"));
    m_kind->setAccessibleName(tr("Kind of evidence"));
    for (EvidenceKind k : allEvidenceKinds())
        m_kind->addItem(evidenceKindTitle(k), int(k));
    m_source = new QLineEdit(m_form);
    m_source->setObjectName(QStringLiteral("evidenceSource"));
    m_source->setAccessibleName(tr("Source or method"));
    m_source->setPlaceholderText(tr("e.g. case work, direct observation, 360 feedback"));
    m_source->setToolTip(tr("Where the evidence comes from; pathways may ask for several different sources"));
    auto* sourceLabel = new QLabel(tr("Sour&ce:"), m_form);
    sourceLabel->setBuddy(m_source);
    kindRow->addWidget(m_kind);
    kindRow->addWidget(sourceLabel);
    kindRow->addWidget(m_source, 1);
    auto* kindLabel = new QLabel(tr("&Kind:"), m_form);
    kindLabel->setBuddy(m_kind);
    form->addRow(kindLabel, kindRow);
    layout->addLayout(form);

    m_tabs = new QTabWidget(m_form);
    m_tabs->setObjectName(QStringLiteral("evidenceTabs"));
    m_narrative = new MarkdownEdit(tr("Narrative"), m_tabs);
    m_narrative->setObjectName(QStringLiteral("evidenceNarrative"));
    m_narrative->setPlaceholderText(tr("What happened, what you did and why (Markdown)"));
    m_reflection = new MarkdownEdit(tr("Reflection"), m_tabs);
    m_reflection->setObjectName(QStringLiteral("evidenceReflection"));
    m_reflection->setPlaceholderText(tr("What you learnt, what you would do differently (Markdown)"));
    for (MarkdownEdit* edit : { m_narrative, m_reflection })
        connect(edit, &MarkdownEdit::filesDropped, this, [this](const QStringList& files) { addAttachments(files); });
    m_tabs->addTab(m_narrative, tr("&Narrative"));
    m_tabs->addTab(m_reflection, tr("&Reflection"));
    m_tabs->addTab(buildMappingTab(), tr("&Mapped items"));
    m_tabs->addTab(buildAttachmentTab(), tr("&Attachments"));
    m_tabs->addTab(buildHistoryTab(), tr("Histor&y"));
    // A tree behind another tab has no height to scroll in: it scrolls when it shows.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int tab) {
        if (tab == MappingTab)
            scrollToMapped();
    });
    layout->addWidget(m_tabs, 1);

    auto* bottom = new QHBoxLayout;
    m_status = new QLabel(m_form);
    m_status->setObjectName(QStringLiteral("evidenceStatus"));
    m_revert = new QPushButton(tr("Revert"), m_form);
    m_revert->setToolTip(tr("Put back the last saved text"));
    m_save = new QPushButton(tr("Save"), m_form);
    m_save->setObjectName(QStringLiteral("evidenceSave"));
    m_save->setToolTip(
        tr("Save a new version (Ctrl+S). Changes are also saved when you move to other evidence or another screen."));
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_revert);
    bottom->addWidget(m_save);
    layout->addLayout(bottom);
    stack->addWidget(m_form);

    setTabOrder(m_title, m_date);
    setTabOrder(m_date, m_endDate->checkBox());
    setTabOrder(m_endDate->checkBox(), m_endDate->dateEdit());
    setTabOrder(m_endDate->dateEdit(), m_kind);
    setTabOrder(m_kind, m_source);
    setTabOrder(m_source, m_tabs);

    connect(m_title, &QLineEdit::textEdited, this, &EvidenceEditor::fieldEdited);
    connect(m_date, &QDateEdit::dateChanged, this, &EvidenceEditor::fieldEdited);
    connect(m_endDate, &OptionalDateEdit::dateChanged, this, &EvidenceEditor::fieldEdited);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &EvidenceEditor::fieldEdited);
    connect(m_source, &QLineEdit::textEdited, this, &EvidenceEditor::fieldEdited);
    connect(m_narrative, &MarkdownEdit::textEdited, this, &EvidenceEditor::fieldEdited);
    connect(m_reflection, &MarkdownEdit::textEdited, this, &EvidenceEditor::fieldEdited);
    connect(m_save, &QPushButton::clicked, this, &EvidenceEditor::save);
    connect(m_revert, &QPushButton::clicked, this, &EvidenceEditor::revert);
    clear();
}

EvidenceEditor::~EvidenceEditor() = default;

QWidget* EvidenceEditor::buildMappingTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    m_mappingSearch = new QLineEdit(tab);
    m_mappingSearch->setObjectName(QStringLiteral("mappingSearch"));
    m_mappingSearch->setPlaceholderText(tr("Find items by their wording"));
    m_mappingSearch->setAccessibleName(tr("Find items to map"));
    m_mappingSearch->setClearButtonEnabled(true);
    m_mappingFilter = new QSortFilterProxyModel(this);
    buildMappingModel();
    m_mappingFilter->setRecursiveFilteringEnabled(true);
    m_mappingFilter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_mappingFilter->setFilterRole(ItemTreeModel::SearchTextRole);
    m_mappingView = new WrappingTreeView(tab);
    m_mappingView->setObjectName(QStringLiteral("mappingTree"));
    m_mappingView->setAccessibleName(tr("Items this evidence is mapped to; tick to map"));
    m_mappingView->setModel(m_mappingFilter);
    m_mappingView->setHeaderHidden(true);
    auto* hint = new QLabel(tr("Tick every item this evidence shows (Space ticks the selected item)."), tab);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_mappingSearch);
    layout->addWidget(m_mappingView, 1);
    connect(m_mappingSearch, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_mappingFilter->setFilterFixedString(text);
        if (!text.isEmpty())
            m_mappingView->expandAll();
    });
    // A worker who chooses another pathway finds it first in the tree.
    connect(m_session, &PortfolioSession::profileChanged, this, [this] {
        const Pathway* own = m_session->workerPathway();
        if (own && m_mapping->index(0, 0).data(ItemTreeModel::ItemRefRole).toString() != ItemRef{own->id, QString()}.toString()) {
            buildMappingModel();
            reloadMappings();
            revealMapped();
        }
    });
    return tab;
}

void EvidenceEditor::buildMappingModel()
{
    QStringList order;
    if (const Pathway* own = m_session->workerPathway())
        order << own->id;
    for (const Pathway& p : m_session->library().pathways())
        if (!order.contains(p.id))
            order << p.id;
    ItemTreeModel* old = m_mapping;
    m_mapping = new ItemTreeModel(m_session->library(), order, this);
    m_mappingFilter->setSourceModel(m_mapping);
    connect(m_mapping, &ItemTreeModel::checkToggled, this, &EvidenceEditor::mappingToggled);
    delete old;
}

void EvidenceEditor::revealMapped()
{
    m_mappingView->collapseAll();
    if (const Pathway* own = m_session->workerPathway())
        m_mappingView->expand(m_mappingFilter->mapFromSource(m_mapping->indexOf({own->id, QString()})));
    for (const ItemRef& ref : m_mapping->checked())
        for (QModelIndex p = m_mappingFilter->mapFromSource(m_mapping->indexOf(ref)).parent(); p.isValid(); p = p.parent())
            m_mappingView->expand(p);
    scrollToMapped();
}

void EvidenceEditor::scrollToMapped()
{
    // The first ticked item, else the worker's pathway.
    const QList<ItemRef> ticked = m_mapping->checked();
    const Pathway* own = m_session->workerPathway();
    const ItemRef target = !ticked.isEmpty() ? ticked.first() : own ? ItemRef{own->id, QString()} : ItemRef();
    const QModelIndex shown = m_mappingFilter->mapFromSource(m_mapping->indexOf(target));
    if (shown.isValid())
        m_mappingView->scrollTo(shown, QAbstractItemView::PositionAtTop);
}

QWidget* EvidenceEditor::buildAttachmentTab()
{
    auto* tab = new QWidget(this);
    auto* layout = new QVBoxLayout(tab);
    auto* hint = new QLabel(
        tr("Attach files with the button or by dropping them here. Files stay inside the portfolio."), tab);
    hint->setWordWrap(true);
    m_attachments = new AttachmentListModel(this);
    m_attachmentView = new QListView(tab);
    m_attachmentView->setObjectName(QStringLiteral("attachmentList"));
    m_attachmentView->setAccessibleName(tr("Attachments"));
    m_attachmentView->setModel(m_attachments);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Attach fi&les…"), tab);
    auto* open = new QPushButton(tr("O&pen"), tab);
    auto* remove = new QPushButton(tr("Rem&ove"), tab);
    buttons->addWidget(add);
    buttons->addWidget(open);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    layout->addWidget(hint);
    layout->addWidget(m_attachmentView, 1);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList files = FileDialog::getOpenFileNames(this, tr("Attach files"));
        if (!files.isEmpty())
            addAttachments(files);
    });
    connect(open, &QPushButton::clicked, this, [this] { openAttachment(m_attachmentView->currentIndex().row()); });
    connect(m_attachmentView, &QListView::activated, this, [this](const QModelIndex& i) { openAttachment(i.row()); });
    connect(remove, &QPushButton::clicked, this, [this] { removeAttachment(m_attachmentView->currentIndex().row()); });
    return tab;
}

QWidget* EvidenceEditor::buildHistoryTab()
{
    auto* tab = new QSplitter(Qt::Vertical, this);
    m_versions = new EvidenceVersionModel(this);
    m_versionView = new QTableView(tab);
    m_versionView->setObjectName(QStringLiteral("versionTable"));
    m_versionView->setAccessibleName(tr("Saved versions"));
    m_versionView->setModel(m_versions);
    TableSetup::apply(m_versionView, EvidenceVersionModel::TitleColumn);
    m_versionPreview = new MarkdownPreview(tab);
    m_versionPreview->setAccessibleName(tr("The selected version"));
    tab->addWidget(m_versionView);
    tab->addWidget(m_versionPreview);
    connect(
        m_versionView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
            const Evidence* e = m_versions->versionAt(i.row());
            if (!e) {
                m_versionPreview->clear();
                return;
            }
            // Old versions are shown, never edited: the history is the record.
            m_versionPreview->setMarkdownText(
                tr("## %1\n\n%2\n\n### Reflection\n\n%3").arg(e->title, e->narrative, e->reflection));
        });
    return tab;
}

void EvidenceEditor::clear()
{
    m_active = false;
    m_evidence = Evidence();
    m_pendingAttachments.clear();
    setDirty(false);
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_empty);
}

bool EvidenceEditor::load(qint64 evidenceId)
{
    const std::optional<Evidence> e = m_session->store().evidence(evidenceId);
    if (!e) {
        MessageBox::critical(this, tr("Evidence"), m_session->store().errorString());
        return false;
    }
    m_evidence = *e;
    m_active = true;
    m_pendingAttachments.clear();
    showEvidence();
    reloadMappings();
    revealMapped();
    reloadAttachments();
    reloadVersions();
    setDirty(false);
    return true;
}

void EvidenceEditor::startNew(const QList<ItemRef>& mappedTo)
{
    m_evidence = Evidence();
    m_evidence.date = m_session->today();
    m_active = true;
    m_pendingAttachments.clear();
    showEvidence();
    m_mapping->setChecked(mappedTo);
    revealMapped();
    reloadAttachments();
    reloadVersions();
    // Unsaved from the start: leaving it asks for a save like any other edit.
    setDirty(true);
    m_tabs->setCurrentIndex(NarrativeTab);
    m_title->setFocus();
}

void EvidenceEditor::showEvidence()
{
    m_loading = true;
    static_cast<QStackedLayout*>(layout())->setCurrentWidget(m_form);
    m_title->setText(m_evidence.title);
    // Evidence records what has happened; an older record dated later keeps its date until edited.
    m_date->setMaximumDate(std::max(m_session->today(), m_evidence.date));
    m_date->setDate(m_evidence.date.isValid() ? m_evidence.date : m_session->today());
    m_endDate->setDate(m_evidence.endDate);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(m_evidence.kind))));
    m_source->setText(m_evidence.source);
    m_narrative->setText(m_evidence.narrative);
    m_reflection->setText(m_evidence.reflection);
    m_loading = false;
}

Evidence EvidenceEditor::currentEvidence() const
{
    Evidence e = m_evidence;
    e.title = m_title->text();
    e.date = m_date->date();
    e.endDate = m_endDate->date();
    e.kind = EvidenceKind(m_kind->currentData().toInt());
    e.source = m_source->text();
    e.narrative = m_narrative->text();
    e.reflection = m_reflection->text();
    return e;
}

void EvidenceEditor::fieldEdited()
{
    if (!m_loading && m_active)
        setDirty(true);
}

void EvidenceEditor::setDirty(bool dirty)
{
    const bool changed = dirty != m_dirty;
    m_dirty = dirty;
    m_save->setEnabled(dirty);
    m_revert->setEnabled(dirty && m_evidence.id != 0);
    updateStatus();
    if (changed)
        emit dirtyChanged(dirty);
}

void EvidenceEditor::updateStatus()
{
    if (!m_active) {
        m_status->clear();
        return;
    }
    if (m_evidence.id == 0) {
        m_status->setText(tr("New evidence, not saved yet"));
        return;
    }
    const QString saved = tr("Version %1, saved %2")
                              .arg(m_evidence.version)
                              .arg(QLocale().toString(m_evidence.savedAt.toLocalTime(), QLocale::ShortFormat));
    m_status->setText(m_dirty ? tr("%1 · unsaved changes").arg(saved) : saved);
}

void EvidenceEditor::updateTabTitles()
{
    m_tabs->setTabText(MappingTab, tr("&Mapped items (%1)").arg(m_mapping->checked().size()));
    m_tabs->setTabText(AttachmentTab, tr("&Attachments (%1)").arg(m_attachments->rowCount()));
    m_tabs->setTabText(HistoryTab, tr("Histor&y (%1)").arg(m_versions->rowCount()));
}

bool EvidenceEditor::save()
{
    if (!m_active)
        return true;
    const Evidence e = currentEvidence();
    if (e.id == 0) {
        QList<Mapping> mappings;
        for (const ItemRef& ref : m_mapping->checked()) {
            Mapping m;
            m.item = ref;
            mappings << m;
        }
        const qint64 id = m_session->changes()->addEvidence(e, mappings, m_pendingAttachments);
        if (id == 0) {
            MessageBox::critical(this, tr("Evidence not saved"), m_session->changes()->errorString());
            return false;
        }
        m_pendingAttachments.clear();
        load(id);
        emit saved(id);
        return true;
    }
    if (!m_session->changes()->updateEvidence(e, m_evidence.version)) {
        // The fields keep what was typed; the store's message says what to do next.
        MessageBox::critical(this, tr("Evidence not saved"), m_session->changes()->errorString());
        return false;
    }
    load(e.id);
    emit saved(e.id);
    return true;
}

void EvidenceEditor::revert()
{
    if (m_evidence.id != 0)
        load(m_evidence.id);
}

void EvidenceEditor::followStore()
{
    if (m_evidence.id == 0 || m_dirty)
        return;
    const std::optional<Evidence> shown = m_session->store().evidence(m_evidence.id);
    if (!shown || shown->deleted)
        clear();
    else if (shown->version != m_evidence.version)
        load(m_evidence.id);
    else
        reloadMappings(); // mapping changes make no new version
}

void EvidenceEditor::reloadMappings()
{
    QList<ItemRef> refs;
    if (m_evidence.id != 0)
        for (const Mapping& m : m_session->store().mappingsForEvidence(m_evidence.id))
            refs << m.item;
    m_mapping->setChecked(refs);
    updateTabTitles();
}

bool EvidenceEditor::setMapped(const ItemRef& item, bool mapped)
{
    const QModelIndex index = m_mapping->indexOf(item);
    if (!index.isValid())
        return false;
    m_mapping->setData(index, mapped ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    return m_mapping->isChecked(item) == mapped;
}

void EvidenceEditor::mappingToggled(const ItemRef& item, bool mapped)
{
    if (m_evidence.id == 0) {
        // A new record takes its mappings with its first save.
        setDirty(true);
        updateTabTitles();
        return;
    }
    PortfolioChanges* changes = m_session->changes();
    bool ok = true;
    if (mapped) {
        Mapping m;
        m.evidenceId = m_evidence.id;
        m.item = item;
        ok = changes->addMapping(m) != 0;
    } else {
        for (const Mapping& m : m_session->store().mappingsForEvidence(m_evidence.id))
            if (m.item == item)
                ok = ok && changes->removeMapping(m);
    }
    if (!ok) {
        MessageBox::critical(this, tr("Mapping not saved"), changes->errorString());
        reloadMappings();
        return;
    }
    updateTabTitles();
}

void EvidenceEditor::reloadAttachments()
{
    QList<AttachmentListModel::Entry> entries;
    if (m_evidence.id != 0)
        for (const Attachment& a : m_session->store().attachments(m_evidence.id))
            entries << AttachmentListModel::Entry { a.id, a.name, a.mediaType, a.size };
    for (const PortfolioStore::NewAttachment& a : m_pendingAttachments)
        entries << AttachmentListModel::Entry { 0, a.name, a.mediaType, a.data.size() };
    m_attachments->setEntries(entries);
    updateTabTitles();
}

void EvidenceEditor::reloadVersions()
{
    m_versions->setVersions(
        m_evidence.id != 0 ? m_session->store().evidenceVersions(m_evidence.id) : QList<Evidence>());
    updateTabTitles();
}

bool EvidenceEditor::addAttachments(const QStringList& filePaths)
{
    if (!m_active)
        return false;
    bool all = true;
    for (const QString& path : filePaths) {
        if (m_evidence.id != 0) {
            if (m_session->changes()->addAttachmentFile(m_evidence.id, path) == 0) {
                MessageBox::critical(this, tr("Not attached"), m_session->changes()->errorString());
                all = false;
            } else {
                followAttachmentVersion();
            }
            continue;
        }
        // Read now, saved with the record's first save.
        const std::optional<PortfolioStore::NewAttachment> read = m_session->store().readAttachmentFile(path);
        if (!read) {
            MessageBox::critical(this, tr("Not attached"), m_session->store().errorString());
            all = false;
            continue;
        }
        m_pendingAttachments << *read;
        setDirty(true);
    }
    reloadAttachments();
    m_tabs->setCurrentIndex(AttachmentTab);
    return all;
}

// Attaching or removing saved a new version of the record; the text being edited goes on from it.
void EvidenceEditor::followAttachmentVersion()
{
    if (const std::optional<Evidence> saved = m_session->store().evidence(m_evidence.id))
        m_evidence.version = saved->version;
    reloadVersions();
}

bool EvidenceEditor::openAttachment(int row)
{
    const QList<AttachmentListModel::Entry>& entries = m_attachments->entries();
    if (row < 0 || row >= entries.size())
        return false;
    const AttachmentListModel::Entry& entry = entries[row];
    QByteArray data;
    if (entry.id == 0) {
        const int pending = row - int(entries.size() - m_pendingAttachments.size());
        if (pending < 0 || pending >= m_pendingAttachments.size())
            return false;
        data = m_pendingAttachments[pending].data;
    } else {
        const std::optional<QByteArray> stored = m_session->store().attachmentData(entry.id);
        if (!stored) {
            MessageBox::critical(this, tr("Cannot open the attachment"), m_session->store().errorString());
            return false;
        }
        data = *stored;
    }
    // A private folder removed when Waymark closes; the file keeps its name so that the
    // system picks the right application, and only its owner can read it.
    if (!m_openedFiles) {
        m_openedFiles = std::make_unique<QTemporaryDir>();
        QFile::setPermissions(
            m_openedFiles->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QString name = QFileInfo(entry.name).fileName();
    if (name.isEmpty() || name.startsWith(QLatin1Char('.')))
        name = QStringLiteral("attachment-") + name;
    const QString folder = m_openedFiles->filePath(QString::number(entry.id != 0 ? entry.id : -row));
    QDir().mkpath(folder);
    QFile file(QDir(folder).filePath(name));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        MessageBox::critical(
            this, tr("Cannot open the attachment"), tr("Cannot write a copy to open: %1").arg(file.errorString()));
        return false;
    }
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return QDesktopServices::openUrl(QUrl::fromLocalFile(file.fileName()));
}

bool EvidenceEditor::removeAttachment(int row)
{
    const QList<AttachmentListModel::Entry>& entries = m_attachments->entries();
    if (row < 0 || row >= entries.size())
        return false;
    const AttachmentListModel::Entry entry = entries[row];
    if (entry.id == 0) {
        // Not saved yet, so its removal cannot be undone: asked first.
        if (MessageBox::question(this, tr("Remove attachment"), tr("Remove \"%1\" from this evidence?").arg(entry.name))
            != QMessageBox::Yes)
            return false;
        const int pending = row - int(entries.size() - m_pendingAttachments.size());
        if (pending >= 0 && pending < m_pendingAttachments.size())
            m_pendingAttachments.removeAt(pending);
    } else if (!m_session->changes()->removeAttachment(m_evidence.id, entry.id, entry.name)) {
        MessageBox::critical(this, tr("Attachment not removed"), m_session->changes()->errorString());
        return false;
    } else {
        followAttachmentVersion();
    }
    reloadAttachments();
    return true;
}

void EvidenceEditor::dragEnterEvent(QDragEnterEvent* event)
{
    if (m_active && !FileDropTextEdit::localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidenceEditor::dropEvent(QDropEvent* event)
{
    const QStringList files = FileDropTextEdit::localFiles(event->mimeData());
    if (files.isEmpty())
        return;
    event->acceptProposedAction();
    addAttachments(files);
}

} // namespace waymark::gui
