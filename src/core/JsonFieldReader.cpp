#include "JsonFieldReader.h"

#include <QCoreApplication>

namespace waymark {

SourceLocation JsonFieldReader::at(const std::string& pointer) const
{
    SourceLocation loc;
    loc.field = QString::fromStdString(pointer);
    m_doc.position(pointer, &loc.line, &loc.column);
    return loc;
}

QString JsonFieldReader::text(const json& o, const std::string& ptr, const char* key, bool required)
{
    if (!o.is_object() || !o.contains(key)) {
        if (required)
            m_tree.problem(at(ptr), QCoreApplication::translate("FrameworkImport", "missing required field \"%1\"").arg(QLatin1String(key)));
        return QString();
    }
    const json& v = o.at(key);
    if (v.is_number_integer())
        return QString::number(v.get<long long>());
    if (!v.is_string()) {
        m_tree.problem(at(ptr + "/" + key), QCoreApplication::translate("FrameworkImport", "must be a string, not %1")
                                                .arg(QString::fromUtf8(v.type_name())));
        return QString();
    }
    const QString s = QString::fromStdString(v.get<std::string>());
    if (required && s.trimmed().isEmpty())
        m_tree.problem(at(ptr + "/" + key), QCoreApplication::translate("FrameworkImport", "must not be empty"));
    return s;
}

const JsonFieldReader::json* JsonFieldReader::member(const json& o, const std::string& ptr, const char* key, bool required, bool wantArray)
{
    if (!o.is_object() || !o.contains(key)) {
        if (required)
            m_tree.problem(at(ptr), QCoreApplication::translate("FrameworkImport", "missing required field \"%1\"").arg(QLatin1String(key)));
        return nullptr;
    }
    const json& v = o.at(key);
    if (wantArray ? !v.is_array() : !v.is_object()) {
        m_tree.problem(at(ptr + "/" + key), QCoreApplication::translate("FrameworkImport", "must be %1, not %2")
                                                .arg(wantArray ? QStringLiteral("an array") : QStringLiteral("an object"),
                                                     QString::fromUtf8(v.type_name())));
        return nullptr;
    }
    return &v;
}

const JsonFieldReader::json* JsonFieldReader::array(const json& o, const std::string& ptr, const char* key, bool required)
{
    return member(o, ptr, key, required, true);
}

const JsonFieldReader::json* JsonFieldReader::object(const json& o, const std::string& ptr, const char* key, bool required)
{
    return member(o, ptr, key, required, false);
}

} // namespace waymark
