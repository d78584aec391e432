#pragma once

#include "waymark/Pathway.h"

#include <QByteArray>

namespace waymark {

// Writes a pathway as a waymark-pathway/1 file. Only what an imported framework can hold:
// stages, perspectives, steps, groups, items and indicators (no awards, role profiles or
// transitions, which no import produces).
class PathwayWriter
{
public:
    static QByteArray toJson(const Pathway& pathway);
};

} // namespace waymark
