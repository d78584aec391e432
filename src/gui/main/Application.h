#pragma once

#include <QApplication>

namespace waymark::gui {

// The desktop application. A read of the portfolio that fails anywhere (a screen refreshing,
// a dialog filling itself) throws a StoreError; it is stopped here and told to the person
// once, instead of ending the program or showing an empty screen as if that were the truth.
class Application : public QApplication
{
    Q_OBJECT

public:
    Application(int& argc, char** argv);
    bool notify(QObject* receiver, QEvent* event) override;

signals:
    // A read failed; the message says what could not be read and why.
    void readFailed(const QString& message);

private:
    void tell(const QString& message);

    bool m_telling = false;
};

} // namespace waymark::gui
