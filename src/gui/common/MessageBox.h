#pragma once

#include <QMessageBox>
#include <QStringList>

namespace waymark::gui {

// Every question and error the application asks goes through here, so that a test can
// answer it in advance (KeePassXC's MessageBox::setNextAnswer) instead of facing a modal box.
class MessageBox
{
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons = QMessageBox::Ok,
        Button defaultButton = QMessageBox::NoButton);
    static Button information(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
        Buttons buttons = QMessageBox::Yes | QMessageBox::No, Button defaultButton = QMessageBox::NoButton);

    // The answer the next box gives without being shown; consumed by that box.
    static void setNextAnswer(Button button);
    // Answers every box without showing it (for tests that do not care); NoButton to stop.
    static void setAutoAnswer(Button button);
    // Texts of the boxes shown (or answered in advance) since the last clear, oldest first.
    static QStringList shownTexts();
    static void clearShownTexts();

private:
    static Button ask(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
        Buttons buttons, Button defaultButton);
};

} // namespace waymark::gui
