#pragma once

#include "waymark/PathwayLibrary.h"
#include "waymark/PortfolioStore.h"

#include <QCryptographicHash>
#include <QFile>

namespace waymark::test {

inline QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

inline Evidence makeEvidence(const QString& title, const QDate& date = QDate(2026, 3, 14),
                             EvidenceKind kind = EvidenceKind::DirectPractice, const QString& source = QStringLiteral("case work"))
{
    Evidence e;
    e.title = title;
    e.date = date;
    e.kind = kind;
    e.source = source;
    e.narrative = QStringLiteral("Narrative of ") + title;
    e.reflection = QStringLiteral("What I learnt from ") + title;
    return e;
}

// The bundled pathways, loaded once per test program.
inline const PathwayLibrary& bundledLibrary()
{
    static PathwayLibrary* library = [] {
        auto* lib = new PathwayLibrary;
        lib->load(QStringLiteral("-"));
        return lib;
    }();
    return *library;
}

} // namespace waymark::test
