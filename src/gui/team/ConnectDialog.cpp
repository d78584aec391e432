#include "ConnectDialog.h"

#include "PasswordKeyring.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

namespace waymark::gui {

namespace {
const QString serverKey = QStringLiteral("team/server");
const QString databaseKey = QStringLiteral("team/database");
const QString loginKey = QStringLiteral("team/login");
const QString rememberPasswordKey = QStringLiteral("team/rememberPassword");
} // namespace

ConnectDialog::ConnectDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Connect to team server"));
    setObjectName(QStringLiteral("connectDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Sign in to your team's Waymark server with the login your administrator gave you. "
                                "You will work on your own portfolio there, and on those assigned to you."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QSettings settings;
    m_server = new QLineEdit(settings.value(serverKey).toString(), this);
    m_server->setObjectName(QStringLiteral("connectServer"));
    m_server->setPlaceholderText(tr("server.example.org or server.example.org:5432"));
    form->addRow(tr("&Server:"), m_server);
    m_database = new QLineEdit(settings.value(databaseKey, QStringLiteral("waymark")).toString(), this);
    m_database->setObjectName(QStringLiteral("connectDatabase"));
    form->addRow(tr("&Database:"), m_database);
    m_login = new QLineEdit(settings.value(loginKey).toString(), this);
    m_login->setObjectName(QStringLiteral("connectLogin"));
    form->addRow(tr("&Login:"), m_login);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("connectPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    m_rememberPassword = new QCheckBox(tr("&Remember the password in this computer's keyring"), this);
    m_rememberPassword->setObjectName(QStringLiteral("connectRememberPassword"));
    m_rememberPassword->setChecked(settings.value(rememberPasswordKey, false).toBool());
    form->addRow(QString(), m_rememberPassword);
    layout->addLayout(form);
    // A password kept from last time is filled in, never shown.
    if (m_rememberPassword->isChecked() && !m_login->text().isEmpty()) {
        if (const std::optional<QString> kept = PasswordKeyring::read(PasswordKeyring::keyFor(uri())))
            m_password->setText(*kept);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* connectButton = buttons->button(QDialogButtonBox::Ok);
    connectButton->setText(tr("&Connect"));
    auto updateButton = [=] {
        connectButton->setEnabled(!m_server->text().trimmed().isEmpty() && !m_login->text().trimmed().isEmpty()
                                  && !m_database->text().trimmed().isEmpty());
    };
    for (QLineEdit* field : {m_server, m_database, m_login})
        connect(field, &QLineEdit::textChanged, this, updateButton);
    updateButton();
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_server->text().isEmpty() ? m_server : m_login : m_password)->setFocus();
    m_password->selectAll();
    resize(460, sizeHint().height());
}

QString ConnectDialog::uri() const
{
    // "host" or "host:port"; QUrl parses the pair from an authority.
    const QUrl where(QStringLiteral("postgresql://") + m_server->text().trimmed());
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(where.host());
    if (where.port() > 0)
        url.setPort(where.port());
    url.setUserName(m_login->text().trimmed());
    url.setPassword(m_password->text());
    url.setPath(QLatin1Char('/') + m_database->text().trimmed());
    return url.toString(QUrl::FullyEncoded);
}

void ConnectDialog::remember() const
{
    QSettings settings;
    settings.setValue(serverKey, m_server->text().trimmed());
    settings.setValue(databaseKey, m_database->text().trimmed());
    settings.setValue(loginKey, m_login->text().trimmed());
    settings.setValue(rememberPasswordKey, m_rememberPassword->isChecked());
}

QString ConnectDialog::keepPassword() const
{
    const QString key = PasswordKeyring::keyFor(uri());
    // Where no keyring answers, nothing was kept that could need forgetting.
    if (!m_rememberPassword->isChecked())
        return PasswordKeyring::forget(key), QString();
    QString error;
    return PasswordKeyring::write(key, m_password->text(), &error) ? QString()
           : error.isEmpty()                                        ? tr("the keyring did not answer")
                                                                    : error;
}

} // namespace waymark::gui
