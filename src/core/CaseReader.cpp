#include "CaseReader.h"

#include "JsonFieldReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <climits>

namespace waymark {

namespace {

using json = nlohmann::json;

QString tr(const char* text)
{
    return QCoreApplication::translate("FrameworkImport", text);
}

const json* waymarkExtension(const json& o)
{
    if (!o.is_object() || !o.contains("extensions") || !o.at("extensions").is_object())
        return nullptr;
    const json& ext = o.at("extensions");
    return ext.contains("waymark") && ext.at("waymark").is_object() ? &ext.at("waymark") : nullptr;
}

FrameworkNode::Kind kindOf(const QString& name)
{
    if (name == QLatin1String("step")) return FrameworkNode::Kind::Step;
    if (name == QLatin1String("group")) return FrameworkNode::Kind::Group;
    if (name == QLatin1String("item")) return FrameworkNode::Kind::Item;
    if (name == QLatin1String("indicator")) return FrameworkNode::Kind::Indicator;
    return FrameworkNode::Kind::None;
}

} // namespace

void CaseReader::read(const JsonDocument& doc, FrameworkTree& tree, FrameworkInfo& info)
{
    JsonFieldReader fields(doc, tree);
    const json* document = fields.object(doc.root(), "", "CFDocument", true);
    if (!document)
        return;
    const std::string dp = "/CFDocument";
    const QString documentId = fields.text(*document, dp, "identifier", true);
    info.title = fields.text(*document, dp, "title", true);
    info.idHint = info.title;
    const QString publisher = fields.text(*document, dp, "publisher", false);
    info.publisher = publisher.isEmpty() ? fields.text(*document, dp, "creator", false) : publisher;
    info.version = fields.text(*document, dp, "version", false);
    info.summary = fields.text(*document, dp, "description", false);
    const QString uri = fields.text(*document, dp, "uri", false);
    info.source = tr("%1 (CASE CFDocument %2)").arg(info.title, uri.isEmpty() ? documentId : uri);
    const json* docExt = waymarkExtension(*document);
    if (docExt) {
        const std::string xp = dp + "/extensions/waymark";
        info.idHint = fields.text(*docExt, xp, "id", true);
        for (const char* key : {"stages", "perspectives"}) {
            const json* list = fields.array(*docExt, xp, key, false);
            for (size_t i = 0; list && i < list->size(); ++i) {
                const std::string sp = xp + "/" + key + "/" + std::to_string(i);
                const QString id = fields.text((*list)[i], sp, "id", true), title = fields.text((*list)[i], sp, "title", true);
                if (key == std::string("stages"))
                    info.stages << Stage{id, title, fields.text((*list)[i], sp, "description", false)};
                else
                    info.perspectives << Perspective{id, title};
            }
        }
    }

    // Each item's first isChildOf association places it; the rest of CASE's associations
    // (isRelatedTo, exactMatchOf, ...) have no place in a pathway.
    struct Placement { QString parent; long long sequence = LLONG_MAX; int index = 0; SourceLocation at; };
    QHash<QString, Placement> placement;
    QSet<QString> itemIds;
    const json* items = fields.array(doc.root(), "", "CFItems", false);
    for (size_t i = 0; items && i < items->size(); ++i)
        if ((*items)[i].is_object() && (*items)[i].contains("identifier") && (*items)[i].at("identifier").is_string())
            itemIds.insert(QString::fromStdString((*items)[i].at("identifier").get<std::string>()));
    const json* associations = fields.array(doc.root(), "", "CFAssociations", false);
    for (size_t i = 0; associations && i < associations->size(); ++i) {
        const json& a = (*associations)[i];
        const std::string ap = "/CFAssociations/" + std::to_string(i);
        if (fields.text(a, ap, "associationType", true) != QLatin1String("isChildOf"))
            continue;
        const json* origin = fields.object(a, ap, "originNodeURI", true);
        const json* destination = fields.object(a, ap, "destinationNodeURI", true);
        if (!origin || !destination)
            continue;
        const QString child = fields.text(*origin, ap + "/originNodeURI", "identifier", true);
        const QString parent = fields.text(*destination, ap + "/destinationNodeURI", "identifier", true);
        if (child.isEmpty() || parent.isEmpty())
            continue;
        if (!itemIds.contains(child)) {
            tree.problem(fields.at(ap + "/originNodeURI/identifier"),
                         tr("dangling association: the package has no CFItem \"%1\"").arg(child));
            continue;
        }
        if (parent != documentId && !itemIds.contains(parent)) {
            tree.problem(fields.at(ap + "/destinationNodeURI/identifier"),
                         tr("dangling association: \"%1\" is neither the CFDocument nor a CFItem of the package").arg(parent));
            continue;
        }
        if (placement.contains(child))
            continue;
        Placement p{parent == documentId ? QString() : parent, LLONG_MAX, int(i), fields.at(ap)};
        if (a.contains("sequenceNumber") && a.at("sequenceNumber").is_number_integer())
            p.sequence = a.at("sequenceNumber").get<long long>();
        placement.insert(child, p);
    }

    // Sibling order: by sequenceNumber, then unnumbered ones in association order.
    QList<std::pair<std::pair<long long, int>, FrameworkNode>> pending;
    for (size_t i = 0; items && i < items->size(); ++i) {
        const json& it = (*items)[i];
        const std::string ip = "/CFItems/" + std::to_string(i);
        FrameworkNode n;
        n.key = fields.text(it, ip, "identifier", true);
        n.statement = fields.text(it, ip, "fullStatement", true);
        if (n.key.isEmpty() || n.statement.trimmed().isEmpty())
            continue;
        const QString code = fields.text(it, ip, "humanCodingScheme", false);
        const QString abbreviated = fields.text(it, ip, "abbreviatedStatement", false);
        n.title = abbreviated.isEmpty() ? code : abbreviated;
        n.description = fields.text(it, ip, "notes", false);
        n.idHint = n.key;
        n.label = code.isEmpty() ? n.key : code;
        n.at = fields.at(ip);
        if (const json* ext = waymarkExtension(it); ext && docExt) {
            const std::string xp = ip + "/extensions/waymark";
            n.kind = kindOf(fields.text(*ext, xp, "kind", true));
            n.idHint = fields.text(*ext, xp, "id", true);
            n.title = abbreviated;
            n.stage = fields.text(*ext, xp, "stage", false);
            n.perspective = fields.text(*ext, xp, "perspective", false);
            n.summary = fields.text(*ext, xp, "summary", false);
            n.objective = fields.text(*ext, xp, "objective", false);
            n.judgementOnly = ext->value("judgementOnly", false);
        }
        const auto place = placement.constFind(n.key);
        if (place == placement.constEnd()) {
            tree.problem(n.at, tr("CFItem %1 has no isChildOf association, so it has no place in the framework").arg(n.label));
            continue;
        }
        n.parentKey = place->parent;
        n.parentAt = place->at;
        pending.append({{place->sequence, place->index}, n});
    }
    // FrameworkTree orders siblings by one number: rank every item by (sequence, position).
    std::stable_sort(pending.begin(), pending.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (int r = 0; r < pending.size(); ++r) {
        pending[r].second.order = r;
        tree.add(pending[r].second);
    }
}

} // namespace waymark
