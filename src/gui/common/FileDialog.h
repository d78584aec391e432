#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace waymark::gui {

// File choices go through here so that a test can give the answer in advance
// (KeePassXC's FileDialog::setNextFileName). An empty answer means "cancelled".
class FileDialog
{
public:
    static QString getOpenFileName(
        QWidget* parent, const QString& caption, const QString& dir = QString(), const QString& filter = QString());
    static QStringList getOpenFileNames(
        QWidget* parent, const QString& caption, const QString& dir = QString(), const QString& filter = QString());
    static QString getSaveFileName(
        QWidget* parent, const QString& caption, const QString& dir = QString(), const QString& filter = QString());

    static void setNextFileName(const QString& fileName);
    static void setNextFileNames(const QStringList& fileNames);

private:
    static bool takeNext(QStringList* out);
};

} // namespace waymark::gui
