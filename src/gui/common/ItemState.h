#pragma once

#include <QString>

namespace waymark {
struct ItemFacts;
}

namespace waymark::gui {

// Where one item or indicator stands, as the matrix and the overview show it. Derived from
// the core's facts in the same order the readiness engine reads them: a "reached" decision
// counts even when a newer "ready for review" follows it, and not when its evidence changed
// since (it needs re-confirming).
enum class ItemState { NoEvidence, Evidence, ReadyForReview, NotYet, NeedsReconfirming, Reached };

ItemState itemStateOf(const ItemFacts* facts);
QString itemStateTitle(ItemState state);

} // namespace waymark::gui
