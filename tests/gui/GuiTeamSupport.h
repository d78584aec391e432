#pragma once
// The desktop against the team-mode tests' real server (TeamTestSupport.h).
#include "GuiTestSupport.h"
#include "TeamTestSupport.h"

#include "team/ConnectDialog.h"

#include <QLineEdit>

namespace waymark::test {

class GuiTeamTest : public TeamServerTest
{
protected:
    // An unexpected message box must not hang the test: it is answered and its text recorded.
    void SetUp() override
    {
        TeamServerTest::SetUp();
        gui::MessageBox::clearShownTexts();
        gui::MessageBox::setAutoAnswer(QMessageBox::Ok);
    }
    void TearDown() override { gui::MessageBox::setAutoAnswer(QMessageBox::NoButton); }

    // File > Connect to team server, filled in as who would: this team's server and database.
    static void fillIn(gui::ConnectDialog& dialog, const QString& who, const QString& password)
    {
        const QUrl server(serverUri());
        dialog.findChild<QLineEdit*>(QStringLiteral("connectServer"))->setText(QStringLiteral("%1:%2").arg(server.host()).arg(server.port()));
        dialog.findChild<QLineEdit*>(QStringLiteral("connectDatabase"))->setText(s_database);
        dialog.findChild<QLineEdit*>(QStringLiteral("connectLogin"))->setText(login(who));
        dialog.findChild<QLineEdit*>(QStringLiteral("connectPassword"))->setText(password);
    }
};

} // namespace waymark::test
