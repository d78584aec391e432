#include "waymark/PdfVerifier.h"

#include "waymark/PortfolioStore.h"
#include "waymark/RegularFile.h"

#include "PdfFinisher.h"

namespace waymark {

const QString PdfVerifier::chainHeadKey = QStringLiteral("WaymarkChainHead");
const QString PdfVerifier::snapshotKey = QStringLiteral("WaymarkSnapshot");
const QString PdfVerifier::evidenceKey = QStringLiteral("WaymarkEvidence");

bool PdfVerifier::verify(PortfolioStore& store, const QString& pdfPath, PdfVerification* result, QString* error)
try {
    auto failWith = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const FileContent file = readRegularFile(pdfPath, -1);
    if (!file.ok())
        return failWith(tr("Cannot read the PDF: %1").arg(file.error.message()));
    QHash<QString, QString> info;
    QString why;
    if (!PdfFinisher::readInfo(file.data, &info, &why))
        return failWith(tr("%1 is not a PDF that can be read: %2").arg(pdfPath, why));
    if (!info.contains(chainHeadKey))
        return failWith(tr("%1 does not carry Waymark's record chain head: it was not written by this version of Waymark, "
                           "or its metadata was removed.").arg(pdfPath));
    PdfVerification v;
    v.chainHead = info.value(chainHeadKey);
    v.snapshotSha256 = info.value(snapshotKey);
    v.chain = store.verifyChain();
    if (v.chainHead.isEmpty())
        v.chainPosition = 0;
    else if (const std::optional<int> at = store.chainPosition(v.chainHead))
        v.chainPosition = *at;
    if (!v.snapshotSha256.isEmpty())
        if (const auto found = store.caseSnapshot(v.snapshotSha256))
            v.snapshotCase = found->first.id;
    v.listsEvidence = info.contains(evidenceKey);
    for (const QString& printed : info.value(evidenceKey).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qint64 id = printed.section(QLatin1Char(':'), 0, 0).toLongLong();
        const int version = printed.section(QLatin1Char(':'), 1).toInt();
        const std::optional<Evidence> now = store.evidence(id);
        if (!now || now->deleted || now->version != version)
            v.evidenceChanged << id;
    }
    *result = v;
    return true;
} catch (const StoreError& e) {
    if (error)
        *error = e.message();
    return false;
}

} // namespace waymark
