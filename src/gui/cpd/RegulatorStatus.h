#pragma once

#include "waymark/RegulatorCpd.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace waymark::gui {

// Where the worker stands with their regulator's CPD requirement this period: a mark (met,
// a warning while there is time, not met once the period ended), the summary, each rule not
// met and what a reader will ask about (HCPC's gaps). Hidden when no regulator applies.
// Shown on the overview and the CPD screen.
class RegulatorStatus : public QWidget
{
    Q_OBJECT

public:
    explicit RegulatorStatus(QWidget* parent = nullptr);

    void setCheck(const std::optional<CpdCheck>& check);
    QLabel* textLabel() const { return m_text; }

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace waymark::gui
