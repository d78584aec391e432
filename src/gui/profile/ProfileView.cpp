#include "ProfileView.h"

#include "common/DialogFocus.h"
#include "common/MessageBox.h"
#include "common/OptionalDateEdit.h"
#include "common/PathwayChooser.h"
#include "common/TableSetup.h"
#include "main/PortfolioSession.h"
#include "profile/AwardDialog.h"
#include "profile/AwardListModel.h"
#include "profile/RoleDialog.h"
#include "profile/RoleListModel.h"
#include "undo/PortfolioChanges.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace waymark::gui {

namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setAccessibleName(name);
    TableSetup::apply(view, 0);
    return view;
}

} // namespace

ProfileView::ProfileView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* outer = new QHBoxLayout(this);
    auto* about = new QGroupBox(tr("About you"), this);
    auto* form = new QFormLayout(about);
    m_name = new QLineEdit(about);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setAccessibleName(tr("Your name"));
    form->addRow(tr("&Name:"), m_name);
    m_profession = new QComboBox(about);
    m_profession->setAccessibleName(tr("Profession"));
    for (const QString& id : professionIds())
        m_profession->addItem(professionTitle(id), id);
    form->addRow(tr("P&rofession:"), m_profession);
    m_registrationBody = new QComboBox(about);
    m_registrationBody->setEditable(true);
    m_registrationBody->setAccessibleName(tr("Registration body"));
    m_registrationBody->addItems(
        { QString(), QStringLiteral("Social Work England"), QStringLiteral("HCPC"), QStringLiteral("SSSC") });
    form->addRow(tr("Re&gistered with:"), m_registrationBody);
    m_registrationNumber = new QLineEdit(about);
    m_registrationNumber->setAccessibleName(tr("Registration number"));
    form->addRow(tr("Registration num&ber:"), m_registrationNumber);
    m_qualified = new OptionalDateEdit(tr("&Qualified on"), about);
    m_qualified->setToolTip(tr("Post-qualifying experience is counted from this date"));
    form->addRow(QString(), m_qualified);
    m_chooser = new PathwayChooser(session->library(), form, about);
    m_supervisor = new QLineEdit(about);
    m_supervisor->setAccessibleName(tr("Supervisor's name"));
    form->addRow(tr("S&upervisor:"), m_supervisor);
    m_supervisorRole = new QLineEdit(about);
    m_supervisorRole->setAccessibleName(tr("Supervisor's role"));
    form->addRow(tr("Superv&isor's role:"), m_supervisorRole);
    auto* saved = new QLabel(tr("Each field is saved as soon as you leave it."), about);
    saved->setWordWrap(true);
    form->addRow(saved);
    outer->addWidget(about, 1);

    auto* right = new QVBoxLayout;
    auto* rolesBox = new QGroupBox(tr("Role history"), this);
    auto* rolesLayout = new QVBoxLayout(rolesBox);
    m_roles = new RoleListModel(this);
    m_roleView = makeTable(m_roles, tr("Role history"), rolesBox);
    m_roleView->setObjectName(QStringLiteral("roleTable"));
    rolesLayout->addWidget(m_roleView);
    auto* roleButtons = new QHBoxLayout;
    auto* addRoleButton = new QPushButton(tr("&Add role…"), rolesBox);
    auto* editRoleButton = new QPushButton(tr("Edit ro&le…"), rolesBox);
    auto* removeRoleButton = new QPushButton(tr("Re&move role"), rolesBox);
    roleButtons->addWidget(addRoleButton);
    roleButtons->addWidget(editRoleButton);
    roleButtons->addWidget(removeRoleButton);
    roleButtons->addStretch(1);
    rolesLayout->addLayout(roleButtons);
    right->addWidget(rolesBox);

    auto* awardsBox = new QGroupBox(tr("Awards and qualifications"), this);
    auto* awardsLayout = new QVBoxLayout(awardsBox);
    m_awards = new AwardListModel(this);
    m_awardView = makeTable(m_awards, tr("Awards and qualifications"), awardsBox);
    m_awardView->setObjectName(QStringLiteral("awardTable"));
    awardsLayout->addWidget(m_awardView);
    auto* awardButtons = new QHBoxLayout;
    auto* addAwardButton = new QPushButton(tr("Add a&ward…"), awardsBox);
    auto* removeAwardButton = new QPushButton(tr("Rem&ove award"), awardsBox);
    awardButtons->addWidget(addAwardButton);
    awardButtons->addWidget(removeAwardButton);
    awardButtons->addStretch(1);
    awardsLayout->addLayout(awardButtons);
    right->addWidget(awardsBox);
    outer->addLayout(right, 1);

    auto save = [this] {
        if (!m_filling)
            saveProfile();
    };
    for (QLineEdit* e : { m_name, m_registrationNumber, m_supervisor, m_supervisorRole })
        connect(e, &QLineEdit::editingFinished, this, save);
    connect(m_registrationBody->lineEdit(), &QLineEdit::editingFinished, this, save);
    connect(m_registrationBody, &QComboBox::activated, this, save);
    connect(m_profession, &QComboBox::currentIndexChanged, this, [this, save] {
        if (m_filling)
            return;
        m_chooser->setProfession(m_profession->currentData().toString());
        save();
    });
    connect(m_qualified, &OptionalDateEdit::dateChanged, this, save);
    connect(m_chooser, &PathwayChooser::changed, this, save);
    connect(addRoleButton, &QPushButton::clicked, this, &ProfileView::addRole);
    connect(editRoleButton, &QPushButton::clicked, this, &ProfileView::editRole);
    connect(m_roleView, &QTableView::activated, this, &ProfileView::editRole);
    connect(removeRoleButton, &QPushButton::clicked, this, &ProfileView::removeRole);
    connect(addAwardButton, &QPushButton::clicked, this, &ProfileView::addAward);
    connect(removeAwardButton, &QPushButton::clicked, this, &ProfileView::removeAward);
    connect(session, &PortfolioSession::portfolioOpened, this, &ProfileView::refresh);
    connect(session, &PortfolioSession::profileChanged, this, &ProfileView::refresh);
    refresh();
}

