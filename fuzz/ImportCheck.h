#pragma once

#include "waymark/PortfolioStore.h"

#include <QDir>
#include <QFile>
#include <QString>

#include <cstdlib>

namespace waymark::fuzz {

// What 'waymark-cli import-archive ARCHIVE NEW_PORTFOLIO' does with the archive in folder:
// import it, then open what was imported and count its records. Aborts (a finding for
// libFuzzer) when a refusal gives no reason or leaves a portfolio behind, or when an
// imported portfolio does not open; then empties the folder for the next input.
inline void importAndCheck(const QString& folder, const QString& archive)
{
    const QString portfolio = QDir(folder).filePath(QStringLiteral("imported.waymark"));
    QString error;
    if (PortfolioStore::importArchive(archive, portfolio, &error)) {
        PortfolioStore imported;
        if (!imported.open(portfolio, PortfolioStore::OpenMode::ReadOnly))
            std::abort();
        imported.evidenceCount(true);
    } else if (error.isEmpty() || QFile::exists(portfolio)) {
        std::abort();
    }
    const QDir dir(folder);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(name));
}

} // namespace waymark::fuzz
