#include "SignOffDialog.h"

#include "common/ItemTreeModel.h"
#include "common/MessageBox.h"
#include "common/WrappingTreeView.h"
#include "evidence/LinkedEvidenceModel.h"
#include "evidence/LinkedEvidenceView.h"
#include "main/PortfolioSession.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark::gui {

SignOffDialog::SignOffDialog(PortfolioSession* session, const QList<ItemRef>& items, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
{
    setWindowTitle(tr("Record a sign-off"));
    setObjectName(QStringLiteral("signOffDialog"));
    resize(900, 640);
    auto* layout = new QVBoxLayout(this);
    auto* intro
        = new QLabel(tr("For the supervisor: tick the items you have judged, then record whether each is reached. "
                        "A judgement is kept as it is recorded; a correction is a later judgement."),
            this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    QStringList pathways;
    for (const ItemRef& r : items)
        if (!pathways.contains(r.pathwayId))
            pathways << r.pathwayId;
    if (const Pathway* own = session->workerPathway(); own && !pathways.contains(own->id))
        pathways << own->id;
    m_items = new ItemTreeModel(session->library(), pathways, this);
    m_items->setChecked(items);
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_items);
    proxy->setRecursiveFilteringEnabled(true);
    proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy->setFilterRole(ItemTreeModel::SearchTextRole);
    auto* search = new QLineEdit(left);
    search->setPlaceholderText(tr("Find items by their wording"));
    search->setAccessibleName(tr("Find items to judge"));
    search->setClearButtonEnabled(true);
    m_tree = new WrappingTreeView(left);
    m_tree->setObjectName(QStringLiteral("signOffItems"));
    m_tree->setModel(proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Items to judge; tick each one"));
    m_summary = new QLabel(left);
    leftLayout->addWidget(search);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_summary);
    // Open the branches that hold the chosen items, so the supervisor sees what they sign.
    for (const ItemRef& r : items)
        for (QModelIndex p = proxy->mapFromSource(m_items->indexOf(r)).parent(); p.isValid(); p = p.parent())
            m_tree->expand(p);
    if (!items.isEmpty())
        m_tree->setCurrentIndex(proxy->mapFromSource(m_items->indexOf(items.first())));
    connect(search, &QLineEdit::textChanged, this, [proxy, this](const QString& text) {
        proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_evidenceTitle = new QLabel(right);
    m_evidenceTitle->setWordWrap(true);
    auto* evidenceView = new LinkedEvidenceView(right);
    evidenceView->setObjectName(QStringLiteral("signOffEvidence"));
    evidenceView->setAccessibleName(tr("Evidence mapped to the selected item, with what each shows of it"));
    m_evidence = evidenceView->evidence();
    rightLayout->addWidget(m_evidenceTitle);
    rightLayout->addWidget(evidenceView, 1);

    auto* verdictBox = new QGroupBox(tr("Judgement"), right);
    auto* verdictLayout = new QHBoxLayout(verdictBox);
    m_reached = new QRadioButton(tr("R&eached"), verdictBox);
    m_reached->setObjectName(QStringLiteral("reachedButton"));
    m_notYet = new QRadioButton(tr("N&ot yet reached"), verdictBox);
    m_notYet->setObjectName(QStringLiteral("notYetButton"));
    auto* group = new QButtonGroup(this);
    group->addButton(m_reached);
    group->addButton(m_notYet);
    // No verdict is chosen for the supervisor: two keystrokes must not record a "Reached".
    verdictLayout->addWidget(m_reached);
    verdictLayout->addWidget(m_notYet);
    verdictLayout->addStretch(1);
    rightLayout->addWidget(verdictBox);

    auto* form = new QFormLayout;
    const Worker& w = session->worker();
    // On a team server the sign-off is recorded as whoever is signed in, whatever is typed.
    const bool signedIn = session->store().isOnServer();
    m_name = new QLineEdit(signedIn ? session->store().signedInName() : w.supervisorName, right);
    m_name->setObjectName(QStringLiteral("signOffName"));
    m_name->setAccessibleName(tr("Supervisor's name"));
    m_name->setReadOnly(signedIn);
    if (signedIn)
        m_name->setToolTip(tr("Signed in to the team server: the sign-off is recorded as you."));
    form->addRow(tr("&Name:"), m_name);
    m_role = new QLineEdit(w.supervisorRole, right);
    m_role->setObjectName(QStringLiteral("signOffRole"));
    m_role->setAccessibleName(tr("Supervisor's role"));
    m_role->setPlaceholderText(tr("e.g. Team manager, Practice supervisor"));
    form->addRow(tr("&Role:"), m_role);
    m_date = new QDateEdit(session->today(), right);
    m_date->setObjectName(QStringLiteral("signOffDate"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setAccessibleName(tr("Date of the judgement"));
    m_date->setMaximumDate(session->today());
    form->addRow(tr("&Date:"), m_date);
    m_sessionBox = new QComboBox(right);
    m_sessionBox->setAccessibleName(tr("Supervision session"));
    m_sessionBox->addItem(tr("Not in a recorded session"), 0);
    for (const SupervisionSession& s : session->store().sessions())
        m_sessionBox->addItem(
            tr("%1 with %2").arg(QLocale().toString(s.date, QLocale::ShortFormat), s.supervisor), s.id);
    form->addRow(tr("&Session:"), m_sessionBox);
    m_comment = new QPlainTextEdit(right);
    m_comment->setObjectName(QStringLiteral("signOffComment"));
    m_comment->setAccessibleName(tr("Comment on the judgement"));
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("What the evidence shows, or what is still needed"));
    form->addRow(tr("&Comment:"), m_comment);
    rightLayout->addLayout(form);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 440, 440 });
    layout->addWidget(splitter, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Record &judgement"));
    layout->addWidget(buttons);
    QPushButton* record = buttons->button(QDialogButtonBox::Ok);
    record->setEnabled(false);
    connect(group, &QButtonGroup::buttonToggled, record, [record] { record->setEnabled(true); });
    connect(buttons, &QDialogButtonBox::accepted, this, &SignOffDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignOffDialog::reject);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
        [this, proxy](const QModelIndex& i) { showEvidenceFor(proxy->mapToSource(i)); });
    connect(m_items, &ItemTreeModel::checkToggled, this, &SignOffDialog::updateSummary);
    showEvidenceFor(m_items->indexOf(items.value(0)));
    updateSummary();
    setTabOrder(search, m_tree);
    setTabOrder(m_tree, m_reached);
    setTabOrder(m_reached, m_notYet);
    setTabOrder(m_notYet, m_name);
    setTabOrder(m_name, m_role);
    setTabOrder(m_role, m_date);
    setTabOrder(m_date, m_sessionBox);
    setTabOrder(m_sessionBox, m_comment);
    (m_name->text().isEmpty() ? m_name : static_cast<QWidget*>(m_reached))->setFocus();
}

void SignOffDialog::showEvidenceFor(const QModelIndex& index)
{
    const ItemRef ref = ItemRef::fromString(index.data(ItemTreeModel::ItemRefRole).toString());
    if (!index.isValid() || !index.data(ItemTreeModel::AssessableRole).toBool()) {
        m_evidence->setEvidence({});
        m_evidenceTitle->setText(tr("Select an item to see its evidence."));
        return;
    }
    m_evidence->load(m_session->store(), ref);
    m_evidenceTitle->setText(
        tr("Evidence for “%1” (%2):").arg(index.data(Qt::DisplayRole).toString()).arg(m_evidence->rowCount()));
}

void SignOffDialog::updateSummary()
{
    m_summary->setText(tr("%n item(s) ticked", nullptr, int(m_items->checked().size())));
}

void SignOffDialog::accept()
{
    const QList<ItemRef> items = m_items->checked();
    if (items.isEmpty()) {
        MessageBox::information(this, windowTitle(), tr("Tick at least one item to judge."));
        return;
    }
    if (m_name->text().trimmed().isEmpty()) {
        MessageBox::information(this, windowTitle(), tr("A judgement needs the name of the person making it."));
        m_name->setFocus();
        return;
    }
    if (!m_reached->isChecked() && !m_notYet->isChecked()) {
        MessageBox::information(this, windowTitle(), tr("Choose \"Reached\" or \"Not yet reached\"."));
        m_reached->setFocus();
        return;
    }
    Judgement j;
    j.verdict = m_reached->isChecked() ? Verdict::Reached : Verdict::NotYetReached;
    j.byName = m_name->text().trimmed();
    j.byRole = m_role->text().trimmed();
    j.date = m_date->date();
    j.comment = m_comment->toPlainText().trimmed();
    j.sessionId = m_sessionBox->currentData().toLongLong();
    // "Reached" with nothing to rely on is shown as such everywhere, so it is asked for knowingly.
    const PortfolioFacts& facts = m_session->facts();
    QStringList withoutEvidence;
    QList<Judgement> judgements;
    for (const ItemRef& ref : items) {
        j.item = ref;
        const Pathway* p = m_session->library().find(ref.pathwayId);
        const ItemFacts* f = facts.item(ref);
        j.confirmedWithoutEvidence = j.verdict == Verdict::Reached && (!f || f->evidenceCount == 0) && p && p->needsEvidence(ref.itemId);
        if (j.confirmedWithoutEvidence)
            withoutEvidence << p->statementOf(ref.itemId);
        judgements << j;
    }
    // With nothing to rely on, the comment is the only record of why.
    if (!withoutEvidence.isEmpty() && j.comment.isEmpty()) {
        MessageBox::information(this, windowTitle(),
            tr("%n item(s) have no evidence mapped to them:\n\n• %1\n\nTo sign them off as reached without evidence, say in "
               "the comment what they were judged on.", nullptr, int(withoutEvidence.size()))
                .arg(withoutEvidence.join(QStringLiteral("\n• "))));
        m_comment->setFocus();
        return;
    }
    if (!withoutEvidence.isEmpty()
        && MessageBox::question(this, windowTitle(),
               tr("%n item(s) have no evidence mapped to them:\n\n• %1\n\nSign them off as reached without evidence? They will "
                  "be shown as \"reached, without evidence\" in the matrix and the panel PDF.",
                   nullptr, int(withoutEvidence.size()))
                   .arg(withoutEvidence.join(QStringLiteral("\n• "))))
            != QMessageBox::Yes)
        return;
    // One user action: every judgement is recorded, or none, and the form stays for another try.
    const QList<qint64> ids = m_session->recordJudgements(judgements);
    if (ids.isEmpty()) {
        MessageBox::critical(this, windowTitle(), tr("%1\n\nNothing was recorded.").arg(m_session->errorString()));
        return;
    }
    m_recorded = int(ids.size());
    QStringList uncounted;
    for (const ItemRef& ref : items)
        for (const Judgement& recorded : m_session->store().judgements(ref))
            if (ids.contains(recorded.id) && recorded.changesNothing())
                uncounted << m_session->library().find(ref.pathwayId)->statementOf(ref.itemId);
    if (!uncounted.isEmpty())
        MessageBox::information(this, windowTitle(),
            tr("Recorded. %n judgement(s) are dated before a later judgement of the same item, so they are kept in the "
               "history but do not change the verdict:\n\n• %1",
                nullptr, int(uncounted.size()))
                .arg(uncounted.join(QStringLiteral("\n• "))));
    QDialog::accept();
}

} // namespace waymark::gui
