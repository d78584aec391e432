#include "PathwayChooser.h"

#include "waymark/PathwayLibrary.h"

#include <QComboBox>
#include <QFormLayout>

namespace waymark::gui {

PathwayChooser::PathwayChooser(const PathwayLibrary& library, QFormLayout* form, QWidget* parent)
    : QObject(parent)
    , m_library(library)
{
    m_pathway = new QComboBox(parent);
    m_pathway->setObjectName(QStringLiteral("pathwayBox"));
    m_pathway->setAccessibleName(tr("Career pathway"));
    m_pathway->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pathway->setMinimumContentsLength(30);
    m_current = new QComboBox(parent);
    m_current->setObjectName(QStringLiteral("currentStepBox"));
    m_current->setAccessibleName(tr("Current step"));
    m_target = new QComboBox(parent);
    m_target->setObjectName(QStringLiteral("targetStepBox"));
    m_target->setAccessibleName(tr("Target step or role profile"));
    form->addRow(tr("&Pathway:"), m_pathway);
    form->addRow(tr("&Current step:"), m_current);
    form->addRow(tr("&Target:"), m_target);
    fillPathways();
    connect(m_pathway, &QComboBox::currentIndexChanged, this, [this] {
        fillSteps();
        emit changed();
    });
    connect(m_current, &QComboBox::currentIndexChanged, this, &PathwayChooser::changed);
    connect(m_target, &QComboBox::currentIndexChanged, this, &PathwayChooser::changed);
}

void PathwayChooser::setProfession(const QString& profession)
{
    if (profession == m_profession)
        return;
    m_profession = profession;
    const QString keep = pathwayId();
    {
        const QSignalBlocker block(m_pathway);
        fillPathways();
        // A pathway chosen for another profession gives way to the first one for this one.
        const Pathway* kept = m_library.find(keep);
        const int i = kept && kept->professions.contains(profession) ? m_pathway->findData(keep) : 0;
        m_pathway->setCurrentIndex(qMax(0, i));
    }
    if (pathwayId() != keep) {
        fillSteps();
        emit changed();
    }
}

void PathwayChooser::fillPathways()
{
    m_pathway->clear();
    QList<const Pathway*> first, rest;
    for (const Pathway& p : m_library.pathways())
        (p.professions.contains(m_profession) ? first : rest) << &p;
    for (const Pathway* p : first + rest)
        m_pathway->addItem(p->title, p->id);
    fillSteps();
}

void PathwayChooser::fillSteps()
{
    const QSignalBlocker b1(m_current), b2(m_target);
    m_current->clear();
    m_target->clear();
    const Pathway* p = m_library.find(pathwayId());
    const bool hasSteps = p && !p->steps.isEmpty();
    m_current->setEnabled(hasSteps);
    m_target->setEnabled(hasSteps || (p && !p->roleProfiles.isEmpty()));
    if (!hasSteps) {
        m_current->addItem(tr("This pathway has capabilities, not steps"), QString());
        m_target->addItem(tr("Its first role profile"), QString());
    } else {
        m_current->addItem(tr("Not on this pathway yet"), QString());
        m_target->addItem(tr("The step after my current one"), QString());
        for (const Step& s : p->steps) {
            m_current->addItem(s.title, s.id);
            m_target->addItem(s.title, s.id);
        }
    }
    // Role profiles (SSSC "Nursery manager") are targets too, after the steps.
    if (p)
        for (const RoleProfile& r : p->roleProfiles)
            m_target->addItem(tr("Role profile: %1").arg(r.title), r.id);
}

void PathwayChooser::setChoice(const QString& pathwayId, const QString& currentStep, const QString& targetStep)
{
    {
        const QSignalBlocker block(m_pathway);
        const int i = m_pathway->findData(pathwayId);
        m_pathway->setCurrentIndex(i >= 0 ? i : 0);
        fillSteps();
    }
    const QSignalBlocker b1(m_current), b2(m_target);
    m_current->setCurrentIndex(qMax(0, m_current->findData(currentStep)));
    m_target->setCurrentIndex(qMax(0, m_target->findData(targetStep)));
}

QString PathwayChooser::pathwayId() const
{
    return m_pathway->currentData().toString();
}

QString PathwayChooser::currentStep() const
{
    return m_current->currentData().toString();
}

QString PathwayChooser::targetStep() const
{
    return m_target->currentData().toString();
}

} // namespace waymark::gui
