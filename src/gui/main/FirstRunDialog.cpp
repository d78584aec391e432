#include "FirstRunDialog.h"

#include "common/PathwayChooser.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark::gui {

FirstRunDialog::FirstRunDialog(const PathwayLibrary& library, const Worker& start, QWidget* parent)
    : QDialog(parent)
    , m_worker(start)
{
    setWindowTitle(tr("Welcome to Waymark"));
    setObjectName(QStringLiteral("firstRunDialog"));
    setMinimumWidth(560);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Waymark keeps the portfolio that moves you along your career pathway. "
                                "Tell it who you are and where you are heading; you can change any of this "
                                "later in your profile."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_name = new QLineEdit(start.name, this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setAccessibleName(tr("Your name"));
    form->addRow(tr("Your &name:"), m_name);
    m_profession = new QComboBox(this);
    m_profession->setObjectName(QStringLiteral("professionBox"));
    m_profession->setAccessibleName(tr("Profession"));
    for (const QString& id : professionIds())
        m_profession->addItem(professionTitle(id), id);
    form->addRow(tr("P&rofession:"), m_profession);
    m_chooser = new PathwayChooser(library, form, this);
    layout->addLayout(form);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("&Later"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstRunDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstRunDialog::reject);

    const int profession = m_profession->findData(start.profession);
    m_profession->setCurrentIndex(qMax(0, profession));
    m_chooser->setProfession(m_profession->currentData().toString());
    if (!start.pathwayId.isEmpty())
        m_chooser->setChoice(start.pathwayId, start.currentStep, start.targetStep);
    connect(m_profession, &QComboBox::currentIndexChanged, this,
        [this] { m_chooser->setProfession(m_profession->currentData().toString()); });
    connect(m_name, &QLineEdit::textChanged, this, &FirstRunDialog::updateButtons);
    updateButtons();
    setTabOrder(m_name, m_profession);
    setTabOrder(m_profession, m_chooser->pathwayBox());
    setTabOrder(m_chooser->pathwayBox(), m_chooser->currentBox());
    setTabOrder(m_chooser->currentBox(), m_chooser->targetBox());
    m_name->setFocus();
}

Worker FirstRunDialog::worker() const
{
    Worker w = m_worker;
    w.name = m_name->text().trimmed();
    w.profession = m_profession->currentData().toString();
    w.pathwayId = m_chooser->pathwayId();
    w.currentStep = m_chooser->currentStep();
    w.targetStep = m_chooser->targetStep();
    return w;
}

void FirstRunDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    QDialog::accept();
}

void FirstRunDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

} // namespace waymark::gui
