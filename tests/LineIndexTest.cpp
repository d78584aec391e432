#include "TestSupport.h"

#include "LineIndex.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <utility>

using namespace waymark;

namespace {

std::pair<int, int> at(const LineIndex& index, size_t offset)
{
    int line = 0, column = 0;
    index.lineColumn(offset, &line, &column);
    return {line, column};
}

// Where the offset stands, found the slow way by walking the text from its start.
std::pair<int, int> walked(const std::string& text, size_t offset)
{
    int line = 1, column = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

// Overwrites every byte except the `keep` bytes before each of the given offsets.
void scribbleExceptBefore(std::string* text, std::initializer_list<size_t> offsets, size_t keep, char with)
{
    for (size_t i = 0; i < text->size(); ++i) {
        bool kept = false;
        for (size_t o : offsets)
            kept = kept || (i < o && i + keep >= o);
        if (!kept)
            (*text)[i] = with;
    }
}

} // namespace

TEST(LineIndex, CountsLinesAndCharactersNotBytes)
{
    const std::string text = "{\n  \"t\": \"caf\xC3\xA9\",\r\n\"x\": 1\n}";
    const LineIndex index(QByteArray::fromStdString(text));
    EXPECT_EQ(at(index, 0), std::make_pair(1, 1));
    EXPECT_EQ(at(index, 1), std::make_pair(1, 2));  // the newline itself ends line 1
    EXPECT_EQ(at(index, 2), std::make_pair(2, 1));
    const size_t afterE = text.find("\",");
    EXPECT_EQ(at(index, afterE), std::make_pair(2, 13)); // é is one character of two bytes
    EXPECT_EQ(at(index, text.find("\"x\"")), std::make_pair(3, 1)); // \r is an ordinary character
    EXPECT_EQ(at(index, text.size()), std::make_pair(4, 2));
    EXPECT_EQ(at(index, text.size() + 100), std::make_pair(4, 2)); // past the end: the end
    EXPECT_EQ(at(LineIndex(), 5), std::make_pair(1, 1));
}

TEST(LineIndex, AgreesWithWalkingTheTextAtEveryOffset)
{
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += std::string(size_t(i % 97), 'a') + (i % 3 ? "\xE2\x80\x94" : "") + (i % 5 ? "\n" : "");
    const LineIndex index(QByteArray::fromStdString(text));
    for (size_t offset = 0; offset <= text.size(); ++offset)
        ASSERT_EQ(at(index, offset), walked(text, offset)) << "offset " << offset;
}

// Reporting N problems must not walk the text N times (20,000 problems took 23 s that
// way). After indexing, a lookup may read only the bytes just before the offset and just
// before its line's start; everything else is overwritten here and the answer must not change.
TEST(LineIndex, LookupsDoNotWalkTheTextFromItsStart)
{
    std::string text;
    for (int i = 0; i < 2000; ++i)
        text += "    \"field\": \"valu\xC3\xA9\",\n";
    const size_t lineStart = text.size();
    text += std::string(100000, 'x') + "\"key\": 1\n"; // one long line, like a minified file
    const size_t offset = text.find("\"key\"");
    const std::pair<int, int> expected = walked(text, offset);
    ASSERT_EQ(expected, std::make_pair(2001, 100001));

    const LineIndex index(QByteArray::fromRawData(text.data(), qsizetype(text.size())));
    const size_t keep = 2 * LineIndex::blockBytes;
    scribbleExceptBefore(&text, {lineStart, offset}, keep, '\x80'); // continuation bytes count no character
    EXPECT_NE(walked(text, offset), expected);
    EXPECT_EQ(at(index, offset), expected);
    scribbleExceptBefore(&text, {lineStart, offset}, keep, '\n');
    EXPECT_NE(walked(text, offset), expected);
    EXPECT_EQ(at(index, offset), expected);
}
