#pragma once

#include <QList>
#include <QString>

namespace waymark {

// One thing wrong with a pathway file, located as precisely as the loader knows.
struct PathwayProblem
{
    QString file;
    int line = 0;   // 1-based; 0 when unknown
    int column = 0; // 1-based; 0 when unknown
    QString pointer; // JSON pointer of the field, empty for the whole file
    QString message;

    QString toString() const;
};

QString formatProblems(const QList<PathwayProblem>& problems);

} // namespace waymark
