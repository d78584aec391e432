#pragma once

#include "FrameworkTree.h"
#include "JsonDocument.h"

namespace waymark {

// Reads a Mahara SmartEvidence .matrix file: {"framework": {name, description, standards[],
// standardelements[]}}, in both of the shapes Mahara reads (module/framework/lib.php): elements
// nested in each standard ("standardelement"), or listed apart and joined by "standardid",
// with "parentelementid" naming a parent element.
class MaharaMatrixReader
{
public:
    static void read(const JsonDocument& doc, FrameworkTree& tree, FrameworkInfo& info);
};

} // namespace waymark
