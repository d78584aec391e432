#pragma once

#include "waymark/Pathway.h"
#include "waymark/PathwayProblem.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace waymark {

// Where something was written in a source file, for problems.
struct SourceLocation
{
    int line = 0, column = 0;
    QString field; // JSON pointer, or CSV column name
};

// One statement of an imported framework (a Moodle competency, a Mahara standard element,
// a CASE CFItem), before it is given a place in Waymark's model.
struct FrameworkNode
{
    // What a Waymark-exported CASE package says the node was; None for other sources.
    enum class Kind { None, Step, Group, Item, Indicator };

    QString key;       // unique within the source
    QString parentKey; // empty: directly under the framework
    QString idHint;    // the source identifier the Waymark id is made from
    QString label;     // how problems name the node (a code or identifier)
    QString title, statement, description;
    bool headingOnly = false; // a heading that is never judged (a Mahara standard)
    int order = 0;            // among siblings, lowest first; ties keep source order
    SourceLocation at;        // the node itself
    SourceLocation parentAt;  // its reference to its parent

    // Waymark-exported CASE only.
    Kind kind = Kind::None;
    QString stage, perspective, summary, objective;
    bool judgementOnly = false;
};

// What an imported framework says about itself.
struct FrameworkInfo
{
    QString idHint, title, publisher, version, summary, source;
    QList<Stage> stages;
    QList<Perspective> perspectives;
};

// The statements of one framework as a tree, mapped onto a Pathway. Shared by every importer
// so that the three formats get one mapping and one set of structural checks.
class FrameworkTree
{
public:
    explicit FrameworkTree(const QString& file) : m_file(file) {}

    void add(const FrameworkNode& node);
    void problem(const SourceLocation& at, const QString& message);
    const QList<PathwayProblem>& problems() const { return m_problems; }

    // Links every node to its parent; reports duplicate keys, unknown parents and cycles.
    bool build();
    // Steps, groups, items and indicators as the nodes' kinds say (Waymark's own CASE export),
    // or the generic mapping: each top-level node a group holding its descendants as items.
    Pathway toPathway(const FrameworkInfo& info);

    // A valid Waymark id from any source identifier ("DR-AT1" -> "dr-at1").
    static QString slug(const QString& text);

private:
    QString uniqueId(const QString& hint, const QString& fallback);
    QList<int> childrenOf(int index) const;
    void collect(int index, QList<Item>& items);
    Item itemOf(const FrameworkNode& n);
    Pathway byKind(const FrameworkInfo& info);
    bool expectKind(const FrameworkNode& n, FrameworkNode::Kind kind, const QString& where);

    QString m_file;
    QList<FrameworkNode> m_nodes;
    QHash<QString, int> m_byKey;
    QList<QList<int>> m_children; // by node index; the last entry holds the top level
    QList<PathwayProblem> m_problems;
    QSet<QString> m_usedIds;
};

} // namespace waymark
