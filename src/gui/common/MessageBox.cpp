#include "MessageBox.h"

namespace waymark::gui {

namespace {
MessageBox::Button nextAnswer = QMessageBox::NoButton;
MessageBox::Button autoAnswer = QMessageBox::NoButton;
QStringList shown;
} // namespace

MessageBox::Button MessageBox::critical(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(
    QWidget* parent, const QString& title, const QString& text, Buttons buttons, Button defaultButton)
{
    return ask(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button button)
{
    nextAnswer = button;
}

void MessageBox::setAutoAnswer(Button button)
{
    autoAnswer = button;
}

QStringList MessageBox::shownTexts()
{
    return shown;
}

void MessageBox::clearShownTexts()
{
    shown.clear();
}

MessageBox::Button MessageBox::ask(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
    Buttons buttons, Button defaultButton)
{
    shown << text;
    if (nextAnswer != QMessageBox::NoButton) {
        const Button answer = nextAnswer;
        nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (autoAnswer != QMessageBox::NoButton)
        return autoAnswer;
    QMessageBox box(icon, title, text, buttons, parent);
    if (defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(defaultButton);
    // Store messages can be long; plain text keeps any markup in them harmless.
    box.setTextFormat(Qt::PlainText);
    return Button(box.exec());
}

} // namespace waymark::gui
