#pragma once

#include "waymark/Pathway.h"

namespace waymark {

// Plain-text renderings of a pathway for the terminal and for reports.
QString describePathway(const Pathway& pathway);
QString describeRule(const Rule& rule, int indent = 0);

} // namespace waymark
