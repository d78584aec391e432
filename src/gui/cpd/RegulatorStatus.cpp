#include "RegulatorStatus.h"

#include "common/StatusAccent.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace waymark::gui {

RegulatorStatus::RegulatorStatus(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_icon = new QLabel(this);
    const int side = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setFixedSize(side, side);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("regulatorStatus"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    hide();
}

void RegulatorStatus::setCheck(const std::optional<CpdCheck>& check)
{
    setVisible(check.has_value());
    if (!check)
        return;
    QStringList lines{tr("%1 CPD · %2").arg(regulatorTitle(check->regulator), RegulatorCpd::periodTitle(*check)),
                      RegulatorCpd::summary(*check)};
    for (const QString& p : check->problems + check->advice)
        lines << tr("• %1").arg(p);
    m_text->setText(lines.join(QLatin1Char('\n')));
    const StatusAccent::Mark mark = check->met() ? StatusAccent::Mark::Tick : check->warn() ? StatusAccent::Mark::Alert : StatusAccent::Mark::Cross;
    const QColor colour = check->met() ? StatusAccent::green() : check->warn() ? StatusAccent::amber() : StatusAccent::red();
    m_icon->setPixmap(StatusAccent::icon(mark, colour).pixmap(m_icon->size(), devicePixelRatioF()));
    m_icon->setAccessibleName(check->met() ? tr("Met") : check->warn() ? tr("Warning") : tr("Not met"));
}

} // namespace waymark::gui
