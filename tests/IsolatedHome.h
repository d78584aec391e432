#pragma once

#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace waymark::test {

// Each test program gets a home folder of its own, removed when it ends: standard paths in
// test mode live under $HOME/.qttest, and ctest runs test programs side by side.
class IsolatedHome
{
public:
    IsolatedHome() { qputenv("HOME", QFile::encodeName(m_dir.path())); }

private:
    QTemporaryDir m_dir;
};

} // namespace waymark::test
