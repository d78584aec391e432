#pragma once

#include "waymark/RegulatorCpd.h"

#include <QCoreApplication>

namespace waymark {

// A regulator's CPD for one period as a PDF, laid out as the regulator asks for it: Social
// Work England's records, HCPC's CPD profile (summary of practice history, dated activities
// with gaps, personal statement against the standards, supporting evidence), the SSSC's
// annual learning log with its core learning elements. Written like the panel PDF (fonts,
// page header, metadata, owner-only file, nothing left behind on failure).
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
class RegulatorReport
{
    Q_DECLARE_TR_FUNCTIONS(RegulatorReport)

public:
    static QString title(Regulator regulator); // "HCPC CPD profile"
    // False, with error set, when nothing could be written; pages gets the page count.
    static bool writePdf(const CpdCheck& check, const Worker& worker, const QString& path, int* pages, QString* error);
    // RegulatorCpd::exportText written to path (UTF-8, owner-only, all or nothing).
    static bool writeText(const CpdCheck& check, const Worker& worker, const QString& path, QString* error);
};

} // namespace waymark
