#include "waymark/PathwayLoader.h"
#include "waymark/RegularFile.h"

#include "JsonDocument.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <functional>
#include <initializer_list>

namespace waymark {

namespace {

using json = nlohmann::json;

const char* const formatName = "waymark-pathway/1";

// Walks the parsed document, building the model and collecting every problem with
// its pointer. Reading continues after a problem so that all of them are reported.
class PathwayReader
{
public:
    PathwayReader(const JsonDocument& doc, const QString& file) : m_doc(doc), m_file(file) {}

    QList<PathwayProblem> problems;

    Pathway read()
    {
        Pathway p;
        const json& root = m_doc.root();
        if (!root.is_object()) {
            problem("", QStringLiteral("the file must hold a JSON object"));
            return p;
        }
        allowOnly(root, "", {"$schema", "format", "id", "version", "title", "publisher", "professions", "summary",
                             "source", "stages", "perspectives", "awards", "steps", "groups", "roleProfiles",
                             "transitions"});
        const QString format = text(root, "", "format", true);
        if (!format.isEmpty() && format != QLatin1String(formatName))
            problem("/format", QStringLiteral("unsupported format \"%1\" (expected \"%2\")").arg(format, QLatin1String(formatName)));
        p.id = id(root, "", "id");
        p.version = text(root, "", "version", true);
        p.title = text(root, "", "title", true);
        p.publisher = text(root, "", "publisher", true);
        p.summary = text(root, "", "summary", false);
        p.source = text(root, "", "source", false);
        p.professions = strings(root, "", "professions");
        p.stages = list<Stage>(root, "", "stages", [this](const json& o, const std::string& ptr) {
            allowOnly(o, ptr, {"id", "title", "description"});
            return Stage{declare(o, ptr), text(o, ptr, "title", true), text(o, ptr, "description", false)};
        });
        p.perspectives = list<Perspective>(root, "", "perspectives", [this](const json& o, const std::string& ptr) {
            allowOnly(o, ptr, {"id", "title"});
            return Perspective{declare(o, ptr), text(o, ptr, "title", true)};
        });
        p.awards = list<Award>(root, "", "awards", [this](const json& o, const std::string& ptr) {
            allowOnly(o, ptr, {"id", "title"});
            return Award{declare(o, ptr), text(o, ptr, "title", true)};
        });
        p.steps = list<Step>(root, "", "steps", [this](const json& o, const std::string& ptr) { return readStep(o, ptr); });
        p.groups = readGroups(root, "");
        p.roleProfiles = list<RoleProfile>(root, "", "roleProfiles", [this](const json& o, const std::string& ptr) {
            allowOnly(o, ptr, {"id", "title", "description", "requires", "approval"});
            RoleProfile r{declare(o, ptr), text(o, ptr, "title", true), text(o, ptr, "description", false), {}, {}};
            r.requirements = list<StageRequirement>(o, ptr, "requires", [this](const json& q, const std::string& qp) {
                allowOnly(q, qp, {"item", "stage"});
                StageRequirement s{text(q, qp, "item", true), text(q, qp, "stage", true)};
                m_stageRefs.push_back({qp, s.item, s.stage});
                return s;
            }, true);
            r.approval = readApproval(o, ptr);
            return r;
        });
        p.transitions = list<Transition>(root, "", "transitions", [this](const json& o, const std::string& ptr) {
            allowOnly(o, ptr, {"id", "from", "to", "mechanism", "process", "rule", "approval"});
            Transition t;
            t.id = declare(o, ptr);
            t.from = text(o, ptr, "from", true);
            t.to = text(o, ptr, "to", true);
            t.mechanism = text(o, ptr, "mechanism", false);
            t.process = strings(o, ptr, "process");
            t.approval = readApproval(o, ptr);
            m_stepRefs.push_back({ptr + "/from", t.from});
            m_stepRefs.push_back({ptr + "/to", t.to});
            if (o.contains("rule"))
                t.rule = readRule(o.at("rule"), ptr + "/rule", 0);
            return t;
        });
        if (p.steps.isEmpty() && p.groups.isEmpty() && problems.isEmpty())
            problem("", QStringLiteral("the pathway has no steps and no groups"));
        p.reindex();
        checkReferences(p);
        return p;
    }

private:
    struct Ref { std::string pointer; QString id; };
    struct StageRef { std::string pointer; QString item, stage; };
    enum class Expect { Scope, Assessable, Award, Profile, Capability };
    struct RuleRef { std::string pointer; QString id; Expect expect; };

