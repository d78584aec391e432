#pragma once

#include "waymark/AnonymisationCheck.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;

namespace waymark {

class PathwayLibrary;
class PortfolioStore;

struct PanelReportOptions
{
    QList<qint64> excludedEvidence; // evidence the worker chose to leave out
    QString targetStep;             // empty: the worker's target step
    QDate today;                    // the export date and the readiness clock
    // Write although the anonymisation check has unresolved findings; the cover then says so.
    bool acceptFindings = false;
    // The matrix shows every step; by default only the current and target steps (or the
    // role profile the readiness report judges).
    bool allSteps = false;
    // The case whose snapshot the PDF prints (0: the latest case for the target, when it was
    // submitted and not withdrawn). The evidence, judgements and verdict are printed as frozen.
    qint64 caseId = 0;
    // The portfolio as it is now, even when a case is submitted: a working copy, which says so
    // on every page.
    bool live = false;
};

// What a written report holds, for the caller to tell the worker.
struct PanelReportResult
{
    int pages = 0;
    int evidenceIncluded = 0;
    QStringList sections;
    int appendedPages = 0; // pages of PDF attachments added after the report
    int unprintedPages = 0; // print(): pages of PDF attachments that only the PDF file carries
    // The check over every text the PDF shows; set even when the export was refused for it.
    QList<AnonymisationFinding> findings;
};

// The document a worker submits to a Progression Panel: cover, contents, readiness,
// competency matrix, evidence (image attachments inline), judgement history, learning plan,
// CPD log and attachments, with PDF attachments appended as pages; a PDF with a running
// header, page numbers, metadata, language and bookmarks, and no actions but http(s) links.
// The anonymisation check runs first over every text the PDF shows: while findings are
// unresolved nothing is written unless acceptFindings is set.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
class PanelReport
{
    Q_DECLARE_TR_FUNCTIONS(PanelReport)

public:
    PanelReport(PortfolioStore& store, const PathwayLibrary& library, PanelReportOptions options);

    // Written atomically: a failed export leaves no file (and no half file) at path.
    bool writePdf(const QString& path, PanelReportResult* result, QString* error);
    // The same pages, laid out and painted the same way, on another paged device: a printer
    // (which must print the whole sheet: QPrinter::setFullPage). PDF attachments, which the
    // PDF carries as appended pages, are not printed (result->unprintedPages says how many).
    bool print(QPagedPaintDevice& device, PanelReportResult* result, QString* error);

private:
    PortfolioStore& m_store;
    const PathwayLibrary& m_library;
    PanelReportOptions m_options;
};

} // namespace waymark
