#include "FrameworkTree.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FrameworkImport", text);
}

QString kindName(FrameworkNode::Kind kind)
{
    switch (kind) {
    case FrameworkNode::Kind::Step: return QStringLiteral("step");
    case FrameworkNode::Kind::Group: return QStringLiteral("group");
    case FrameworkNode::Kind::Item: return QStringLiteral("item");
    case FrameworkNode::Kind::Indicator: return QStringLiteral("indicator");
    case FrameworkNode::Kind::None: break;
    }
    return QStringLiteral("statement");
}

// A pathway with the framework's own description and nothing in it yet.
Pathway described(const FrameworkInfo& info, const QString& id)
{
    Pathway p;
    p.id = id;
    p.version = info.version;
    p.title = info.title;
    p.publisher = info.publisher;
    p.summary = info.summary;
    p.source = info.source;
    return p;
}

} // namespace

void FrameworkTree::add(const FrameworkNode& node)
{
    m_nodes << node;
}

void FrameworkTree::problem(const SourceLocation& at, const QString& message)
{
    m_problems << PathwayProblem{m_file, at.line, at.column, at.field, message};
}

bool FrameworkTree::build()
{
    const int top = int(m_nodes.size());
    m_children = QList<QList<int>>(top + 1);
    for (int i = 0; i < top; ++i) {
        const FrameworkNode& n = m_nodes[i];
        const auto first = m_byKey.constFind(n.key);
        if (first != m_byKey.constEnd()) {
            problem(n.at, tr("duplicate identifier \"%1\" (first used on line %2)").arg(n.key).arg(m_nodes[*first].at.line));
            continue;
        }
        m_byKey.insert(n.key, i);
    }
    QList<int> parent(top, -1);
    for (int i = 0; i < top; ++i) {
        const FrameworkNode& n = m_nodes[i];
        if (m_byKey.value(n.key) != i)
            continue;
        if (n.parentKey.isEmpty()) {
            parent[i] = top;
        } else if (m_byKey.contains(n.parentKey)) {
            parent[i] = m_byKey.value(n.parentKey);
        } else {
            problem(n.parentAt, tr("%1 names a parent \"%2\" that is not in the file").arg(n.label, n.parentKey));
            continue;
        }
        m_children[parent[i]] << i;
    }
    // Whatever the top level does not reach hangs in a cycle (or under one).
    QList<bool> reached(top + 1, false);
    QList<int> stack{top};
    while (!stack.isEmpty()) {
        const int i = stack.takeLast();
        reached[i] = true;
        stack << m_children[i];
    }
    QSet<int> reported;
    for (int i = 0; i < top; ++i) {
        if (reached[i] || parent[i] < 0 || reported.contains(i))
            continue;
        QList<int> path;
        int at = i;
        while (at >= 0 && at < top && !path.contains(at) && !reported.contains(at)) {
            path << at;
            at = parent[at];
        }
        if (at < 0 || at >= top || reported.contains(at))
            continue; // under a dangling parent (already reported) or under a reported cycle
        const QList<int> cycle = path.mid(path.indexOf(at));
        QStringList labels;
        for (int c : cycle) {
            labels << m_nodes[c].label;
            reported.insert(c);
        }
        labels << m_nodes[at].label;
        const int first = *std::min_element(cycle.begin(), cycle.end());
        problem(m_nodes[first].parentAt, tr("the parent links form a cycle: %1 (each is the child of the next)").arg(labels.join(QStringLiteral(" → "))));
    }
    for (QList<int>& kids : m_children)
        std::stable_sort(kids.begin(), kids.end(), [this](int a, int b) { return m_nodes[a].order < m_nodes[b].order; });
    return m_problems.isEmpty();
}

QString FrameworkTree::slug(const QString& text)
{
    QString out;
    bool dash = false;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            out += c;
            dash = false;
        } else if (c.category() == QChar::Mark_NonSpacing) {
            continue; // the accent of a decomposed letter: "é" gives "e"
        } else if (!out.isEmpty() && !dash) {
            out += QLatin1Char('-');
            dash = true;
        }
    }
    out.truncate(64);
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

QString FrameworkTree::uniqueId(const QString& hint, const QString& fallback)
{
    QString base = slug(hint);
    if (base.isEmpty())
        base = fallback;
    QString id = base;
    for (int n = 2; m_usedIds.contains(id); ++n)
        id = QStringLiteral("%1-%2").arg(base).arg(n);
    m_usedIds.insert(id);
    return id;
}