void ProfileView::refresh()
{
    const bool open = m_session->isOpen();
    setEnabled(open);
    if (!open)
        return;
    const Worker& w = m_session->worker();
    // While the form is filled, its own change signals must not save anything.
    m_filling = true;
    if (m_name->text() != w.name)
        m_name->setText(w.name);
    m_profession->setCurrentIndex(qMax(0, m_profession->findData(w.profession)));
    m_chooser->setProfession(m_profession->currentData().toString());
    m_registrationBody->setCurrentText(w.registrationBody);
    if (m_registrationNumber->text() != w.registrationNumber)
        m_registrationNumber->setText(w.registrationNumber);
    m_qualified->setDate(w.qualified);
    m_chooser->setChoice(w.pathwayId, w.currentStep, w.targetStep);
    if (m_supervisor->text() != w.supervisorName)
        m_supervisor->setText(w.supervisorName);
    if (m_supervisorRole->text() != w.supervisorRole)
        m_supervisorRole->setText(w.supervisorRole);
    m_filling = false;
    m_roles->setRoles(m_session->store().roles());
    m_awards->setAwards(m_session->store().awards());
}

Worker ProfileView::formWorker()
{
    Worker w = m_session->worker();
    w.name = m_name->text().trimmed();
    w.profession = m_profession->currentData().toString();
    w.registrationBody = m_registrationBody->currentText().trimmed();
    w.registrationNumber = m_registrationNumber->text().trimmed();
    w.qualified = m_qualified->date();
    w.pathwayId = m_chooser->pathwayId();
    w.currentStep = m_chooser->currentStep();
    w.targetStep = m_chooser->targetStep();
    w.supervisorName = m_supervisor->text().trimmed();
    w.supervisorRole = m_supervisorRole->text().trimmed();
    return w;
}

bool ProfileView::saveProfile()
{
    if (!m_session->isOpen())
        return false;
    const Worker w = formWorker();
    const Worker& stored = m_session->worker();
    if (w.name == stored.name && w.profession == stored.profession && w.registrationBody == stored.registrationBody
        && w.registrationNumber == stored.registrationNumber && w.qualified == stored.qualified
        && w.pathwayId == stored.pathwayId && w.currentStep == stored.currentStep && w.targetStep == stored.targetStep
        && w.supervisorName == stored.supervisorName && w.supervisorRole == stored.supervisorRole)
        return true;
    if (!m_session->changes()->saveWorker(w)) {
        // The form keeps what was typed; leaving the field again tries again.
        MessageBox::critical(this, tr("Profile not saved"), m_session->changes()->errorString());
        return false;
    }
    return true;
}

void ProfileView::addRole()
{
    RoleDialog dialog(RoleRecord(), m_session->today(), this);
    while (execKeepingFocus(dialog, m_roleView) == QDialog::Accepted) {
        if (m_session->changes()->addRole(dialog.role()) != 0)
            return;
        MessageBox::critical(this, tr("Role not saved"), m_session->changes()->errorString());
    }
}

void ProfileView::editRole()
{
    const RoleRecord* role = m_roles->roleAt(m_roleView->currentIndex().row());
    if (!role)
        return;
    RoleDialog dialog(*role, m_session->today(), this);
    while (execKeepingFocus(dialog, m_roleView) == QDialog::Accepted) {
        if (m_session->changes()->updateRole(dialog.role()))
            return;
        MessageBox::critical(this, tr("Role not saved"), m_session->changes()->errorString());
    }
}

void ProfileView::removeRole()
{
    const RoleRecord* role = m_roles->roleAt(m_roleView->currentIndex().row());
    if (!role)
        return;
    // No question first: the status bar offers Undo.
    if (!m_session->changes()->removeRole(*role))
        MessageBox::critical(this, tr("Role not removed"), m_session->changes()->errorString());
}

void ProfileView::addAward()
{
    AwardDialog dialog(m_session->library(), this);
    while (execKeepingFocus(dialog, m_awardView) == QDialog::Accepted) {
        if (m_session->changes()->addAward(dialog.award()) != 0)
            return;
        MessageBox::critical(this, tr("Award not saved"), m_session->changes()->errorString());
    }
}

void ProfileView::removeAward()
{
    const AwardRecord* award = m_awards->awardAt(m_awardView->currentIndex().row());
    if (!award)
        return;
    if (!m_session->changes()->removeAward(*award))
        MessageBox::critical(this, tr("Award not removed"), m_session->changes()->errorString());
}

} // namespace waymark::gui
