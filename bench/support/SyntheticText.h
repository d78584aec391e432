#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace waymark::bench {

// A small deterministic random number generator (splitmix64): the same seed gives the
// same portfolio on every machine and standard library.
class Random
{
public:
    explicit Random(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }
    double uniform() { return double(next() >> 11) * (1.0 / 9007199254740992.0); } // [0, 1)
    int between(int lo, int hi) { return lo + int(next() % std::uint64_t(hi - lo + 1)); } // inclusive
    bool chance(double p) { return uniform() < p; }

private:
    std::uint64_t m_state;
};

// Practice writing with a natural word distribution: a Zipf law (s = 1) over a vocabulary
// of English function words, social-work terms and a long tail of rarer words, so that
// full-text search meets common, middling and rare terms as it would in real portfolios.
class SyntheticText
{
public:
    explicit SyntheticText(std::uint64_t seed);

    static int vocabularySize();
    // The word of the given frequency rank (1 = most frequent).
    static QString wordAtRank(int rank);

    QString word();
    QString sentence(int minWords = 8, int maxWords = 22);
    QString paragraph(int minSentences = 3, int maxSentences = 6);
    QString narrative();  // 2 to 4 paragraphs of Markdown, sometimes with a list or emphasis
    QString reflection(); // 1 to 3 paragraphs
    QString title();
    QString source();
    Random& random() { return m_random; }

private:
    Random m_random;
};

} // namespace waymark::bench
