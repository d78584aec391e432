#pragma once

#include "FrameworkTree.h"
#include "JsonDocument.h"

namespace waymark {

// Reads a 1EdTech CASE 1.1 package (CFPackage JSON): the CFDocument, its CFItems, and the
// "isChildOf" CFAssociations (ordered by sequenceNumber) that make them a tree. Packages
// written by CaseExport carry Waymark's own structure in "extensions.waymark".
class CaseReader
{
public:
    static void read(const JsonDocument& doc, FrameworkTree& tree, FrameworkInfo& info);
};

} // namespace waymark
