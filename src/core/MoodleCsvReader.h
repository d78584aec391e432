#pragma once

#include "FrameworkTree.h"

#include <QByteArray>

namespace waymark {

// Reads a competency framework CSV as Moodle's tool_lpimportcsv exports and imports it:
// a header row with its 14 columns, one row with "Is framework" set, and one row per
// competency whose "Parent id number" names its parent.
class MoodleCsvReader
{
public:
    static const QStringList& columns();
    // Whether the text starts with Moodle's header row.
    static bool looksLike(const QByteArray& bytes);
    static void read(const QByteArray& bytes, FrameworkTree& tree, FrameworkInfo& info);
};

} // namespace waymark
