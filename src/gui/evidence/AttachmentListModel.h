#pragma once

#include <QAbstractListModel>

namespace waymark::gui {

// The files attached to one evidence record (saved ones and, for a new record, the ones
// waiting for its first save), with their size and type.
class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    struct Entry
    {
        qint64 id = 0; // 0 until saved
        QString name;
        QString mediaType;
        qint64 size = 0;
    };
    enum Role { AttachmentIdRole = Qt::UserRole + 1 };

    explicit AttachmentListModel(QObject* parent = nullptr);

    void setEntries(const QList<Entry>& entries);
    const QList<Entry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};

} // namespace waymark::gui
