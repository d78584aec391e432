#pragma once

#include <QCoreApplication>

namespace waymark::fuzz {

// One application object per process, for resources and the SQL driver plugins. It gets
// only the program's name: libFuzzer's own options are not Qt's to take out of argv.
inline void startApplication(char* program)
{
    static int argc = 1;
    static char* argv[] = {program, nullptr};
    static QCoreApplication app(argc, argv);
}

} // namespace waymark::fuzz
