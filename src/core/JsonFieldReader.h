#pragma once

#include "FrameworkTree.h"
#include "JsonDocument.h"

namespace waymark {

// Reads members of a parsed JSON source, reporting a missing or mistyped one on the tree
// with its line and pointer. Shared by the Mahara and CASE readers.
class JsonFieldReader
{
public:
    using json = nlohmann::json;

    JsonFieldReader(const JsonDocument& doc, FrameworkTree& tree) : m_doc(doc), m_tree(tree) {}

    SourceLocation at(const std::string& pointer) const;
    // A string member (a number is taken as its text); empty when absent or wrong.
    QString text(const json& o, const std::string& ptr, const char* key, bool required);
    // An array or object member; nullptr when absent or of another type.
    const json* array(const json& o, const std::string& ptr, const char* key, bool required);
    const json* object(const json& o, const std::string& ptr, const char* key, bool required);

private:
    const json* member(const json& o, const std::string& ptr, const char* key, bool required, bool wantArray);

    const JsonDocument& m_doc;
    FrameworkTree& m_tree;
};

} // namespace waymark
