#pragma once

#include "waymark/ProgressionCase.h"

#include <QCoreApplication>
#include <QString>

namespace waymark {

class PortfolioStore;

// What a PDF Waymark wrote says of the portfolio it came from, checked against the open one.
struct PdfVerification
{
    QString chainHead;      // as the PDF holds it; empty for a portfolio with no records yet
    QString snapshotSha256; // the case snapshot it shows, if any
    int chainPosition = -1; // where chainHead stands in the portfolio's chain (0: the empty chain); -1: nowhere
    qint64 snapshotCase = 0; // the case that froze snapshotSha256; 0: no such snapshot here
    ChainReport chain;      // the portfolio's chain, recomputed
    // The evidence the PDF printed that differs from the portfolio now: edited since (another
    // version), deleted or purged. Empty too for a PDF that does not say what it printed.
    QList<qint64> evidenceChanged;
    bool listsEvidence = false; // the PDF says which evidence, at which versions, it printed

    bool matchesPortfolio() const { return chainPosition >= 0 && (snapshotSha256.isEmpty() || snapshotCase > 0); }
};

// Waymark's PDFs (the panel PDF, a decision letter) print the record chain's head and the case
// snapshot's SHA-256, and carry them in the document information dictionary under these keys.
class PdfVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PdfVerifier)

public:
    static const QString chainHeadKey; // "WaymarkChainHead"
    static const QString snapshotKey;  // "WaymarkSnapshot"
    static const QString evidenceKey;  // "WaymarkEvidence": "id:version" of each evidence printed, space-separated

    // False (and why) when the file cannot be read or is not a PDF Waymark stamped.
    static bool verify(PortfolioStore& store, const QString& pdfPath, PdfVerification* result, QString* error);
};

} // namespace waymark
