#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace waymark::gui {

// File > Connect to team server: where the server is and who signs in. The rest is remembered
// for next time; the password only in this computer's keyring, and only when asked to.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);

    // A libpq URI: postgresql://LOGIN:PASSWORD@HOST:PORT/DATABASE.
    QString uri() const;
    void remember() const;
    // Once signed in: keeps the password in the keyring, or forgets it there when the box is
    // not ticked. Why the password could not be kept, or empty.
    QString keepPassword() const;
    QCheckBox* rememberPasswordBox() const { return m_rememberPassword; }

private:
    QLineEdit* m_server = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_login = nullptr;
    QLineEdit* m_password = nullptr;
    QCheckBox* m_rememberPassword = nullptr;
};

} // namespace waymark::gui
