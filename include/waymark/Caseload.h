#pragma once

#include "waymark/PortfolioTypes.h"
#include "waymark/Readiness.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace waymark {

class PathwayLibrary;
class PortfolioStore;

// One portfolio assigned to the signed-in person on a team server, as their home screen and
// 'waymark-cli caseload' show it.
struct CaseloadEntry
{
    AssignedPortfolio person;
    ReadinessReport readiness; // for the worker's target
    int awaitingReview = 0;  // items the worker marked ready for review, not yet judged
    int toReconfirm = 0;     // items signed off whose evidence changed since
    QString error;           // why this portfolio could not be read; the rest is then empty
};

class Caseload
{
    Q_DECLARE_TR_FUNCTIONS(Caseload)

public:
    // Everyone assigned to the person signed in to store's server, in name order, each with
    // their readiness as of today. The store is left on the portfolio it was on.
    static QList<CaseloadEntry> read(PortfolioStore& store, const PathwayLibrary& library, const QDate& today);
    static QJsonArray toJson(const QList<CaseloadEntry>& entries);
};

} // namespace waymark
