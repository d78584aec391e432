#pragma once

class QDialog;
class QWidget;

namespace waymark::gui {

// Runs a modal dialog, then gives the keyboard focus back to the widget that had it before
// (the button that opened it, as a rule). A screen that refreshes while the dialog is open can
// disable that button, and Qt then passes its focus on to whatever comes next; fallback (the
// list the button acts on) takes it in that case.
int execKeepingFocus(QDialog& dialog, QWidget* fallback = nullptr);

} // namespace waymark::gui
