#pragma once

#include "waymark/ProgressionCase.h"

#include <QByteArray>
#include <QDate>

namespace waymark {

class PathwayLibrary;
class PortfolioStore;

// The portfolio as the approvers will see it, for a case for targetId of pathway, as canonical
// JSON (docs/progression-case.md): the worker, the readiness verdict as of today, the current
// judgements, the live evidence that is mapped to an item (with its version and its
// attachments' SHA-256), the approval stages and the chain head. Reads may throw StoreError.
QByteArray writeCaseSnapshot(PortfolioStore& store, const PathwayLibrary& library, const Pathway& pathway,
                             const QString& targetId, const QList<ApprovalStage>& stages, const QDate& today);

} // namespace waymark
