#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace waymark {

// One node of a readiness rule tree, as declared in a pathway file.
struct Rule
{
    enum class Type { All, Any, AtLeast, Reached, AllReached, Evidence, Experience, Award, Stage, RoleProfile };
    enum class Measure { PostQualifying, CurrentRole, Supervisory };

    Type type = Type::All;
    QString label;              // optional worker-facing wording from the file
    QList<Rule> children;       // All, Any, AtLeast
    int count = 0;              // AtLeast
    QString ref;                // Reached: item; AllReached/Evidence: scope; Stage: item; RoleProfile: profile
    QString stage;              // Stage
    int perItem = 0;            // Evidence
    int distinctSources = 0;    // Evidence
    Measure measure = Measure::PostQualifying; // Experience
    double years = 0;           // Experience
    QStringList awards;         // Award
    bool allowInProgress = false; // Award

    static QString typeName(Type type);
    static QString measureName(Measure measure);
};

} // namespace waymark
