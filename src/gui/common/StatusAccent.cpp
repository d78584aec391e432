#include "StatusAccent.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace waymark::gui {

namespace {

// Paints a mark at whatever size and pixel ratio Qt asks for, so it is never a scaled bitmap.
class MarkEngine : public QIconEngine
{
public:
    MarkEngine(StatusAccent::Mark mark, const QColor& colour)
        : m_mark(mark)
        , m_colour(colour)
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QColor c = m_colour;
        if (mode == QIcon::Disabled)
            c.setAlphaF(0.4f);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0, rect.y() + (rect.height() - side) / 2.0, side, side);
        const QRectF circle = box.adjusted(side * 0.1, side * 0.1, -side * 0.1, -side * 0.1);
        const qreal pen = qMax<qreal>(1.0, side / 9.0);
        switch (m_mark) {
        case StatusAccent::Mark::Ring:
            painter->setPen(QPen(c, pen));
            painter->setBrush(Qt::NoBrush);
            painter->drawEllipse(circle.adjusted(pen / 2, pen / 2, -pen / 2, -pen / 2));
            break;
        case StatusAccent::Mark::Dot:
            painter->setPen(Qt::NoPen);
            painter->setBrush(c);
            painter->drawEllipse(circle.adjusted(side * 0.08, side * 0.08, -side * 0.08, -side * 0.08));
            break;
        case StatusAccent::Mark::Tick:
        case StatusAccent::Mark::Cross:
        case StatusAccent::Mark::Question:
        case StatusAccent::Mark::Clock:
        case StatusAccent::Mark::Alert: {
            painter->setPen(Qt::NoPen);
            painter->setBrush(c);
            painter->drawEllipse(circle);
            // The symbol is cut in white: the filled circle gives it its own background.
            QPen white(Qt::white, pen * 1.3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
            painter->setPen(white);
            painter->setBrush(Qt::NoBrush);
            const qreal x = circle.x(), y = circle.y(), w = circle.width();
            if (m_mark == StatusAccent::Mark::Tick) {
                QPainterPath p;
                p.moveTo(x + w * 0.27, y + w * 0.52);
                p.lineTo(x + w * 0.44, y + w * 0.69);
                p.lineTo(x + w * 0.74, y + w * 0.34);
                painter->drawPath(p);
            } else if (m_mark == StatusAccent::Mark::Cross) {
                painter->drawLine(QPointF(x + w * 0.33, y + w * 0.33), QPointF(x + w * 0.67, y + w * 0.67));
                painter->drawLine(QPointF(x + w * 0.67, y + w * 0.33), QPointF(x + w * 0.33, y + w * 0.67));
            } else if (m_mark == StatusAccent::Mark::Alert) {
                painter->drawLine(QPointF(x + w * 0.5, y + w * 0.24), QPointF(x + w * 0.5, y + w * 0.56));
                painter->drawPoint(QPointF(x + w * 0.5, y + w * 0.76));
            } else if (m_mark == StatusAccent::Mark::Clock) {
                painter->drawLine(QPointF(x + w * 0.5, y + w * 0.25), QPointF(x + w * 0.5, y + w * 0.52));
                painter->drawLine(QPointF(x + w * 0.5, y + w * 0.52), QPointF(x + w * 0.7, y + w * 0.62));
            } else {
                QPainterPath p;
                p.moveTo(x + w * 0.36, y + w * 0.38);
                p.cubicTo(x + w * 0.36, y + w * 0.2, x + w * 0.66, y + w * 0.2, x + w * 0.64, y + w * 0.38);
                p.cubicTo(x + w * 0.62, y + w * 0.5, x + w * 0.5, y + w * 0.5, x + w * 0.5, y + w * 0.6);
                painter->drawPath(p);
                painter->drawPoint(QPointF(x + w * 0.5, y + w * 0.76));
            }
            break;
        }
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    QIconEngine* clone() const override { return new MarkEngine(m_mark, m_colour); }

private:
    StatusAccent::Mark m_mark;
    QColor m_colour;
};

} // namespace

QColor StatusAccent::green()
{
    return QColor(0x2e, 0xa0, 0x4f);
}
QColor StatusAccent::blue()
{
    return QColor(0x3b, 0x7d, 0xdd);
}
QColor StatusAccent::amber()
{
    return QColor(0xd0, 0x8c, 0x10);
}
QColor StatusAccent::red()
{
    return QColor(0xd0, 0x4a, 0x3c);
}
QColor StatusAccent::grey()
{
    return QColor(0x8c, 0x8c, 0x8c);
}

QColor StatusAccent::colour(ItemState state)
{
    switch (state) {
    case ItemState::NoEvidence:
        return grey();
    case ItemState::Evidence:
        return amber();
    case ItemState::ReadyForReview:
        return blue();
    case ItemState::NotYet:
        return red();
    case ItemState::NeedsReconfirming:
        return amber();
    case ItemState::Reached:
        return green();
    }
    return grey();
}

QColor StatusAccent::colour(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met:
        return green();
    case Outcome::NotMet:
        return red();
    case Outcome::Unknown:
        return amber();
    }
    return grey();
}

QIcon StatusAccent::icon(Mark mark, const QColor& colour)
{
    return QIcon(new MarkEngine(mark, colour));
}

QIcon StatusAccent::icon(ItemState state)
{
    switch (state) {
    case ItemState::NoEvidence:
        return icon(Mark::Ring, colour(state));
    case ItemState::Evidence:
        return icon(Mark::Dot, colour(state));
    case ItemState::ReadyForReview:
        return icon(Mark::Clock, colour(state));
    case ItemState::NotYet:
        return icon(Mark::Cross, colour(state));
    case ItemState::NeedsReconfirming:
        return icon(Mark::Alert, colour(state));
    case ItemState::Reached:
        return icon(Mark::Tick, colour(state));
    }
    return QIcon();
}

QIcon StatusAccent::icon(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Met:
        return icon(Mark::Tick, green());
    case Outcome::NotMet:
        return icon(Mark::Cross, red());
    case Outcome::Unknown:
        return icon(Mark::Question, amber());
    }
    return QIcon();
}

QIcon StatusAccent::icon(ReadinessReport::Verdict verdict)
{
    switch (verdict) {
    case ReadinessReport::Verdict::Ready:
        return icon(Mark::Tick, green());
    case ReadinessReport::Verdict::NotYet:
        return icon(Mark::Cross, red());
    case ReadinessReport::Verdict::Unknown:
        return icon(Mark::Question, amber());
    }
    return QIcon();
}

} // namespace waymark::gui
