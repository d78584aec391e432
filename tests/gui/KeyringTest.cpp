// Team-server passwords in a real Secret Service keyring (gnome-keyring, started for this test
// program by scripts/with-keyring.sh): kept only when asked and only once the sign-in worked,
// filled in next time, forgotten when no longer wanted, and never written to a file.
#include "GuiTeamSupport.h"

#include "team/PasswordKeyring.h"

#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QLineEdit>
#include <QSettings>
#include <QStatusBar>

using namespace waymark;
using namespace waymark::gui;

namespace {

class GuiKeyring : public test::GuiTeamTest
{
protected:
    static void fillIn(ConnectDialog& dialog, const QString& password) { GuiTeamTest::fillIn(dialog, QStringLiteral("alex"), password); }

    static QString passwordShownIn(const ConnectDialog& dialog)
    {
        return dialog.findChild<QLineEdit*>(QStringLiteral("connectPassword"))->text();
    }

    // Every file under the settings folder, as text: the password must be in none.
    static QString settingsText()
    {
        QString all;
        QDirIterator files(QFileInfo(QSettings().fileName()).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            if (f.open(QIODevice::ReadOnly))
                all += QString::fromUtf8(f.readAll());
        }
        return all;
    }
};

TEST_F(GuiKeyring, APasswordIsKeptOnlyWhenAskedOnceSignedInAndForgottenWhenNotWanted)
{
    MainWindow window(test::bundledLibrary());
    QString error;
    {
        ConnectDialog dialog(&window);
        fillIn(dialog, QStringLiteral("not the password"));
        dialog.rememberPasswordBox()->setChecked(true);
        EXPECT_FALSE(window.connectFrom(dialog));
        const QString key = PasswordKeyring::keyFor(dialog.uri());
        EXPECT_EQ(PasswordKeyring::read(key, &error), QString()) << "a password that did not sign in is not kept: " << error.toStdString();

        fillIn(dialog, test::password);
        ASSERT_TRUE(window.connectFrom(dialog)) << gui::MessageBox::shownTexts().join(QLatin1Char('\n')).toStdString();
        EXPECT_EQ(PasswordKeyring::read(key, &error), test::password) << error.toStdString();
        EXPECT_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("keyring"))) << window.statusBar()->currentMessage().toStdString();
    }
    EXPECT_FALSE(settingsText().contains(test::password)) << "the password is in the keyring, not in the settings";
    EXPECT_TRUE(settingsText().contains(login(QStringLiteral("alex")))) << "the settings were looked for where they are";
    {
        // Next time it is filled in, hidden, and signs in.
        ConnectDialog dialog(&window);
        EXPECT_TRUE(dialog.rememberPasswordBox()->isChecked());
        EXPECT_EQ(passwordShownIn(dialog), test::password);
        EXPECT_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("connectPassword"))->echoMode(), QLineEdit::Password);
        ASSERT_TRUE(window.connectFrom(dialog));
        // Not wanted any more: forgotten.
        dialog.rememberPasswordBox()->setChecked(false);
        ASSERT_TRUE(window.connectFrom(dialog));
        EXPECT_EQ(PasswordKeyring::read(PasswordKeyring::keyFor(dialog.uri()), &error), QString()) << error.toStdString();
    }
    ConnectDialog dialog(&window);
    EXPECT_FALSE(dialog.rememberPasswordBox()->isChecked());
    EXPECT_TRUE(passwordShownIn(dialog).isEmpty());
}

} // namespace
