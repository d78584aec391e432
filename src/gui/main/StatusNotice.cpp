#include "StatusNotice.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTimer>

namespace waymark::gui {

StatusNotice::StatusNotice(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_label = new QLabel(this);
    m_undo = new QPushButton(tr("&Undo"), this);
    m_undo->setAccessibleName(tr("Undo the last change"));
    m_undo->setFlat(true);
    layout->addWidget(m_label);
    layout->addWidget(m_undo);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    // Long enough to notice and react; the same undo stays in Edit > Undo afterwards.
    m_timer->setInterval(15000);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        hide();
        emit undoRequested();
    });
    hide();
}

void StatusNotice::showNotice(const QString& text, bool offerUndo)
{
    m_label->setText(text);
    m_undo->setVisible(offerUndo);
    // A temporary message ("Opened …") would be drawn over the notice.
    if (auto* bar = qobject_cast<QStatusBar*>(parentWidget()))
        bar->clearMessage();
    show();
    m_timer->start();
}

QString StatusNotice::text() const
{
    return isHidden() ? QString() : m_label->text();
}

} // namespace waymark::gui
