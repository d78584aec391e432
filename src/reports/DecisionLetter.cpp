#include "waymark/DecisionLetter.h"

#include "waymark/PathwayLibrary.h"
#include "waymark/PdfVerifier.h"
#include "waymark/PortfolioStore.h"

#include "PdfFinisher.h"
#include "ReportStyle.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextCursor>
#include <QTextDocument>

namespace waymark {

using report::labelled;

bool DecisionLetter::writePdf(qint64 caseId, const QString& path, QString* error)
// A read of the portfolio that fails stops the letter: no PDF is made from part of it.
try {
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const std::optional<ProgressionCase> found = m_store.progressionCase(caseId);
    if (!found)
        return failWith(m_store.errorString());
    const ProgressionCase& c = *found;
    const CaseStatus status = c.status();
    if (status == CaseStatus::Open || status == CaseStatus::Withdrawn)
        return failWith(tr("Case %1 is %2: a letter is written once it is approved, declined or referred back.")
                            .arg(caseId).arg(caseStatusTitle(status).toLower()));
    const QList<CaseEvent> round = c.currentRound();
    const CaseEvent& outcome = round.last();
    const Worker worker = m_store.worker();
    const Pathway* pathway = m_library.find(c.pathwayId);
    const QString pathwayTitle = pathway ? pathway->title : c.pathwayId;
    const QString chainHead = m_store.chainHead();
    const QString decider = c.stages.value(outcome.stage).title;

    QTextDocument doc;
    doc.setDefaultFont(report::bodyFont());
    doc.setDocumentMargin(0);
    QTextCursor cur(&doc);
    cur.setBlockFormat(report::reportParagraph(0, 4));
    cur.insertText(tr("Progression case %1").arg(caseId), report::reportText(10, false, QColor(0x55, 0x55, 0x55)));
    cur.insertBlock(report::reportParagraph(4, 14), report::reportText(20, true, QColor(0x1F, 0x3A, 0x5F)));
    cur.insertText(tr("Decision: %1").arg(caseStatusTitle(status)));
    labelled(cur, tr("To"), worker.name);
    labelled(cur, tr("Seeking"), tr("%1, %2").arg(c.targetTitle, pathwayTitle));
    labelled(cur, tr("Date"), report::reportDate(m_store.today()));
    cur.insertBlock(report::reportParagraph(14, 6), report::reportText());
    const QString by = outcome.by.describe();
    switch (status) {
    case CaseStatus::Approved:
        cur.insertText(tr("Your case for %1 was approved by the %2, %3, on %4.").arg(c.targetTitle, decider, by, report::reportDate(outcome.at.date())));
        break;
    case CaseStatus::Declined:
        cur.insertText(tr("Your case for %1 was declined by the %2, %3, on %4.").arg(c.targetTitle, decider, by, report::reportDate(outcome.at.date())));
        break;
    default:
        cur.insertText(tr("Your case for %1 was referred back to you by the %2, %3, on %4. You can submit it again once "
                          "you have acted on the reasons below; a new snapshot is then taken and every stage considers it afresh.")
                           .arg(c.targetTitle, decider, by, report::reportDate(outcome.at.date())));
    }
    if (!outcome.reason.isEmpty()) {
        cur.insertBlock(report::reportParagraph(8, 2), report::reportText(10, true));
        cur.insertText(tr("Reasons"));
        cur.insertBlock(report::reportParagraph(0, 6), report::reportText());
        cur.insertText(outcome.reason);
    }

    cur.insertBlock(report::reportParagraph(14, 4), report::reportText(13, true));
    cur.insertText(tr("The record of this decision"));
    bool anyNotSignedIn = false;
    for (const CaseEvent& e : round) {
        anyNotSignedIn = anyNotSignedIn || !e.by.signedIn;
        const QString where = e.stage >= 0 ? tr(" at stage %1 of %2 (%3)").arg(e.stage + 1).arg(c.stages.size()).arg(c.stages[e.stage].title)
                                           : QString();
        cur.insertBlock(report::reportParagraph(4, 0), report::reportText());
        cur.insertText(report::reportDate(e.at.date()) + QStringLiteral("  "), report::reportText(10, true));
        cur.insertText(tr("%1%2 by %3").arg(caseActionTitle(e.action), where, e.by.describe()), report::reportText());
        if (!e.reason.isEmpty() && e.id != outcome.id) {
            cur.insertBlock(report::reportParagraph(0, 0), report::reportText(9.5, false, QColor(0x44, 0x44, 0x44)));
            cur.insertText(tr("Reasons: %1").arg(e.reason));
        }
    }
    // The rounds before this one, with their reasons, so that what was asked can be checked.
    const QList<QList<CaseEvent>> rounds = c.rounds();
    if (rounds.size() > 1) {
        cur.insertBlock(report::reportParagraph(14, 4), report::reportText(13, true));
        cur.insertText(tr("Earlier rounds of this case"));
        for (qsizetype r = 0; r + 1 < rounds.size(); ++r) {
            cur.insertBlock(report::reportParagraph(6, 0), report::reportText(10, true));
            cur.insertText(tr("Round %1").arg(r + 1));
            for (const CaseEvent& e : rounds[r]) {
                anyNotSignedIn = anyNotSignedIn || !e.by.signedIn;
                cur.insertBlock(report::reportParagraph(2, 0), report::reportText());
                cur.insertText(report::reportDate(e.at.date()) + QStringLiteral("  "), report::reportText(10, true));
                cur.insertText(tr("%1 by %2").arg(caseActionTitle(e.action), e.by.describe()), report::reportText());
                if (!e.reason.isEmpty()) {
                    cur.insertBlock(report::reportParagraph(0, 0), report::reportText(9.5, false, QColor(0x44, 0x44, 0x44)));
                    cur.insertText(tr("Reasons: %1").arg(e.reason));
                }
            }
        }
    }
    if (anyNotSignedIn) {
        cur.insertBlock(report::reportParagraph(6, 4), report::reportText(9, false, QColor(0x55, 0x55, 0x55)));
        cur.insertText(tr("\"Not signed in\": the portfolio is a personal one, so names and roles are recorded as they were typed, "
                          "not confirmed by a sign-in."));
    }

    cur.insertBlock(report::reportParagraph(14, 4), report::reportText(13, true));
    cur.insertText(tr("What was decided on"));
    cur.insertBlock(report::reportParagraph(0, 4), report::reportText(9.5));
    cur.insertText(tr("The portfolio as it was submitted on %1 was frozen; later edits do not change it. "
                      "'waymark-cli verify-pdf' checks these against the portfolio.").arg(report::reportDate(c.snapshot.frozenAt.date())));
    report::hashLine(cur, tr("Snapshot SHA-256"), c.snapshot.sha256);
    report::hashLine(cur, tr("Record chain head"), chainHead);

    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    const QString title = tr("Decision on the progression case of %1 for %2").arg(worker.name, c.targetTitle);
    {
        QPdfWriter writer(&pdf);
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Waymark"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(20, 24, 20, 20), QPageLayout::Millimeter);
        doc.print(&writer);
    }
    QByteArray bytes = pdf.data();
    QString finishError;
    PdfFinisher::Metadata metadata{title, worker.name, QStringLiteral("en-GB"),
                                   {{PdfVerifier::chainHeadKey, chainHead}, {PdfVerifier::snapshotKey, c.snapshot.sha256}}};
    if (!PdfFinisher::finish(bytes, metadata, {}, {}, &finishError))
        return failWith(tr("Cannot finish the PDF: %1").arg(finishError));
    return report::writeOwnerOnly(path, bytes, error);
} catch (const StoreError& e) {
    if (error)
        *error = e.message();
    return false;
}

} // namespace waymark
