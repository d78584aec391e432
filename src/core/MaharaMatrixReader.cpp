#include "MaharaMatrixReader.h"

#include "HtmlText.h"
#include "JsonFieldReader.h"

#include <QCoreApplication>
#include <QHash>

namespace waymark {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("FrameworkImport", text);
}

} // namespace

void MaharaMatrixReader::read(const JsonDocument& doc, FrameworkTree& tree, FrameworkInfo& info)
{
    using json = nlohmann::json;
    JsonFieldReader fields(doc, tree);
    const json* framework = fields.object(doc.root(), "", "framework", true);
    if (!framework)
        return;
    const std::string fp = "/framework";
    info.title = fields.text(*framework, fp, "name", true);
    info.idHint = info.title;
    info.summary = HtmlText::toPlainText(fields.text(*framework, fp, "description", false));
    const json* standards = fields.array(*framework, fp, "standards", true);
    if (!standards)
        return;
    if (standards->empty())
        tree.problem(fields.at(fp + "/standards"), tr("the matrix has no standards"));
    int order = 0;
    QHash<QString, QString> standardKeys; // "standardid" -> node key
    auto element = [&](const json& e, const std::string& ep, const QString& standardKey) {
        FrameworkNode n;
        const QString shortname = fields.text(e, ep, "shortname", true);
        n.title = fields.text(e, ep, "name", true);
        n.statement = HtmlText::toPlainText(fields.text(e, ep, "description", false));
        const QString elementId = fields.text(e, ep, "elementid", false);
        n.key = elementId.isEmpty() ? QStringLiteral("element %1").arg(QString::fromStdString(ep)) : QStringLiteral("element ") + elementId;
        n.idHint = elementId.isEmpty() ? shortname : elementId;
        n.label = shortname.isEmpty() ? elementId : shortname;
        n.order = order++;
        n.at = fields.at(ep);
        const QString parentElement = fields.text(e, ep, "parentelementid", false);
        n.parentKey = parentElement.isEmpty() ? standardKey : QStringLiteral("element ") + parentElement;
        n.parentAt = fields.at(parentElement.isEmpty() ? ep : ep + "/parentelementid");
        tree.add(n);
    };
    for (size_t i = 0; i < standards->size(); ++i) {
        const json& s = (*standards)[i];
        const std::string sp = fp + "/standards/" + std::to_string(i);
        if (!s.is_object()) {
            tree.problem(fields.at(sp), tr("a standard must be an object"));
            continue;
        }
        FrameworkNode n;
        n.key = QStringLiteral("standard %1").arg(i);
        n.idHint = fields.text(s, sp, "shortname", true);
        n.label = n.idHint;
        n.title = fields.text(s, sp, "name", true);
        n.statement = HtmlText::toPlainText(fields.text(s, sp, "description", false));
        n.headingOnly = true;
        n.order = order++;
        n.at = fields.at(sp);
        tree.add(n);
        const QString standardId = fields.text(s, sp, "standardid", false);
        if (!standardId.isEmpty())
            standardKeys.insert(standardId, n.key);
        if (const json* nested = fields.array(s, sp, "standardelement", false))
            for (size_t j = 0; j < nested->size(); ++j)
                element((*nested)[j], sp + "/standardelement/" + std::to_string(j), n.key);
    }
    const json* apart = fields.array(*framework, fp, "standardelements", false);
    for (size_t j = 0; apart && j < apart->size(); ++j) {
        const std::string ep = fp + "/standardelements/" + std::to_string(j);
        const QString standardId = fields.text((*apart)[j], ep, "standardid", true);
        if (standardId.isEmpty())
            continue;
        if (!standardKeys.contains(standardId)) {
            tree.problem(fields.at(ep + "/standardid"), tr("no standard has the standardid %1").arg(standardId));
            continue;
        }
        element((*apart)[j], ep, standardKeys.value(standardId));
    }
}

} // namespace waymark
