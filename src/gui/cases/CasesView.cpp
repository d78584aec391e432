#include "CasesView.h"

#include "cases/CaseListModel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/TableSetup.h"
#include "main/PortfolioSession.h"

#include "waymark/DecisionLetter.h"

#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace waymark::gui {

namespace {

const QString workerRole = QStringLiteral("worker");

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

} // namespace

CasesView::CasesView(PortfolioSession* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
{
    auto* layout = new QVBoxLayout(this);
    auto* who = new QHBoxLayout;
    m_actingAs = new QComboBox(this);
    m_actingAs->setObjectName(QStringLiteral("casesActingAs"));
    auto* actingLabel = new QLabel(tr("&Acting as:"), this);
    actingLabel->setBuddy(m_actingAs);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("casesName"));
    m_name->setPlaceholderText(tr("Your name"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    m_signedIn = new QLabel(this);
    m_signedIn->setEnabled(false);
    who->addWidget(actingLabel);
    who->addWidget(m_actingAs);
    who->addSpacing(12);
    who->addWidget(nameLabel);
    who->addWidget(m_name, 1);
    who->addWidget(m_signedIn);
    layout->addLayout(who);

    auto* split = new QSplitter(this);
    m_model = new CaseListModel(this);
    m_table = new QTableView(split);
    m_table->setObjectName(QStringLiteral("casesTable"));
    m_table->setAccessibleName(tr("Progression cases"));
    m_table->setModel(m_model);
    TableSetup::apply(m_table, CaseListModel::StatusColumn);
    m_detail = new QTextBrowser(split);
    m_detail->setObjectName(QStringLiteral("caseDetail"));
    m_detail->setAccessibleName(tr("The case as the approvers see it"));
    m_detail->setOpenLinks(false);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_workerActions = new QWidget(this);
    auto* workerRow = new QHBoxLayout(m_workerActions);
    workerRow->setContentsMargins(0, 0, 0, 0);
    m_target = new QComboBox(m_workerActions);
    m_target->setObjectName(QStringLiteral("caseTarget"));
    auto* targetLabel = new QLabel(tr("Case f&or:"), m_workerActions);
    targetLabel->setBuddy(m_target);
    m_submit = new QPushButton(tr("S&ubmit case…"), m_workerActions);
    m_withdraw = new QPushButton(tr("&Withdraw case…"), m_workerActions);
    workerRow->addWidget(targetLabel);
    workerRow->addWidget(m_target, 1);
    workerRow->addWidget(m_submit);
    workerRow->addWidget(m_withdraw);
    m_letter = new QPushButton(tr("Decision &letter…"), m_workerActions);
    m_letter->setToolTip(tr("Write the decision letter as a PDF"));
    workerRow->addWidget(m_letter);
    layout->addWidget(m_workerActions);

    m_approverActions = new QWidget(this);
    auto* approverRow = new QHBoxLayout(m_approverActions);
    approverRow->setContentsMargins(0, 0, 0, 0);
    m_decision = new QComboBox(m_approverActions);
    m_decision->setObjectName(QStringLiteral("caseDecision"));
    auto* decisionLabel = new QLabel(tr("Decisi&on:"), m_approverActions);
    decisionLabel->setBuddy(m_decision);
    m_reason = new QPlainTextEdit(m_approverActions);
    m_reason->setObjectName(QStringLiteral("caseReason"));
    m_reason->setAccessibleName(tr("Reasons"));
    m_reason->setPlaceholderText(tr("Reasons (required to refer back or decline)"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4);
    m_decide = new QPushButton(tr("&Record decision…"), m_approverActions);
    approverRow->addWidget(decisionLabel);
    approverRow->addWidget(m_decision);
    approverRow->addWidget(m_reason, 1);
    approverRow->addWidget(m_decide);
    layout->addWidget(m_approverActions);

    connect(m_actingAs, &QComboBox::currentIndexChanged, this, [this] {
        fillName();
        refresh();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &CasesView::showSelected);
    connect(m_submit, &QPushButton::clicked, this, &CasesView::submitCase);
    connect(m_withdraw, &QPushButton::clicked, this, &CasesView::withdrawCase);
    connect(m_decide, &QPushButton::clicked, this, &CasesView::recordDecision);
    connect(m_letter, &QPushButton::clicked, this, &CasesView::writeLetter);
    connect(session, &PortfolioSession::portfolioOpened, this, [this] {
        fillActingAs();
        refresh();
    });
    connect(session, &PortfolioSession::casesChanged, this, &CasesView::refresh);
    connect(session, &PortfolioSession::profileChanged, this, &CasesView::fillTargets);
    fillActingAs();
    refresh();
}

// In a portfolio file anyone may act in any role and types who they are; every record says
// they were not signed in. On a team server the choices are the roles the team gives the
// signed-in person on this portfolio, and the name is theirs.
void CasesView::fillActingAs()
{
    const bool open = m_session->isOpen();
    const bool onServer = open && m_session->store().isOnServer();
    const QStringList roles = open ? m_session->store().caseActingRoles() : QStringList{workerRole};
    const QString was = actingAs();
    {
        const QSignalBlocker quiet(m_actingAs);
        m_actingAs->clear();
        for (const QString& role : roles)
            m_actingAs->addItem(role == workerRole ? tr("Worker: my cases") : tr("%1: cases awaiting me").arg(approvalRoleTitle(role)), role);
        if (roles.isEmpty())
            m_actingAs->addItem(tr("No role here: reading only"), QString());
        m_actingAs->setCurrentIndex(std::max(0, m_actingAs->findData(was)));
    }
    m_name->setReadOnly(onServer);
    m_signedIn->setText(onServer ? tr("signed in") : tr("not signed in: recorded as typed"));
    fillName();
}

void CasesView::fillName()
{
    const bool open = m_session->isOpen();
    if (open && m_session->store().isOnServer())
        m_name->setText(m_session->store().signedInName());
    else
        m_name->setText(actingAs() == workerRole && open ? m_session->worker().name : QString());
}

QString CasesView::actingAs() const
{
    return m_actingAs->currentData().toString();
}

void CasesView::setActingAs(const QString& role)
{
    m_actingAs->setCurrentIndex(m_actingAs->findData(role));
}

CaseActor CasesView::actor() const
{
    return CaseActor{m_name->text().trimmed(), actingAs(), m_session->store().isOnServer()};
}

const ProgressionCase* CasesView::selected() const
{
    return m_model->caseAt(m_table->currentIndex().row());
}

void CasesView::refresh()
{
    const bool open = m_session->isOpen();
    setEnabled(open);
    const qint64 was = selected() ? selected()->id : 0;
    QList<ProgressionCase> shown;
    const QString role = actingAs();
    if (open)
        for (const ProgressionCase& c : m_session->store().cases())
            // Someone the team gives no role here (an administrator) reads every case.
            if (role == workerRole || role.isEmpty() || (c.awaitedStage() >= 0 && c.stages[c.awaitedStage()].role == role))
                shown << c;
    m_model->setCases(shown);
    const int row = m_model->rowOf(was);
    m_table->setCurrentIndex(m_model->index(row >= 0 ? row : shown.isEmpty() ? -1 : int(shown.size()) - 1, 0));
    m_workerActions->setVisible(role == workerRole);
    m_approverActions->setVisible(role != workerRole && !role.isEmpty());
    fillTargets();
    showSelected();
}

void CasesView::fillTargets()
{
    const QString was = m_target->currentData().toString();
    m_target->clear();
    const Pathway* pathway = m_session->isOpen() ? m_session->workerPathway() : nullptr;
    if (pathway) {
        // Only targets whose pathway says who approves them take a case.
        for (const Step& s : pathway->steps)
            if (!pathway->approvalFor(s.id).isEmpty())
                m_target->addItem(s.title, s.id);
        for (const RoleProfile& r : pathway->roleProfiles)
            if (!r.approval.isEmpty())
                m_target->addItem(r.title, r.id);
        const int target = m_target->findData(was.isEmpty() ? m_session->worker().targetStep : was);
        if (target >= 0)
            m_target->setCurrentIndex(target);
    }
    updateActions();
}

void CasesView::showSelected()
{
    const ProgressionCase* c = selected();
    if (!c) {
        m_detail->setHtml(actingAs() == workerRole ? tr("<p>No case yet. Choose what the case is for below and submit it: "
                                                        "Waymark freezes your portfolio as it is, for the approvers.</p>")
                          : actingAs().isEmpty()   ? tr("<p>No case yet. The team gives you no role on this portfolio's cases: "
                                                        "you can read them, not act on them.</p>")
                                                   : tr("<p>No case awaits the %1.</p>").arg(esc(approvalRoleTitle(actingAs()))));
    } else {
        m_detail->setHtml(describe(*c));
    }
    updateActions();
}

void CasesView::updateActions()
{
    const ProgressionCase* c = selected();
    const CaseStatus status = c ? c->status() : CaseStatus::Withdrawn;
    m_submit->setEnabled(m_target->count() > 0);
    m_withdraw->setEnabled(c && (status == CaseStatus::Open || status == CaseStatus::ReferredBack));
    m_letter->setEnabled(c && (status == CaseStatus::Approved || status == CaseStatus::Declined || status == CaseStatus::ReferredBack));
    const bool mine = c && c->awaitedStage() >= 0 && c->stages[c->awaitedStage()].role == actingAs();
    m_decide->setEnabled(mine);
    // Only what the awaited stage can decide is offered.
    const QString was = m_decision->currentData().toString();
    m_decision->clear();
    if (mine)
        for (CaseAction action : decisionsAt(c->stages[c->awaitedStage()]))
            m_decision->addItem(caseActionVerb(action), caseActionId(action));
    m_decision->setCurrentIndex(std::max(0, m_decision->findData(was)));
    m_decision->setEnabled(mine);
}

QString CasesView::describe(const ProgressionCase& c) const
{
    const QJsonObject snapshot = QJsonDocument::fromJson(c.snapshot.content).object();
    const QJsonObject readiness = snapshot.value(QStringLiteral("readiness")).toObject();
    QString html = QStringLiteral("<h2>%1</h2><p><b>%2</b></p>")
                       .arg(esc(tr("Case %1: %2").arg(c.id).arg(c.targetTitle)), esc(c.describeStatus()));
    html += QStringLiteral("<h3>%1</h3><ol>").arg(esc(tr("Approval stages")));
    const int awaited = c.awaitedStage();
    for (int i = 0; i < c.stages.size(); ++i)
        html += QStringLiteral("<li>%1%2</li>")
                    .arg(esc(tr("%1 (%2), %3").arg(c.stages[i].title, approvalRoleTitle(c.stages[i].role),
                                                   c.stages[i].decides ? tr("decides") : tr("recommends"))),
                         i == awaited ? QStringLiteral(" <b>%1</b>").arg(esc(tr("awaited now"))) : QString());
    html += QStringLiteral("</ol><h3>%1</h3><ul>").arg(esc(tr("Record")));
    for (const CaseEvent& e : c.events) {
        QString line = tr("%1: %2 by %3").arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), caseActionTitle(e.action),
                                             e.by.describe());
        if (e.stage >= 0)
            line += tr(" at stage %1").arg(e.stage + 1);
        html += QStringLiteral("<li>%1%2</li>").arg(esc(line), e.reason.isEmpty() ? QString()
                                                                              : QStringLiteral("<br><i>%1</i>").arg(esc(tr("Reasons: %1").arg(e.reason))));
    }
    html += QStringLiteral("</ul><h3>%1</h3>").arg(esc(tr("The snapshot the approvers see")));
    html += QStringLiteral("<p>%1</p>").arg(esc(tr("Frozen %1. Readiness then: %2. %3")
                                                    .arg(QLocale().toString(c.snapshot.frozenAt.toLocalTime(), QLocale::ShortFormat),
                                                         readiness.value(QStringLiteral("verdict")).toString(),
                                                         readiness.value(QStringLiteral("summary")).toString())));
    html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Evidence")));
    for (const QJsonValue& v : snapshot.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject e = v.toObject();
        QString line = tr("E%1, version %2: %3 (%4)").arg(e.value(QStringLiteral("id")).toInteger()).arg(e.value(QStringLiteral("version")).toInt())
                           .arg(e.value(QStringLiteral("title")).toString(), e.value(QStringLiteral("date")).toString());
        for (const QJsonValue& a : e.value(QStringLiteral("attachments")).toArray())
            line += QLatin1Char('\n') + tr("attachment %1, SHA-256 %2").arg(a.toObject().value(QStringLiteral("name")).toString(),
                                                                              a.toObject().value(QStringLiteral("sha256")).toString());
        html += QStringLiteral("<li>%1</li>").arg(esc(line).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    }
    html += QStringLiteral("</ul><h4>%1</h4><ul>").arg(esc(tr("Current judgements")));
    for (const QJsonValue& v : snapshot.value(QStringLiteral("judgements")).toArray()) {
        const QJsonObject j = v.toObject();
        Verdict verdict = Verdict::ReadyForReview;
        verdictFromId(j.value(QStringLiteral("verdict")).toString(), &verdict);
        html += QStringLiteral("<li>%1</li>").arg(esc(tr("%1: %2, by %3 on %4").arg(j.value(QStringLiteral("statement")).toString(),
                                                                                  verdictTitle(verdict), j.value(QStringLiteral("byName")).toString(),
                                                                                  j.value(QStringLiteral("date")).toString())));
    }
    html += QStringLiteral("</ul><p><small>%1<br><tt>%2</tt></small></p>").arg(esc(tr("Snapshot SHA-256:")), esc(c.snapshot.sha256));
    return html;
}

void CasesView::submitCase()
{
    const QString target = m_target->currentData().toString();
    const Pathway* pathway = m_session->workerPathway();
    if (target.isEmpty() || !pathway)
        return;
    if (MessageBox::question(this, tr("Submit case"),
                             tr("Submit a case for %1? Your portfolio is frozen as it is now for the approvers; later edits do not "
                                "change what they see. You can withdraw the case until it is decided.").arg(m_target->currentText()))
        != QMessageBox::Yes)
        return;
    const qint64 id = m_session->submitCase(pathway->id, target, actor());
    if (id == 0) {
        MessageBox::critical(this, tr("Submit case"), m_session->errorString());
        return;
    }
    m_table->setCurrentIndex(m_model->index(m_model->rowOf(id), 0));
}

void CasesView::withdrawCase()
{
    const ProgressionCase* c = selected();
    if (!c)
        return;
    if (MessageBox::question(this, tr("Withdraw case"),
                             tr("Withdraw case %1 for %2? This cannot be undone; you can submit a new case later.").arg(c->id).arg(c->targetTitle))
        != QMessageBox::Yes)
        return;
    if (!m_session->withdrawCase(c->id, actor()))
        MessageBox::critical(this, tr("Withdraw case"), m_session->errorString());
}

void CasesView::recordDecision()
{
    const ProgressionCase* c = selected();
    if (!c)
        return;
    CaseAction action = CaseAction::Recommend;
    caseActionFromId(m_decision->currentData().toString(), &action);
    const qint64 id = c->id;
    if (MessageBox::question(this, tr("Record decision"),
                             tr("Record \"%1\" on case %2 as %3? A decision is part of the case's permanent record: it cannot be "
                                "undone or changed afterwards.").arg(m_decision->currentText()).arg(id).arg(actor().describe()))
        != QMessageBox::Yes)
        return;
    if (!m_session->decideCase(id, action, m_reason->toPlainText(), actor())) {
        MessageBox::critical(this, tr("Record decision"), m_session->errorString());
        return;
    }
    m_reason->clear();
}

void CasesView::writeLetter()
{
    const ProgressionCase* c = selected();
    if (!c)
        return;
    const QString path = FileDialog::getSaveFileName(this, tr("Decision letter"),
                                                     QDir::home().filePath(tr("decision-case-%1.pdf").arg(c->id)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!DecisionLetter(m_session->store(), m_session->library()).writePdf(c->id, path, &error))
        MessageBox::critical(this, tr("Decision letter"), error);
}

} // namespace waymark::gui
