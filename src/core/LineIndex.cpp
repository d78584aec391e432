#include "LineIndex.h"

#include <algorithm>

namespace waymark {

namespace {

bool startsCharacter(char byte)
{
    return (static_cast<unsigned char>(byte) & 0xC0) != 0x80; // not a UTF-8 continuation byte
}

} // namespace

LineIndex::LineIndex(const QByteArray& text) : m_text(text)
{
    const size_t size = size_t(m_text.size());
    const char* data = m_text.constData();
    m_lineStarts.push_back(0);
    m_charactersUpTo.reserve(size / blockBytes + 1);
    size_t characters = 0;
    // Up to and including the end, so that every offset from 0 to size has its block.
    for (size_t i = 0; i <= size; ++i) {
        if (i % blockBytes == 0)
            m_charactersUpTo.push_back(characters);
        if (i == size)
            break;
        if (data[i] == '\n')
            m_lineStarts.push_back(i + 1);
        characters += startsCharacter(data[i]) ? 1 : 0;
    }
}

size_t LineIndex::charactersBefore(size_t offset) const
{
    const size_t block = offset / blockBytes;
    size_t characters = m_charactersUpTo[block];
    const char* data = m_text.constData();
    for (size_t i = block * blockBytes; i < offset; ++i)
        characters += startsCharacter(data[i]) ? 1 : 0;
    return characters;
}

void LineIndex::lineColumn(size_t offset, int* line, int* column) const
{
    offset = std::min(offset, size_t(m_text.size()));
    // The last line that starts at or before the offset holds it.
    const auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const size_t lineStart = *(next - 1);
    *line = int(next - m_lineStarts.begin());
    *column = int(charactersBefore(offset) - charactersBefore(lineStart)) + 1;
}

} // namespace waymark