    void problem(const std::string& pointer, const QString& message)
    {
        PathwayProblem p;
        p.file = m_file;
        p.pointer = QString::fromStdString(pointer);
        p.message = message;
        m_doc.position(pointer, &p.line, &p.column);
        problems << p;
    }

    static QString typeName(const json& v)
    {
        return QString::fromUtf8(v.type_name());
    }

    void allowOnly(const json& o, const std::string& ptr, std::initializer_list<const char*> keys)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            bool known = false;
            for (const char* k : keys)
                known = known || it.key() == k;
            if (!known)
                problem(ptr + "/" + JsonDocument::pointerToken(it.key()), QStringLiteral("unknown field \"%1\"").arg(QString::fromStdString(it.key())));
        }
    }

    QString text(const json& o, const std::string& ptr, const char* key, bool required)
    {
        const std::string fp = ptr + "/" + key;
        if (!o.contains(key)) {
            if (required)
                problem(ptr, QStringLiteral("missing required field \"%1\"").arg(QLatin1String(key)));
            return QString();
        }
        const json& v = o.at(key);
        if (!v.is_string()) {
            problem(fp, QStringLiteral("must be a string, not %1").arg(typeName(v)));
            return QString();
        }
        const QString s = QString::fromStdString(v.get<std::string>());
        if (s.trimmed().isEmpty()) {
            problem(fp, QStringLiteral("must be a non-empty string"));
            return QString();
        }
        return s;
    }

    QStringList strings(const json& o, const std::string& ptr, const char* key)
    {
        QStringList out;
        if (!o.contains(key))
            return out;
        const json& v = o.at(key);
        const std::string fp = ptr + "/" + key;
        if (!v.is_array()) {
            problem(fp, QStringLiteral("must be an array of strings, not %1").arg(typeName(v)));
            return out;
        }
        for (size_t i = 0; i < v.size(); ++i) {
            if (!v[i].is_string() || QString::fromStdString(v[i].get<std::string>()).trimmed().isEmpty())
                problem(fp + "/" + std::to_string(i), QStringLiteral("must be a non-empty string"));
            else
                out << QString::fromStdString(v[i].get<std::string>());
        }
        return out;
    }

    QString id(const json& o, const std::string& ptr, const char* key)
    {
        static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
        const QString s = text(o, ptr, key, true);
        if (!s.isEmpty() && !pattern.match(s).hasMatch()) {
            problem(ptr + "/" + key, QStringLiteral("\"%1\" is not a valid id (lowercase letters, digits and hyphens)").arg(s));
            return QString();
        }
        return s;
    }

    // Reads an object's id and records it for the uniqueness check.
    QString declare(const json& o, const std::string& ptr)
    {
        const QString s = id(o, ptr, "id");
        if (s.isEmpty())
            return s;
        auto it = m_declared.constFind(s);
        if (it != m_declared.constEnd())
            problem(ptr + "/id", QStringLiteral("duplicate id \"%1\" (first used at %2)").arg(s, QString::fromStdString(it.value())));
        else
            m_declared.insert(s, ptr + "/id");
        return s;
    }

    template<typename T>
    QList<T> list(const json& o, const std::string& ptr, const char* key,
                  const std::function<T(const json&, const std::string&)>& readOne, bool required = false)
    {
        QList<T> out;
        const std::string fp = ptr + "/" + key;
        if (!o.contains(key)) {
            if (required)
                problem(ptr, QStringLiteral("missing required field \"%1\"").arg(QLatin1String(key)));
            return out;
        }
        const json& v = o.at(key);
        if (!v.is_array()) {
            problem(fp, QStringLiteral("must be an array, not %1").arg(typeName(v)));
            return out;
        }
        if (required && v.empty())
            problem(fp, QStringLiteral("must not be empty"));
        for (size_t i = 0; i < v.size(); ++i) {
            const std::string ep = fp + "/" + std::to_string(i);
            if (!v[i].is_object()) {
                problem(ep, QStringLiteral("must be an object, not %1").arg(typeName(v[i])));
                continue;
            }
            out << readOne(v[i], ep);
        }
        return out;
    }

