#pragma once

#include "waymark/PortfolioTypes.h"

#include <QCoreApplication>

namespace waymark::store {

class Database;

// The texts of a regulator's CPD profile that belong to no single record (CpdText).
class CpdTextRepository
{
    Q_DECLARE_TR_FUNCTIONS(PortfolioStore)

public:
    explicit CpdTextRepository(Database& db) : m_db(db) {}

    QString text(CpdText which);
    // An empty text removes it; a declaration date must be a YYYY-MM-DD date.
    bool setText(CpdText which, const QString& body);

private:
    Database& m_db;
};

} // namespace waymark::store
