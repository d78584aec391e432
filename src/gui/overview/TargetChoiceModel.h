#pragma once

#include <QAbstractListModel>
#include <QList>

namespace waymark {
class PathwayLibrary;
}

namespace waymark::gui {

// What the overview can judge readiness for: the worker's own target first, then every step
// and role profile of every loaded pathway under the pathway's name.
class TargetChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { OwnTarget, Heading, Step, RoleProfile };
    enum Role { KindRole = Qt::UserRole + 1, PathwayRole, TargetRole };

    explicit TargetChoiceModel(const PathwayLibrary& library, QObject* parent = nullptr);

    void setOwnTargetText(const QString& text);
    int rowOf(Kind kind, const QString& pathwayId, const QString& targetId) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    struct Entry
    {
        Kind kind;
        QString pathwayId;
        QString targetId;
        QString text;
    };
    QList<Entry> m_entries;
};

} // namespace waymark::gui
