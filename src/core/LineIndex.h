#pragma once

#include <QByteArray>

#include <cstddef>
#include <vector>

namespace waymark {

// Turns byte offsets into 1-based line and column (in characters, not UTF-8 bytes).
// Built once in one pass, so that each lookup costs a binary search and a short scan
// instead of a walk from the start of the text: reporting every problem of a large file
// stays linear in the number of problems.
class LineIndex
{
public:
    // Characters are counted in blocks of this many bytes; a lookup scans at most one
    // block before the offset and one before its line's start.
    static constexpr size_t blockBytes = 64;

    LineIndex() : LineIndex(QByteArray()) {}
    explicit LineIndex(const QByteArray& text);

    void lineColumn(size_t offset, int* line, int* column) const;

private:
    size_t charactersBefore(size_t offset) const;

    QByteArray m_text;
    std::vector<size_t> m_lineStarts;      // offset of each line's first byte
    std::vector<size_t> m_charactersUpTo;  // characters before each block
};

} // namespace waymark
