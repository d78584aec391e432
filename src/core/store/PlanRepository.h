#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

namespace waymark::store {

class Database;

// The learning plan and the CPD log.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit PlanRepository(Database& db) : m_db(db) {}

    qint64 addPlanItem(const PlanItem& item);
    bool updatePlanItem(const PlanItem& item);
    bool removePlanItem(qint64 id, bool removed);
    QList<PlanItem> planItems();

    qint64 addCpdEntry(const CpdEntry& entry);
    bool updateCpdEntry(const CpdEntry& entry);
    bool removeCpdEntry(qint64 id, bool removed);
    QList<CpdEntry> cpdEntries();

private:
    bool checkCpdEntry(const CpdEntry& entry);

    Database& m_db;
};

} // namespace waymark::store
