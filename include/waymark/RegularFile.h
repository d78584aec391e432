#pragma once

#include "waymark/StoreError.h"

#include <QByteArray>
#include <QString>

namespace waymark {

// A file a person named (an attachment, a framework or pathway file, an archive, a PDF), read
// whole. Only a regular file is read: a device such as /dev/zero would be read until memory runs
// out, and a named pipe waits for ever, even to be opened. A link is followed; its target must be
// a regular file. Qt resource paths (":/...") are read as they are.
struct FileContent
{
    QByteArray data;
    qint64 size = 0;       // the file's size; when tooLarge, more than the limit
    bool tooLarge = false; // error says so in general words; callers may say it their way
    StoreError error;      // None when read; otherwise why not, naming the file

    bool ok() const { return !error.isError(); }
};

// Why path cannot be read as a regular file (None when it can), without opening it.
StoreError regularFileProblem(const QString& path);

// Reads at most maxBytes + 1 bytes, so that a file that grows while it is read is still caught.
// maxBytes < 0: no limit beyond the file's own size.
FileContent readRegularFile(const QString& path, qint64 maxBytes);

} // namespace waymark
