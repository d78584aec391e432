#pragma once

#include "common/ItemState.h"

#include "waymark/Readiness.h"

#include <QColor>
#include <QIcon>

namespace waymark::gui {

// The only colours Waymark sets itself: status accents of middle lightness, drawn as small
// vector marks beside text (never as text or background colour), so they read on light and
// dark palettes alike and stay sharp at any device pixel ratio.
class StatusAccent
{
public:
    enum class Mark { Ring, Dot, Tick, Cross, Question, Clock, Alert };

    static QColor colour(ItemState state);
    static QColor colour(Outcome outcome);
    static QIcon icon(ItemState state);
    static QIcon icon(Outcome outcome);
    static QIcon icon(ReadinessReport::Verdict verdict);
    static QIcon icon(Mark mark, const QColor& colour);

    static QColor green();
    static QColor blue();
    static QColor amber();
    static QColor red();
    static QColor grey();
};

} // namespace waymark::gui
