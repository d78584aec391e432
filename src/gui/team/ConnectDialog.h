#pragma once

#include <QDialog>

class QLineEdit;

namespace waymark::gui {

// File > Connect to team server: where the server is and who signs in. The password is never
// kept; the rest is remembered for next time.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // A libpq URI: postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.
    QString uri() const;
    void remember() const;

private:
    QLineEdit* m_server = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace waymark::gui
