#include "ItemState.h"

#include "waymark/PortfolioStore.h"
#include "waymark/Readiness.h"

#include <QCoreApplication>

namespace waymark::gui {

ItemState itemStateOf(const ItemFacts* facts)
{
    if (!facts)
        return ItemState::NoEvidence;
    if (ReadinessEngine::isReached(facts))
        return ItemState::Reached;
    if (ReadinessEngine::needsReconfirming(facts))
        return ItemState::NeedsReconfirming;
    if (facts->latest && facts->latest->verdict == Verdict::ReadyForReview)
        return ItemState::ReadyForReview;
    if (facts->latestDecision && facts->latestDecision->verdict == Verdict::NotYetReached)
        return ItemState::NotYet;
    return facts->evidenceCount > 0 ? ItemState::Evidence : ItemState::NoEvidence;
}

QString itemStateTitle(ItemState state)
{
    switch (state) {
    case ItemState::NoEvidence:
        return QCoreApplication::translate("ItemState", "No evidence");
    case ItemState::Evidence:
        return QCoreApplication::translate("ItemState", "Evidence");
    case ItemState::ReadyForReview:
        return QCoreApplication::translate("ItemState", "Ready for review");
    case ItemState::NotYet:
        return QCoreApplication::translate("ItemState", "Not yet");
    case ItemState::NeedsReconfirming:
        return QCoreApplication::translate("ItemState", "Re-confirm: evidence changed");
    case ItemState::Reached:
        return QCoreApplication::translate("ItemState", "Reached");
    }
    return QString();
}

} // namespace waymark::gui
