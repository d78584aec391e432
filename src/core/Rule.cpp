#include "waymark/Rule.h"

namespace waymark {

QString Rule::typeName(Type type)
{
    switch (type) {
    case Type::All: return QStringLiteral("all");
    case Type::Any: return QStringLiteral("any");
    case Type::AtLeast: return QStringLiteral("atLeast");
    case Type::Reached: return QStringLiteral("reached");
    case Type::AllReached: return QStringLiteral("allReached");
    case Type::Evidence: return QStringLiteral("evidence");
    case Type::Experience: return QStringLiteral("experience");
    case Type::Award: return QStringLiteral("award");
    case Type::Stage: return QStringLiteral("stage");
    case Type::RoleProfile: return QStringLiteral("roleProfile");
    }
    return QString();
}

QString Rule::measureName(Measure measure)
{
    switch (measure) {
    case Measure::PostQualifying: return QStringLiteral("postQualifying");
    case Measure::CurrentRole: return QStringLiteral("currentRole");
    case Measure::Supervisory: return QStringLiteral("supervisory");
    }
    return QString();
}

} // namespace waymark