    // The approval stages in order: every one recommends but the last, which decides.
    QList<ApprovalStage> readApproval(const json& o, const std::string& ptr)
    {
        const size_t count = o.contains("approval") && o.at("approval").is_array() ? o.at("approval").size() : 0;
        if (o.contains("approval") && o.at("approval").is_array() && count == 0)
            problem(ptr + "/approval", QStringLiteral("must not be empty"));
        int index = 0;
        return list<ApprovalStage>(o, ptr, "approval", [&](const json& a, const std::string& ap) {
            allowOnly(a, ap, {"role", "title", "action"});
            ApprovalStage stage{text(a, ap, "role", true), text(a, ap, "title", true), false};
            if (!stage.role.isEmpty() && !approvalRoles().contains(stage.role))
                problem(ap + "/role", QStringLiteral("unknown role \"%1\" (expected one of: %2)")
                                          .arg(stage.role, approvalRoles().join(QStringLiteral(", "))));
            const QString action = text(a, ap, "action", true);
            const bool last = size_t(++index) == count;
            stage.decides = action == QLatin1String("decide");
            if (!action.isEmpty() && action != QLatin1String("decide") && action != QLatin1String("recommend"))
                problem(ap + "/action", QStringLiteral("must be \"recommend\" or \"decide\", not \"%1\"").arg(action));
            else if (!action.isEmpty() && stage.decides != last)
                problem(ap + "/action", last ? QStringLiteral("the last stage must be \"decide\"")
                                             : QStringLiteral("only the last stage decides; earlier stages \"recommend\""));
            return stage;
        });
    }

    Step readStep(const json& o, const std::string& ptr)
    {
        allowOnly(o, ptr, {"id", "title", "summary", "description", "attributes", "objective", "groups", "learningOffers"});
        Step s;
        s.id = declare(o, ptr);
        s.title = text(o, ptr, "title", true);
        s.summary = text(o, ptr, "summary", false);
        s.description = text(o, ptr, "description", false);
        s.objective = text(o, ptr, "objective", false);
        s.attributes = list<Attribute>(o, ptr, "attributes", [this](const json& a, const std::string& ap) {
            allowOnly(a, ap, {"label", "value"});
            return Attribute{text(a, ap, "label", true), text(a, ap, "value", true)};
        });
        s.groups = readGroups(o, ptr);
        s.learningOffers = list<LearningOffer>(o, ptr, "learningOffers", [this](const json& l, const std::string& lp) {
            allowOnly(l, lp, {"id", "title", "description"});
            return LearningOffer{declare(l, lp), text(l, lp, "title", true), text(l, lp, "description", false)};
        });
        return s;
    }

    QList<Group> readGroups(const json& o, const std::string& ptr)
    {
        return list<Group>(o, ptr, "groups", [this](const json& g, const std::string& gp) {
            allowOnly(g, gp, {"id", "title", "description", "items"});
            Group group{declare(g, gp), text(g, gp, "title", true), text(g, gp, "description", false), {}};
            group.items = list<Item>(g, gp, "items", [this](const json& i, const std::string& ip) { return readItem(i, ip); }, true);
            return group;
        });
    }

    Item readItem(const json& o, const std::string& ptr)
    {
        allowOnly(o, ptr, {"id", "title", "statement", "indicators", "judgementOnly"});
        Item item;
        item.id = declare(o, ptr);
        item.indicators = list<Indicator>(o, ptr, "indicators", [this](const json& n, const std::string& np) {
            allowOnly(n, np, {"id", "stage", "perspective", "statement"});
            Indicator ind{declare(n, np), text(n, np, "stage", true), text(n, np, "perspective", false), text(n, np, "statement", true)};
            if (!ind.stage.isEmpty())
                m_indicatorStages.push_back({np + "/stage", ind.stage});
            if (!ind.perspective.isEmpty())
                m_perspectiveRefs.push_back({np + "/perspective", ind.perspective});
            return ind;
        });
        const bool hasIndicators = o.contains("indicators");
        item.title = text(o, ptr, "title", hasIndicators);
        item.statement = text(o, ptr, "statement", !hasIndicators);
        if (o.contains("judgementOnly")) {
            if (!o.at("judgementOnly").is_boolean())
                problem(ptr + "/judgementOnly", QStringLiteral("must be true or false"));
            else if (hasIndicators)
                problem(ptr + "/judgementOnly", QStringLiteral("a capability is judged through its indicators, which need evidence"));
            else
                item.judgementOnly = o.at("judgementOnly").get<bool>();
        }
        return item;
    }

