#include "JsonDocument.h"

#include <algorithm>
#include <iterator>
#include <vector>

namespace waymark {

namespace {

// Input iterator that publishes how far the parser has read, so SAX events can be
// placed in the text.
class CountingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    CountingIterator(const char* p, const char** cursor) : m_p(p), m_cursor(cursor) {}
    reference operator*() const { return *m_p; }
    CountingIterator& operator++()
    {
        ++m_p;
        *m_cursor = m_p;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator& o) const { return m_p == o.m_p; }
    bool operator!=(const CountingIterator& o) const { return m_p != o.m_p; }

private:
    const char* m_p;
    const char** m_cursor;
};

QString cleanParserMessage(const std::string& what)
{
    // nlohmann prefixes "[json.exception.parse_error.101] parse error at line 1, column 2: ".
    QString msg = QString::fromUtf8(what.c_str());
    const int colon = msg.indexOf(QStringLiteral(": "), msg.indexOf(QStringLiteral("column")));
    if (msg.startsWith(QLatin1Char('[')) && colon > 0)
        msg = msg.mid(colon + 2);
    return QStringLiteral("not valid JSON: ") + msg;
}

} // namespace

// Builds the DOM like nlohmann's own parser, recording each value's offset by pointer.
class JsonPositionSax
{
public:
    using json = nlohmann::json;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    JsonPositionSax(JsonDocument& doc, const char* begin, const char** cursor, int maxNesting)
        : m_doc(doc), m_begin(begin), m_cursor(cursor), m_maxNesting(maxNesting) {}

    bool null() { return put(nullptr); }
    bool boolean(bool v) { return put(v); }
    bool number_integer(number_integer_t v) { return put(v); }
    bool number_unsigned(number_unsigned_t v) { return put(v); }
    bool number_float(number_float_t v, const string_t&) { return put(v); }
    bool string(string_t& v) { return put(v); }
    bool binary(binary_t& v) { return put(json::binary(v)); }

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(string_t& k)
    {
        m_frames.back().key = k;
        // A member is placed at its key, which is where a reader looks for it.
        m_doc.m_offsets[m_frames.back().pointer + "/" + JsonDocument::pointerToken(k)] = offsetBefore(k.size() + 2);
        return true;
    }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
    {
        m_doc.m_error = cleanParserMessage(ex.what());
        m_doc.m_errorOffset = position > 0 ? position - 1 : 0;
        return false;
    }

    bool nestingExceeded() const { return m_nestingExceeded; }

private:
    struct Frame
    {
        json* value;
        std::string pointer;
        std::string key;
    };

    size_t offsetBefore(size_t tokenLength) const
    {
        const size_t end = size_t(*m_cursor - m_begin);
        return end > tokenLength ? end - tokenLength : 0;
    }

    // Places a new value in its parent and returns it with its pointer.
    json* place(json&& v, std::string* pointer)
    {
        if (m_frames.empty()) {
            m_doc.m_root = std::move(v);
            *pointer = "";
            return &m_doc.m_root;
        }
        Frame& top = m_frames.back();
        if (top.value->is_array()) {
            *pointer = top.pointer + "/" + std::to_string(top.value->size());
            top.value->push_back(std::move(v));
            return &top.value->back();
        }
        *pointer = top.pointer + "/" + JsonDocument::pointerToken(top.key);
        json& slot = (*top.value)[top.key];
        slot = std::move(v);
        return &slot;
    }

    template<typename T>
    bool put(T&& v)
    {
        std::string pointer;
        const bool inArray = !m_frames.empty() && m_frames.back().value->is_array();
        place(json(std::forward<T>(v)), &pointer);
        if (inArray || m_frames.empty())
            m_doc.m_offsets[pointer] = offsetBefore(1);
        return true;
    }

    bool open(json&& container)
    {
        if (int(m_frames.size()) >= m_maxNesting) {
            m_nestingExceeded = true;
            m_doc.m_error = QStringLiteral("nested more than %1 levels deep").arg(m_maxNesting);
            m_doc.m_errorOffset = offsetBefore(1);
            return false;
        }
        std::string pointer;
        const bool inArray = !m_frames.empty() && m_frames.back().value->is_array();
        json* v = place(std::move(container), &pointer);
        if (inArray || m_frames.empty())
            m_doc.m_offsets[pointer] = offsetBefore(1);
        m_frames.push_back({v, pointer, {}});
        return true;
    }

    bool close()
    {
        m_frames.pop_back();
        return true;
    }

    JsonDocument& m_doc;
    const char* m_begin;
    const char** m_cursor;
    int m_maxNesting;
    std::vector<Frame> m_frames;
    bool m_nestingExceeded = false;
};

bool JsonDocument::parse(const QByteArray& bytes, int maxNesting)
{
    m_lines = LineIndex(bytes);
    m_offsets.clear();
    m_error.clear();
    m_root = nlohmann::json();
    const char* begin = bytes.constData();
    const char* cursor = begin;
    JsonPositionSax sax(*this, begin, &cursor, maxNesting);
    CountingIterator first(begin, &cursor);
    CountingIterator last(begin + bytes.size(), &cursor);
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(first, last, &sax);
    } catch (const std::exception& e) {
        m_error = QStringLiteral("not valid JSON: ") + QString::fromUtf8(e.what());
        ok = false;
    }
    if (!ok && m_error.isEmpty())
        m_error = QStringLiteral("not valid JSON");
    if (!ok)
        m_root = nlohmann::json();
    return ok;
}

void JsonDocument::position(const std::string& pointer, int* line, int* column) const
{
    // Fall back to the nearest enclosing value that has a recorded place.
    std::string p = pointer;
    for (;;) {
        auto it = m_offsets.find(p);
        if (it != m_offsets.end()) {
            m_lines.lineColumn(it->second, line, column);
            return;
        }
        if (p.empty())
            break;
        p.erase(p.rfind('/'));
    }
    *line = 0;
    *column = 0;
}

std::string JsonDocument::pointerToken(const std::string& key)
{
    std::string out;
    for (char c : key) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

void JsonDocument::errorPosition(int* line, int* column) const
{
    m_lines.lineColumn(m_errorOffset, line, column);
}

} // namespace waymark
