#include "CpdProfileDialog.h"

#include "common/MessageBox.h"
#include "common/OptionalDateEdit.h"
#include "main/PortfolioSession.h"
#include "undo/PortfolioChanges.h"

#include "waymark/RegulatorCpd.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace waymark::gui {

CpdProfileDialog::CpdProfileDialog(PortfolioSession* session, Regulator regulator, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_regulator(regulator)
{
    setWindowTitle(tr("%1 CPD profile").arg(regulatorTitle(regulator)));
    PortfolioStore& store = session->store();
    auto* form = new QFormLayout(this);
    if (regulator == Regulator::Hcpc) {
        // A text with its word count against the guidance, kept up to date as it is typed.
        const auto counted = [this, form, &store](CpdText which, const QString& label, QPlainTextEdit*& edit, QLabel*& count) {
            edit = new QPlainTextEdit(store.cpdText(which), this);
            edit->setAccessibleName(cpdTextTitle(which));
            edit->setTabChangesFocus(true);
            edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * (which == CpdText::PersonalStatement ? 14 : 7));
            count = new QLabel(this);
            const auto update = [edit, count, which] { count->setText(RegulatorCpd::wordsAgainstGuide(which, edit->toPlainText())); };
            connect(edit, &QPlainTextEdit::textChanged, this, update);
            update();
            auto* box = new QVBoxLayout;
            box->addWidget(edit);
            box->addWidget(count);
            auto* title = new QLabel(label, this);
            title->setBuddy(edit);
            form->addRow(title, box);
        };
        form->addRow(new QLabel(tr("HCPC asks for these with your dated list of CPD activities if your CPD is audited."), this));
        counted(CpdText::PracticeSummary, tr("Summary of practice &history:"), m_summary, m_summaryCount);
        counted(CpdText::PersonalStatement, tr("Personal s&tatement:"), m_statement, m_statementCount);
        m_statement->setPlaceholderText(tr("How your CPD activities meet each of HCPC's five standards for CPD"));
        QStringList standards = RegulatorCpd::hcpcStandards();
        for (int i = 0; i < standards.size(); ++i)
            standards[i] = QStringLiteral("%1. %2").arg(i + 1).arg(standards[i]);
        m_statement->setToolTip(tr("A registrant must:\n%1").arg(standards.join(QLatin1Char('\n'))));
    } else {
        m_elements = new QPlainTextEdit(store.cpdText(CpdText::CoreLearningElements), this);
        m_elements->setAccessibleName(cpdTextTitle(CpdText::CoreLearningElements));
        m_elements->setTabChangesFocus(true);
        m_elements->setPlaceholderText(tr("One a line, as the SSSC's CPL website lists them for your Register part"));
        m_elements->setMinimumHeight(m_elements->fontMetrics().lineSpacing() * 6);
        form->addRow(tr("Core learning &elements:"), m_elements);
        m_declaration = new OptionalDateEdit(tr("Annual &declaration due"), this);
        m_declaration->setDate(QDate::fromString(store.cpdText(CpdText::DeclarationDate), Qt::ISODate));
        form->addRow(m_declaration);
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CpdProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CpdProfileDialog::reject);
    resize(760, sizeHint().height());
}

QMap<CpdText, QString> CpdProfileDialog::texts() const
{
    if (m_regulator == Regulator::Hcpc)
        return {{CpdText::PracticeSummary, m_summary->toPlainText()}, {CpdText::PersonalStatement, m_statement->toPlainText()}};
    const QDate due = m_declaration->date();
    return {{CpdText::CoreLearningElements, m_elements->toPlainText()},
            {CpdText::DeclarationDate, due.isValid() ? due.toString(Qt::ISODate) : QString()}};
}

void CpdProfileDialog::accept()
{
    PortfolioChanges* changes = m_session->changes();
    if (!changes->saveCpdTexts(texts())) {
        MessageBox::critical(this, windowTitle(), changes->errorString());
        return;
    }
    QDialog::accept();
}

} // namespace waymark::gui
