#pragma once

#include "waymark/Readiness.h"

#include <QDialog>

class QLabel;
class QTreeView;

namespace waymark::gui {

class LearningOfferModel;

// Chooses a learning offer to plan: the report's suggestions first, then every step's offers.
class LearningOfferDialog : public QDialog
{
    Q_OBJECT

public:
    LearningOfferDialog(
        const PathwayLibrary& library, const QList<LearningSuggestion>& suggestions, QWidget* parent = nullptr);

    // "pathway:offer" of the chosen offer, or empty.
    QString chosenOffer() const;
    QString chosenTitle() const;
    bool choose(const QString& pathwayId, const QString& offerId);
    LearningOfferModel* model() const { return m_model; }

private:
    LearningOfferModel* m_model = nullptr;
    QTreeView* m_tree = nullptr;
    QLabel* m_description = nullptr;
};

} // namespace waymark::gui
