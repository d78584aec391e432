#include "LearningOfferDialog.h"

#include "common/WrappingTreeView.h"
#include "plan/LearningOfferModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace waymark::gui {

LearningOfferDialog::LearningOfferDialog(
    const PathwayLibrary& library, const QList<LearningSuggestion>& suggestions, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Plan a learning offer"));
    resize(640, 520);
    auto* layout = new QVBoxLayout(this);
    m_model = new LearningOfferModel(library, suggestions, this);
    m_tree = new WrappingTreeView(this);
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setAccessibleName(tr("Learning offers"));
    m_tree->expandToDepth(suggestions.isEmpty() ? 0 : 1);
    if (!suggestions.isEmpty())
        m_tree->expand(m_model->index(0, 0));
    m_description = new QLabel(this);
    m_description->setWordWrap(true);
    m_description->setTextFormat(Qt::PlainText);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_description);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Plan this"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LearningOfferDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LearningOfferDialog::reject);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex& i) {
        if (!i.data(LearningOfferModel::OfferRole).toString().isEmpty())
            accept();
    });
    connect(
        m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this, buttons](const QModelIndex& i) {
            const bool offer = !i.data(LearningOfferModel::OfferRole).toString().isEmpty();
            buttons->button(QDialogButtonBox::Ok)->setEnabled(offer);
            m_description->setText(i.data(LearningOfferModel::DescriptionRole).toString());
        });
}

QString LearningOfferDialog::chosenOffer() const
{
    return m_tree->currentIndex().data(LearningOfferModel::OfferRole).toString();
}

QString LearningOfferDialog::chosenTitle() const
{
    return m_tree->currentIndex().data(LearningOfferModel::TitleRole).toString();
}

bool LearningOfferDialog::choose(const QString& pathwayId, const QString& offerId)
{
    const QModelIndex i = m_model->indexOf(pathwayId, offerId);
    if (!i.isValid())
        return false;
    m_tree->setCurrentIndex(i);
    return true;
}

} // namespace waymark::gui
