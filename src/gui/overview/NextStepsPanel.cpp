#include "NextStepsPanel.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>

namespace waymark::gui {

NextStepsPanel::NextStepsPanel(QWidget* parent)
    : QGroupBox(tr("Next steps"), parent)
{
    setObjectName(QStringLiteral("nextSteps"));
    m_grid = new QGridLayout(this);
    m_grid->setColumnStretch(0, 1);
}

QString NextStepsPanel::actionText(NextStep::Kind kind)
{
    // No mnemonics: the rows change with the portfolio, and fixed keys would clash.
    switch (kind) {
    case NextStep::Kind::Reconfirm: return tr("Re-confirm…");
    case NextStep::Kind::AskSignOff: return tr("Sign off…");
    case NextStep::Kind::AskJudgement: return tr("Judge…");
    case NextStep::Kind::MarkReadyForReview: return tr("Show in matrix");
    case NextStep::Kind::AddEvidence: return tr("Add evidence…");
    case NextStep::Kind::AddQualifiedDate:
    case NextStep::Kind::ChoosePathway: return tr("Open profile");
    case NextStep::Kind::AddRoles: return tr("Add role…");
    case NextStep::Kind::AddAward: return tr("Add award…");
    case NextStep::Kind::ExportForPanel: return tr("Export for panel…");
    }
    return QString();
}

void NextStepsPanel::setSteps(const QList<NextStep>& steps)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    m_buttons.clear();
    m_steps = steps;
    for (int i = 0; i < steps.size(); ++i) {
        auto* text = new QLabel(steps[i].text, this);
        text->setWordWrap(true);
        text->setTextFormat(Qt::PlainText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* button = new QPushButton(actionText(steps[i].kind), this);
        button->setAccessibleName(steps[i].text);
        button->setToolTip(steps[i].text);
        m_grid->addWidget(text, i, 0);
        m_grid->addWidget(button, i, 1, Qt::AlignTop);
        connect(button, &QPushButton::clicked, this, [this, i] { emit stepChosen(m_steps.value(i)); });
        m_rows << text << button;
        m_buttons << button;
    }
    setVisible(!steps.isEmpty());
}

} // namespace waymark::gui
