#include "DialogFocus.h"

#include <QApplication>
#include <QDialog>
#include <QPointer>

namespace waymark::gui {

int execKeepingFocus(QDialog& dialog, QWidget* fallback)
{
    const QPointer<QWidget> opener = QApplication::focusWidget();
    const QPointer<QWidget> second = fallback;
    const int result = dialog.exec();
    for (QWidget* w : { opener.data(), second.data() }) {
        if (w && w->isEnabled() && w->isVisible() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::OtherFocusReason);
            break;
        }
    }
    return result;
}

} // namespace waymark::gui
