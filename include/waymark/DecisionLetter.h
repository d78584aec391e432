#pragma once

#include <QCoreApplication>
#include <QString>

namespace waymark {

class PathwayLibrary;
class PortfolioStore;

// The letter to the worker once a case is decided (approved or declined) or referred back:
// the outcome, every action on the snapshot decided on with who took it (signed in, or
// "not signed in" in personal mode) and the reasons, and the snapshot's SHA-256 and the record
// chain's head, printed and carried in the PDF's metadata for 'waymark-cli verify-pdf'.
// Needs a QGuiApplication (fonts); the offscreen platform is enough.
class DecisionLetter
{
    Q_DECLARE_TR_FUNCTIONS(DecisionLetter)

public:
    DecisionLetter(PortfolioStore& store, const PathwayLibrary& library) : m_store(store), m_library(library) {}

    // Written atomically: a failure leaves no file at path.
    bool writePdf(qint64 caseId, const QString& path, QString* error);

private:
    PortfolioStore& m_store;
    const PathwayLibrary& m_library;
};

} // namespace waymark
