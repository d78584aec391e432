#pragma once

#include "waymark/PathwayLoader.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

namespace waymark::fuzz {

// What the loader promises for any bytes, as the fuzzer and the regression test check it:
// a pathway or at least one problem, never both; every problem with a message, and every
// problem about a field on a line and naming, as a JSON pointer, a field that is in the file.
// Returns what is wrong, or an empty string.
inline QString pathwayResultFault(const QByteArray& bytes, const PathwayLoadResult& result)
{
    if (result.ok() != result.problems.isEmpty())
        return QStringLiteral("a pathway and problems together, or neither");
    const nlohmann::json parsed = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    for (const PathwayProblem& p : result.problems) {
        if (p.message.isEmpty() || p.line < 0 || p.column < 0)
            return QStringLiteral("a problem without a message or with a negative place: ") + p.toString();
        if (p.pointer.isEmpty())
            continue;
        bool named = false;
        try {
            named = p.line > 0 && parsed.contains(nlohmann::json::json_pointer(p.pointer.toStdString()));
        } catch (const nlohmann::json::exception&) {
            named = false; // not a valid JSON pointer
        }
        if (!named)
            return QStringLiteral("a problem that does not name its line and field: ") + p.toString();
    }
    return QString();
}

} // namespace waymark::fuzz
