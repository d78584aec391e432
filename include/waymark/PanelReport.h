#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

class PathwayLibrary;
class PortfolioStore;

struct PanelReportOptions
{
    QList<qint64> excludedEvidence; // evidence the worker chose to leave out
    QString targetStep;             // empty: the worker's target step
    QDate today;                    // the export date and the readiness clock
};

// What a written report holds, for the caller to tell the worker.
struct PanelReportResult
{
    int pages = 0;
    int evidenceIncluded = 0;
    QStringList sections;
};

// The document a worker submits to a Progression Panel: cover, contents, readiness,
// competency matrix, evidence, judgement history, learning plan, CPD log and
// attachments, as a PDF with a running header, page numbers, metadata and bookmarks.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
class PanelReport
{
public:
    PanelReport(PortfolioStore& store, const PathwayLibrary& library, PanelReportOptions options);

    // Written atomically: a failed export leaves no file (and no half file) at path.
    bool writePdf(const QString& path, PanelReportResult* result, QString* error);

private:
    PortfolioStore& m_store;
    const PathwayLibrary& m_library;
    PanelReportOptions m_options;
};

} // namespace waymark