    int readInt(const json& o, const std::string& ptr, const char* key, int min)
    {
        if (!o.contains(key)) {
            problem(ptr, QStringLiteral("missing required field \"%1\"").arg(QLatin1String(key)));
            return 0;
        }
        const json& v = o.at(key);
        if (!v.is_number_integer() || v.get<long long>() < min || v.get<long long>() > 1000000) {
            problem(ptr + "/" + key, QStringLiteral("must be a whole number of at least %1").arg(min));
            return 0;
        }
        return int(v.get<long long>());
    }

    Rule readRule(const json& o, const std::string& ptr, int depth)
    {
        Rule r;
        if (!o.is_object()) {
            problem(ptr, QStringLiteral("a rule must be an object, not %1").arg(typeName(o)));
            return r;
        }
        const QString type = text(o, ptr, "type", true);
        r.label = text(o, ptr, "label", false);
        auto children = [&](Rule::Type t) {
            r.type = t;
            if (!o.contains("rules") || !o.at("rules").is_array() || o.at("rules").empty()) {
                problem(o.contains("rules") ? ptr + "/rules" : ptr, QStringLiteral("\"%1\" needs a non-empty array \"rules\"").arg(type));
                return;
            }
            const json& rules = o.at("rules");
            for (size_t i = 0; i < rules.size(); ++i)
                r.children << readRule(rules[i], ptr + "/rules/" + std::to_string(i), depth + 1);
        };
        if (type == QLatin1String("all")) {
            allowOnly(o, ptr, {"type", "label", "rules"});
            children(Rule::Type::All);
        } else if (type == QLatin1String("any")) {
            allowOnly(o, ptr, {"type", "label", "rules"});
            children(Rule::Type::Any);
        } else if (type == QLatin1String("atLeast")) {
            allowOnly(o, ptr, {"type", "label", "rules", "count"});
            children(Rule::Type::AtLeast);
            r.count = readInt(o, ptr, "count", 1);
            if (r.count > r.children.size() && !r.children.isEmpty())
                problem(ptr + "/count", QStringLiteral("asks for %1 of only %2 rules").arg(r.count).arg(r.children.size()));
        } else if (type == QLatin1String("reached")) {
            allowOnly(o, ptr, {"type", "label", "item"});
            r.type = Rule::Type::Reached;
            r.ref = refField(o, ptr, "item", Expect::Assessable);
        } else if (type == QLatin1String("allReached")) {
            allowOnly(o, ptr, {"type", "label", "scope"});
            r.type = Rule::Type::AllReached;
            r.ref = refField(o, ptr, "scope", Expect::Scope);
        } else if (type == QLatin1String("evidence")) {
            allowOnly(o, ptr, {"type", "label", "scope", "perItem", "distinctSources"});
            r.type = Rule::Type::Evidence;
            r.ref = refField(o, ptr, "scope", Expect::Scope);
            r.perItem = readInt(o, ptr, "perItem", 1);
            r.distinctSources = o.contains("distinctSources") ? readInt(o, ptr, "distinctSources", 1) : 0;
        } else if (type == QLatin1String("experience")) {
            allowOnly(o, ptr, {"type", "label", "measure", "years"});
            r.type = Rule::Type::Experience;
            const QString measure = text(o, ptr, "measure", true);
            if (measure == QLatin1String("postQualifying")) r.measure = Rule::Measure::PostQualifying;
            else if (measure == QLatin1String("currentRole")) r.measure = Rule::Measure::CurrentRole;
            else if (measure == QLatin1String("supervisory")) r.measure = Rule::Measure::Supervisory;
            else if (!measure.isEmpty())
                problem(ptr + "/measure", QStringLiteral("unknown measure \"%1\" (postQualifying, currentRole or supervisory)").arg(measure));
            if (!o.contains("years") || !o.at("years").is_number() || o.at("years").get<double>() <= 0 || o.at("years").get<double>() > 80)
                problem(o.contains("years") ? ptr + "/years" : ptr, QStringLiteral("\"years\" must be a number above 0"));
            else
                r.years = o.at("years").get<double>();
        } else if (type == QLatin1String("award")) {
            allowOnly(o, ptr, {"type", "label", "anyOf", "allowInProgress"});
            r.type = Rule::Type::Award;
            r.awards = strings(o, ptr, "anyOf");
            if (r.awards.isEmpty())
                problem(ptr, QStringLiteral("\"award\" needs a non-empty array \"anyOf\""));
            for (int i = 0; i < r.awards.size(); ++i)
                m_ruleRefs.push_back({ptr + "/anyOf/" + std::to_string(i), r.awards[i], Expect::Award});
            if (o.contains("allowInProgress")) {
                if (!o.at("allowInProgress").is_boolean())
                    problem(ptr + "/allowInProgress", QStringLiteral("must be true or false"));
                else
                    r.allowInProgress = o.at("allowInProgress").get<bool>();
            }
        } else if (type == QLatin1String("stage")) {
            allowOnly(o, ptr, {"type", "label", "item", "stage"});
            r.type = Rule::Type::Stage;
            r.ref = text(o, ptr, "item", true);
            r.stage = text(o, ptr, "stage", true);
            m_stageRefs.push_back({ptr, r.ref, r.stage});
        } else if (type == QLatin1String("roleProfile")) {
            allowOnly(o, ptr, {"type", "label", "profile"});
            r.type = Rule::Type::RoleProfile;
            r.ref = refField(o, ptr, "profile", Expect::Profile);
        } else if (!type.isEmpty()) {
            problem(ptr + "/type", QStringLiteral("unknown rule type \"%1\"").arg(type));
        }
        Q_UNUSED(depth);
        return r;
    }

