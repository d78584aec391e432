#include "PathwayWriter.h"

#include <nlohmann/json.hpp>

namespace waymark {

namespace {

using ojson = nlohmann::ordered_json;

std::string utf8(const QString& s)
{
    return s.toStdString();
}

// Optional fields are left out when empty, as the bundled files do.
void putText(ojson& o, const char* key, const QString& value)
{
    if (!value.isEmpty())
        o[key] = utf8(value);
}

ojson itemJson(const Item& item)
{
    ojson o;
    o["id"] = utf8(item.id);
    putText(o, "title", item.title);
    putText(o, "statement", item.statement);
    if (item.judgementOnly)
        o["judgementOnly"] = true;
    if (!item.indicators.isEmpty()) {
        ojson list = ojson::array();
        for (const Indicator& ind : item.indicators) {
            ojson i;
            i["id"] = utf8(ind.id);
            i["stage"] = utf8(ind.stage);
            putText(i, "perspective", ind.perspective);
            i["statement"] = utf8(ind.statement);
            list.push_back(i);
        }
        o["indicators"] = list;
    }
    return o;
}

ojson groupsJson(const QList<Group>& groups)
{
    ojson list = ojson::array();
    for (const Group& g : groups) {
        ojson o;
        o["id"] = utf8(g.id);
        o["title"] = utf8(g.title);
        putText(o, "description", g.description);
        ojson items = ojson::array();
        for (const Item& item : g.items)
            items.push_back(itemJson(item));
        o["items"] = items;
        list.push_back(o);
    }
    return list;
}

} // namespace

QByteArray PathwayWriter::toJson(const Pathway& p)
{
    ojson root;
    root["format"] = "waymark-pathway/1";
    root["id"] = utf8(p.id);
    root["version"] = utf8(p.version);
    root["title"] = utf8(p.title);
    root["publisher"] = utf8(p.publisher);
    putText(root, "summary", p.summary);
    putText(root, "source", p.source);
    if (!p.stages.isEmpty()) {
        ojson list = ojson::array();
        for (const Stage& s : p.stages) {
            ojson o{{"id", utf8(s.id)}, {"title", utf8(s.title)}};
            putText(o, "description", s.description);
            list.push_back(o);
        }
        root["stages"] = list;
    }
    if (!p.perspectives.isEmpty()) {
        ojson list = ojson::array();
        for (const Perspective& s : p.perspectives)
            list.push_back(ojson{{"id", utf8(s.id)}, {"title", utf8(s.title)}});
        root["perspectives"] = list;
    }
    if (!p.steps.isEmpty()) {
        ojson list = ojson::array();
        for (const Step& s : p.steps) {
            ojson o;
            o["id"] = utf8(s.id);
            o["title"] = utf8(s.title);
            putText(o, "summary", s.summary);
            putText(o, "description", s.description);
            putText(o, "objective", s.objective);
            if (!s.groups.isEmpty())
                o["groups"] = groupsJson(s.groups);
            list.push_back(o);
        }
        root["steps"] = list;
    }
    if (!p.groups.isEmpty())
        root["groups"] = groupsJson(p.groups);
    return QByteArray::fromStdString(root.dump(2)) + '\n';
}

} // namespace waymark
