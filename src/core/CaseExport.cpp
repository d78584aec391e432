#include "waymark/CaseExport.h"

#include <nlohmann/json.hpp>

namespace waymark {

namespace {

using ojson = nlohmann::ordered_json;

// Waymark's own namespace for UUID v5 (RFC 4122 section 4.3); never change it, or every
// exported identifier changes.
const QUuid waymarkNamespace(QStringLiteral("{6f1f2a4e-3c1b-4b8e-9a57-2d0c5e8b7a31}"));

std::string utf8(const QString& s)
{
    return s.toStdString();
}

std::string uuidText(const QUuid& id)
{
    return utf8(id.toString(QUuid::WithoutBraces));
}

std::string uriOf(const QUuid& id)
{
    return "urn:uuid:" + uuidText(id);
}

class Writer
{
public:
    Writer(const Pathway& p, const QDateTime& changed)
        : m_p(p), m_changed(utf8(changed.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss+00:00")))),
          m_document(CaseExport::identifier(p.id))
    {
    }

    ojson package()
    {
        ojson doc;
        doc["identifier"] = uuidText(m_document);
        doc["uri"] = uriOf(m_document);
        doc["creator"] = utf8(m_p.publisher);
        doc["title"] = utf8(m_p.title);
        doc["lastChangeDateTime"] = m_changed;
        doc["publisher"] = utf8(m_p.publisher);
        if (!m_p.summary.isEmpty())
            doc["description"] = utf8(m_p.summary);
        doc["version"] = utf8(m_p.version);
        doc["caseVersion"] = "1.1";
        ojson ext{{"id", utf8(m_p.id)}};
        ojson stages = ojson::array(), perspectives = ojson::array();
        for (const Stage& s : m_p.stages)
            stages.push_back(ojson{{"id", utf8(s.id)}, {"title", utf8(s.title)}, {"description", utf8(s.description)}});
        for (const Perspective& s : m_p.perspectives)
            perspectives.push_back(ojson{{"id", utf8(s.id)}, {"title", utf8(s.title)}});
        ext["stages"] = stages;
        ext["perspectives"] = perspectives;
        doc["extensions"] = ojson{{"waymark", ext}};

        int sequence = 0;
        for (const Step& s : m_p.steps) {
            const QUuid id = add(s.id, s.title, QString(), s.description, "Career step",
                                 ojson{{"kind", "step"}, {"id", utf8(s.id)}, {"summary", utf8(s.summary)}, {"objective", utf8(s.objective)}},
                                 m_document, m_p.title, ++sequence);
            int g = 0;
            for (const Group& group : s.groups)
                addGroup(group, id, s.title, ++g);
        }
        for (const Group& group : m_p.groups)
            addGroup(group, m_document, m_p.title, ++sequence);
        return ojson{{"CFDocument", doc}, {"CFItems", m_items}, {"CFAssociations", m_associations}};
    }

private:
    void addGroup(const Group& g, const QUuid& parent, const QString& parentTitle, int sequence)
    {
        const QUuid id = add(g.id, g.title, QString(), g.description, "Competency group",
                             ojson{{"kind", "group"}, {"id", utf8(g.id)}}, parent, parentTitle, sequence);
        int n = 0;
        for (const Item& item : g.items) {
            // A capability may have no statement of its own: its title stands in.
            const QString statement = item.statement.isEmpty() ? item.title : item.statement;
            const QUuid itemId = add(item.id, statement, item.title, QString(), "Competency",
                                     ojson{{"kind", "item"}, {"id", utf8(item.id)}, {"judgementOnly", item.judgementOnly}},
                                     id, g.title, ++n);
            int k = 0;
            for (const Indicator& ind : item.indicators)
                add(ind.id, ind.statement, QString(), QString(), "Indicator",
                    ojson{{"kind", "indicator"}, {"id", utf8(ind.id)}, {"stage", utf8(ind.stage)}, {"perspective", utf8(ind.perspective)}},
                    itemId, statement, ++k);
        }
    }

    QUuid add(const QString& waymarkId, const QString& statement, const QString& abbreviated, const QString& notes,
              const char* type, const ojson& ext, const QUuid& parent, const QString& parentTitle, int sequence)
    {
        const QUuid id = CaseExport::identifier(m_p.id, waymarkId);
        ojson item;
        item["identifier"] = uuidText(id);
        item["uri"] = uriOf(id);
        item["fullStatement"] = utf8(statement);
        if (!abbreviated.isEmpty())
            item["abbreviatedStatement"] = utf8(abbreviated);
        item["humanCodingScheme"] = utf8(waymarkId);
        item["CFItemType"] = type;
        if (!notes.isEmpty())
            item["notes"] = utf8(notes);
        item["lastChangeDateTime"] = m_changed;
        item["extensions"] = ojson{{"waymark", ext}};
        m_items.push_back(item);

        const QUuid association = CaseExport::identifier(m_p.id, waymarkId + QStringLiteral("/isChildOf"));
        ojson a;
        a["identifier"] = uuidText(association);
        a["uri"] = uriOf(association);
        a["associationType"] = "isChildOf";
        a["sequenceNumber"] = sequence;
        a["originNodeURI"] = ojson{{"title", utf8(statement.left(80))}, {"identifier", uuidText(id)}, {"uri", uriOf(id)}};
        a["destinationNodeURI"] = ojson{{"title", utf8(parentTitle.left(80))}, {"identifier", uuidText(parent)}, {"uri", uriOf(parent)}};
        a["lastChangeDateTime"] = m_changed;
        m_associations.push_back(a);
        return id;
    }

    const Pathway& m_p;
    const std::string m_changed;
    const QUuid m_document;
    ojson m_items = ojson::array();
    ojson m_associations = ojson::array();
};

} // namespace

QUuid CaseExport::identifier(const QString& pathwayId, const QString& itemId)
{
    return QUuid::createUuidV5(waymarkNamespace, itemId.isEmpty() ? pathwayId : pathwayId + QLatin1Char(':') + itemId);
}

QByteArray CaseExport::toJson(const Pathway& pathway, const QDateTime& changed)
{
    return QByteArray::fromStdString(Writer(pathway, changed).package().dump(2)) + '\n';
}

} // namespace waymark