    QString refField(const json& o, const std::string& ptr, const char* key, Expect expect)
    {
        const QString s = text(o, ptr, key, true);
        if (!s.isEmpty())
            m_ruleRefs.push_back({ptr + "/" + key, s, expect});
        return s;
    }

    static CrossReference::Expect crossExpect(Expect e)
    {
        switch (e) {
        case Expect::Scope: return CrossReference::Expect::Scope;
        case Expect::Assessable: return CrossReference::Expect::Assessable;
        case Expect::Award: return CrossReference::Expect::Award;
        case Expect::Profile: return CrossReference::Expect::Profile;
        case Expect::Capability: return CrossReference::Expect::Capability;
        }
        return CrossReference::Expect::Scope;
    }

    // Keeps a reference into another pathway, with its position, for PathwayLibrary to check.
    void crossReference(Pathway& p, const std::string& pointer, const QString& ref, CrossReference::Expect expect, const QString& stage)
    {
        CrossReference c;
        c.ref = ref;
        c.stage = stage;
        c.expect = expect;
        c.pointer = QString::fromStdString(pointer);
        m_doc.position(pointer, &c.line, &c.column);
        p.crossReferences << c;
    }

    void checkReferences(Pathway& p)
    {
        using K = Pathway::Kind;
        for (const Ref& r : m_stepRefs)
            if (!r.id.isEmpty() && p.kindOf(r.id) != K::Step)
                problem(r.pointer, QStringLiteral("unknown step \"%1\"").arg(r.id));
        for (const Ref& r : m_indicatorStages)
            if (p.kindOf(r.id) != K::Stage)
                problem(r.pointer, QStringLiteral("unknown stage \"%1\"").arg(r.id));
        for (const Ref& r : m_perspectiveRefs)
            if (p.kindOf(r.id) != K::Perspective)
                problem(r.pointer, QStringLiteral("unknown perspective \"%1\"").arg(r.id));
        for (const StageRef& r : m_stageRefs) {
            if (r.item.isEmpty() || r.stage.isEmpty())
                continue;
            if (r.item.contains(QLatin1Char(':'))) {
                // Its stage belongs to the other pathway too; both are checked by the library.
                crossReference(p, r.pointer + "/item", r.item, CrossReference::Expect::Capability, r.stage);
                continue;
            }
            const Item* item = p.item(r.item);
            if (!item || item->indicators.isEmpty())
                problem(r.pointer + "/item", QStringLiteral("\"%1\" is not an item with staged indicators").arg(r.item));
            if (p.kindOf(r.stage) != K::Stage)
                problem(r.pointer + "/stage", QStringLiteral("unknown stage \"%1\"").arg(r.stage));
        }
        for (const RuleRef& r : m_ruleRefs) {
            if (r.id.contains(QLatin1Char(':'))) {
                crossReference(p, r.pointer, r.id, crossExpect(r.expect), QString());
                continue;
            }
            const K kind = p.kindOf(r.id);
            switch (r.expect) {
            case Expect::Scope:
                if (kind != K::Step && kind != K::Group && kind != K::Item && kind != K::Indicator)
                    problem(r.pointer, QStringLiteral("unknown step, group or item \"%1\"").arg(r.id));
                break;
            case Expect::Assessable:
                if (kind != K::Item && kind != K::Indicator)
                    problem(r.pointer, QStringLiteral("unknown item or indicator \"%1\"").arg(r.id));
                else if (kind == K::Item && !p.item(r.id)->indicators.isEmpty())
                    problem(r.pointer, QStringLiteral("\"%1\" is judged through its indicators: use \"allReached\" or \"stage\"").arg(r.id));
                break;
            case Expect::Award:
                if (kind != K::Award)
                    problem(r.pointer, QStringLiteral("unknown award \"%1\" (declare it under \"awards\")").arg(r.id));
                break;
            case Expect::Profile:
                if (kind != K::RoleProfile)
                    problem(r.pointer, QStringLiteral("unknown role profile \"%1\"").arg(r.id));
                break;
            case Expect::Capability:
                break;
            }
        }
        std::stable_sort(p.crossReferences.begin(), p.crossReferences.end(),
                         [](const CrossReference& a, const CrossReference& b) { return a.line < b.line; });
    }

