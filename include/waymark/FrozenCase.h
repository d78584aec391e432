#pragma once

#include "waymark/PortfolioTypes.h"
#include "waymark/ProgressionCase.h"
#include "waymark/Readiness.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

namespace waymark {

class PortfolioStore;

// A case as its snapshot froze it, read back for the panel (docs/progression-case.md): the
// evidence at the versions frozen, with the items each was mapped to then, the judgements that
// counted, the readiness verdict, and what the portfolio has done to that evidence since.
struct FrozenCase
{
    enum class Since { Unchanged, Changed, Deleted };

    ProgressionCase progressionCase;
    ReadinessReport readiness;
    QList<Evidence> evidence;                 // as frozen, oldest first
    QHash<qint64, QList<ItemRef>> items;      // evidence id: the items it was mapped to, frozen
    QHash<qint64, QStringList> attachments;   // evidence id: the SHA-256 of each attachment frozen
    QHash<qint64, Since> since;               // evidence id: changed or deleted after the freeze
    QList<qint64> judgements;                 // the judgements that counted, frozen
    QList<EvidenceSummary> addedSince;        // mapped evidence the snapshot does not hold

    Since changeOf(qint64 evidenceId) const { return since.value(evidenceId, Since::Unchanged); }
};

class FrozenCaseReader
{
    Q_DECLARE_TR_FUNCTIONS(FrozenCaseReader)

public:
    // Throws StoreError when the snapshot cannot be read in full (damaged, or a frozen version
    // that is no longer in the portfolio), naming what is missing: a copy that claims to be the
    // case is never made from live data.
    static FrozenCase read(PortfolioStore& store, const ProgressionCase& progressionCase);

    // The case a panel PDF for targetId of pathwayId is of: caseId when given (NotFound when
    // there is none), else the latest case for the target unless it was withdrawn; nothing when
    // there is none.
    static std::optional<ProgressionCase> caseFor(PortfolioStore& store, const QString& pathwayId, const QString& targetId,
                                                  qint64 caseId);
};

} // namespace waymark
