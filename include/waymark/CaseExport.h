#pragma once

#include "waymark/Pathway.h"

#include <QByteArray>
#include <QDateTime>
#include <QUuid>

namespace waymark {

// Writes a pathway as a 1EdTech CASE 1.1 package: a CFDocument, a CFItem for every step,
// group, item and indicator, and an isChildOf CFAssociation with a sequenceNumber for each.
// Identifiers are UUID v5 of the pathway and item ids, so the same pathway always gets the
// same identifiers. What CASE has no field for rides in "extensions.waymark", which
// FrameworkImport reads back.
class CaseExport
{
public:
    // changed: the package's lastChangeDateTime (passed in so that output can be repeated).
    static QByteArray toJson(const Pathway& pathway, const QDateTime& changed);
    // The identifier of the pathway (itemId empty) or of one of its steps, groups, items or indicators.
    static QUuid identifier(const QString& pathwayId, const QString& itemId = QString());
};

} // namespace waymark