    const JsonDocument& m_doc;
    QString m_file;
    QHash<QString, std::string> m_declared;
    std::vector<Ref> m_stepRefs, m_indicatorStages, m_perspectiveRefs;
    std::vector<StageRef> m_stageRefs;
    std::vector<RuleRef> m_ruleRefs;
};

} // namespace

PathwayLoadResult PathwayLoader::loadFile(const QString& path)
{
    PathwayLoadResult result;
    const QString name = QFileInfo(path).fileName();
    auto fail = [&](const QString& message) {
        PathwayProblem p;
        p.file = path.startsWith(QLatin1Char(':')) ? path : name;
        p.message = message;
        result.problems << p;
        return result;
    };
    const FileContent file = readRegularFile(path, maxFileBytes);
    if (file.tooLarge)
        return fail(QStringLiteral("the file is %1 MiB; pathway files may be at most %2 MiB")
                        .arg(file.size / (1024 * 1024)).arg(maxFileBytes / (1024 * 1024)));
    if (!file.ok())
        return fail(file.error.message());
    result = loadBytes(file.data, path.startsWith(QLatin1Char(':')) ? path : name);
    if (result.pathway)
        result.pathway->sourceFile = path;
    return result;
}

PathwayLoadResult PathwayLoader::loadBytes(const QByteArray& bytes, const QString& fileName)
{
    PathwayLoadResult result;
    JsonDocument doc;
    if (bytes.trimmed().isEmpty()) {
        result.problems << PathwayProblem{fileName, 0, 0, QString(), QStringLiteral("the file is empty")};
        return result;
    }
    if (!doc.parse(bytes, maxNesting)) {
        PathwayProblem p{fileName, 0, 0, QString(), doc.errorMessage()};
        doc.errorPosition(&p.line, &p.column);
        result.problems << p;
        return result;
    }
    PathwayReader reader(doc, fileName);
    Pathway pathway = reader.read();
    result.problems = reader.problems;
    std::stable_sort(result.problems.begin(), result.problems.end(),
                     [](const PathwayProblem& a, const PathwayProblem& b) { return a.line < b.line; });
    if (result.problems.isEmpty())
        result.pathway = std::move(pathway);
    return result;
}

} // namespace waymark
