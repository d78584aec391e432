#pragma once

#include "waymark/StoreError.h"

#include <QString>

namespace waymark {

// The real cause when nothing could be written in folder, in plain words: its disk is full
// (DiskFull) or read-only, or the folder cannot be written to (ReadOnly). Code None when none
// of these is so, and the caller's own message (the system's, the database's) is the best.
// seen is what the failed write reported, when it said: a full disk is believed (the room a
// large write lacked may be free again once it has failed).
StoreError writeProblem(const QString& folder, StoreError::Code seen = StoreError::Code::None);

// The longest file name, in bytes, the file system holding folder takes (255 on most).
int longestFileName(const QString& folder);

} // namespace waymark