QList<int> FrameworkTree::childrenOf(int index) const
{
    return m_children.value(index);
}

Item FrameworkTree::itemOf(const FrameworkNode& n)
{
    Item it;
    it.id = uniqueId(n.idHint, QStringLiteral("item"));
    it.statement = n.statement.isEmpty() ? n.title : n.statement;
    if (n.title != it.statement)
        it.title = n.title;
    return it;
}

void FrameworkTree::collect(int index, QList<Item>& items)
{
    items << itemOf(m_nodes[index]);
    for (int child : childrenOf(index))
        collect(child, items);
}

Pathway FrameworkTree::toPathway(const FrameworkInfo& info)
{
    const bool waymarkKinds = std::any_of(m_nodes.cbegin(), m_nodes.cend(),
                                          [](const FrameworkNode& n) { return n.kind != FrameworkNode::Kind::None; });
    if (waymarkKinds)
        return byKind(info);
    Pathway p = described(info, slug(info.idHint).isEmpty() ? QStringLiteral("imported-framework") : slug(info.idHint));
    // Statements directly under the framework share a group named after it.
    QList<Item> loose;
    auto flushLoose = [&] {
        if (loose.isEmpty())
            return;
        p.groups << Group{uniqueId(info.title, QStringLiteral("statements")), info.title, QString(), loose};
        loose.clear();
    };
    for (int top : childrenOf(int(m_nodes.size()))) {
        const FrameworkNode& n = m_nodes[top];
        const QList<int> kids = childrenOf(top);
        if (kids.isEmpty()) {
            if (!n.headingOnly)
                loose << itemOf(n);
            continue;
        }
        flushLoose();
        Group g;
        g.id = uniqueId(n.idHint, QStringLiteral("group"));
        g.title = n.title.isEmpty() ? n.statement : n.title;
        QStringList about;
        for (const QString& text : {n.statement, n.description})
            if (!text.isEmpty() && text != g.title)
                about << text;
        g.description = about.join(QStringLiteral("\n\n"));
        for (int k : kids)
            collect(k, g.items);
        p.groups << g;
    }
    flushLoose();
    p.reindex();
    return p;
}

bool FrameworkTree::expectKind(const FrameworkNode& n, FrameworkNode::Kind kind, const QString& where)
{
    if (n.kind == kind)
        return true;
    problem(n.at, tr("%1 is a Waymark %2 but sits %3, where only a %4 can be")
                      .arg(n.label, kindName(n.kind), where, kindName(kind)));
    return false;
}

// Rebuilds a pathway from Waymark's own CASE export, whose items say what they were.
Pathway FrameworkTree::byKind(const FrameworkInfo& info)
{
    using K = FrameworkNode::Kind;
    Pathway p = described(info, info.idHint);
    p.stages = info.stages;
    p.perspectives = info.perspectives;
    auto itemAt = [&](int index) {
        const FrameworkNode& n = m_nodes[index];
        Item it{n.idHint, n.title, n.statement, {}, n.judgementOnly};
        for (int k : childrenOf(index)) {
            const FrameworkNode& c = m_nodes[k];
            if (expectKind(c, K::Indicator, tr("under item %1").arg(n.idHint)))
                it.indicators << Indicator{c.idHint, c.stage, c.perspective, c.statement};
        }
        // A capability without a statement of its own was exported with its title as the statement.
        if (!it.indicators.isEmpty() && it.statement == it.title)
            it.statement.clear();
        return it;
    };
    auto groupAt = [&](int index) {
        const FrameworkNode& n = m_nodes[index];
        Group g{n.idHint, n.statement, n.description, {}};
        for (int k : childrenOf(index))
            if (expectKind(m_nodes[k], K::Item, tr("under group %1").arg(n.idHint)))
                g.items << itemAt(k);
        return g;
    };
    for (int top : childrenOf(int(m_nodes.size()))) {
        const FrameworkNode& n = m_nodes[top];
        if (n.kind == K::Step) {
            Step s;
            s.id = n.idHint;
            s.title = n.statement;
            s.summary = n.summary;
            s.description = n.description;
            s.objective = n.objective;
            for (int k : childrenOf(top))
                if (expectKind(m_nodes[k], K::Group, tr("under step %1").arg(n.idHint)))
                    s.groups << groupAt(k);
            p.steps << s;
        } else if (expectKind(n, K::Group, tr("at the top of the framework"))) {
            p.groups << groupAt(top);
        }
    }
    p.reindex();
    return p;
}

} // namespace waymark
