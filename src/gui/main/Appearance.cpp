#include "Appearance.h"

#include <QApplication>
#include <QPalette>
#include <QSettings>
#include <QStyle>

namespace waymark::gui {

namespace {

const QString settingsKey = QStringLiteral("appearance");

// The platform's own look, taken before the first change so that "system" can put it back.
struct SystemLook
{
    QString style = QApplication::style()->name();
    QPalette palette = QApplication::palette();
};

const SystemLook& systemLook()
{
    static const SystemLook look;
    return look;
}

Appearance::Scheme s_current = Appearance::Scheme::System;

QString idOf(Appearance::Scheme scheme)
{
    switch (scheme) {
    case Appearance::Scheme::Light: return QStringLiteral("light");
    case Appearance::Scheme::Dark: return QStringLiteral("dark");
    case Appearance::Scheme::System: break;
    }
    return QStringLiteral("system");
}

QPalette darkPalette()
{
    // Contrast of text on its background is above 7:1 (WCAG AAA) for text and links.
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), base(0x1e, 0x1e, 0x1e), text(0xe8, 0xe8, 0xe8);
    const QColor disabledText(0x8a, 0x8a, 0x8a), highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Light, QColor(0x50, 0x50, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x40, 0x40));
    p.setColor(QPalette::Mid, QColor(0x30, 0x30, 0x30));
    p.setColor(QPalette::Dark, QColor(0x18, 0x18, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    for (QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x50, 0x50, 0x50));
    return p;
}

} // namespace

QString Appearance::title(Scheme scheme)
{
    switch (scheme) {
    case Scheme::Light: return tr("Light");
    case Scheme::Dark: return tr("Dark");
    case Scheme::System: break;
    }
    return tr("System default");
}

Appearance::Scheme Appearance::saved()
{
    const QString id = QSettings().value(settingsKey).toString();
    for (Scheme s : { Scheme::Light, Scheme::Dark })
        if (id == idOf(s))
            return s;
    return Scheme::System;
}

void Appearance::choose(Scheme scheme)
{
    apply(scheme);
    QSettings().setValue(settingsKey, idOf(scheme));
}

void Appearance::apply(Scheme scheme)
{
    const SystemLook& system = systemLook();
    s_current = scheme;
    if (scheme == Scheme::System) {
        QApplication::setStyle(system.style);
        QApplication::setPalette(system.palette);
        return;
    }
    QStyle* fusion = QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(scheme == Scheme::Dark ? darkPalette() : fusion->standardPalette());
}

Appearance::Scheme Appearance::current()
{
    return s_current;
}

} // namespace waymark::gui
