#include "waymark/PathwayProblem.h"

namespace waymark {

QString PathwayProblem::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString out = where + QStringLiteral(": ");
    if (!pointer.isEmpty())
        out += pointer + QStringLiteral(": ");
    return out + message;
}

QString formatProblems(const QList<PathwayProblem>& problems)
{
    QStringList lines;
    for (const PathwayProblem& p : problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace waymark
