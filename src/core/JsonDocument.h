#pragma once

#include "LineIndex.h"

#include <QByteArray>
#include <QString>

#include <nlohmann/json.hpp>

#include <string>
#include <unordered_map>

namespace waymark {

// A parsed JSON document that remembers where each value stood in the text, so that
// errors found later can name a line and column as well as a JSON pointer.
class JsonDocument
{
public:
    bool parse(const QByteArray& bytes, int maxNesting);

    const nlohmann::json& root() const { return m_root; }
    QString errorMessage() const { return m_error; }
    // Position of the parse error, or of the value at pointer (its key, for members).
    void position(const std::string& pointer, int* line, int* column) const;
    void errorPosition(int* line, int* column) const;
    // A member's key as one token of a JSON pointer ("a/b" is "a~1b").
    static std::string pointerToken(const std::string& key);

private:
    friend class JsonPositionSax;

    LineIndex m_lines;
    nlohmann::json m_root;
    std::unordered_map<std::string, size_t> m_offsets;
    QString m_error;
    size_t m_errorOffset = 0;
};

} // namespace waymark
