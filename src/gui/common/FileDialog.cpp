#include "FileDialog.h"

#include <QFileDialog>

namespace waymark::gui {

namespace {
bool hasNext = false;
QStringList next;
} // namespace

bool FileDialog::takeNext(QStringList* out)
{
    if (!hasNext)
        return false;
    *out = next;
    hasNext = false;
    next.clear();
    return true;
}

QString FileDialog::getOpenFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QStringList preset;
    if (takeNext(&preset))
        return preset.value(0);
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList FileDialog::getOpenFileNames(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QStringList preset;
    if (takeNext(&preset))
        return preset;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString FileDialog::getSaveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    QStringList preset;
    if (takeNext(&preset))
        return preset.value(0);
    return QFileDialog::getSaveFileName(parent, caption, dir, filter);
}

void FileDialog::setNextFileName(const QString& fileName)
{
    setNextFileNames({ fileName });
}

void FileDialog::setNextFileNames(const QStringList& fileNames)
{
    next = fileNames;
    hasNext = true;
}

} // namespace waymark::gui
