#include "EmptyState.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark::gui {

EmptyState::EmptyState(QAbstractItemView* view, const QString& heading, const QString& text, const QString& buttonText,
    QWidget* parent, std::function<bool()> isEmpty)
    : QStackedWidget(parent)
    , m_view(view)
    , m_isEmpty(std::move(isEmpty))
{
    auto* page = new QWidget(this);
    page->setObjectName(view->objectName() + QStringLiteral("Empty"));
    page->setAutoFillBackground(true);
    page->setBackgroundRole(QPalette::Base);
    auto* layout = new QVBoxLayout(page);
    auto* title = new QLabel(heading, page);
    QFont big = title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    title->setFont(big);
    title->setTextFormat(Qt::PlainText);
    title->setWordWrap(true);
    title->setAlignment(Qt::AlignCenter);
    auto* explanation = new QLabel(text, page);
    explanation->setTextFormat(Qt::PlainText);
    explanation->setWordWrap(true);
    explanation->setAlignment(Qt::AlignCenter);
    explanation->setMaximumWidth(explanation->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 34);
    // No mnemonic: the screen's own button for the same action has it.
    m_button = new QPushButton(buttonText, page);
    m_button->setAccessibleDescription(text);
    layout->addStretch(1);
    layout->addWidget(title);
    // Centred by stretches, not by alignment: an aligned label gets its narrow size hint and
    // loses the lines its wrapping needs.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(explanation, 100);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addSpacing(title->fontMetrics().height() / 2);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    addWidget(page);
    addWidget(view);

    if (!m_isEmpty)
        m_isEmpty = [this] { return m_view->model() && m_view->model()->rowCount(m_view->rootIndex()) == 0; };
    QAbstractItemModel* model = view->model();
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyState::update);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyState::update);
    update();
}

void EmptyState::update()
{
    const bool empty = m_isEmpty();
    // The focus stays on the screen: it moves from the list to the button, and back.
    QWidget* focus = QApplication::focusWidget();
    const bool hadFocus = focus && currentWidget() && (focus == currentWidget() || currentWidget()->isAncestorOf(focus));
    setCurrentIndex(empty ? 0 : 1);
    if (hadFocus)
        (empty ? static_cast<QWidget*>(m_button) : m_view)->setFocus(Qt::OtherFocusReason);
}

} // namespace waymark::gui
