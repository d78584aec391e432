#pragma once

#include <QSortFilterProxyModel>

namespace waymark::gui {

// Narrows the matrix to items whose wording holds every typed word and, optionally, that are
// in one status; the steps and groups above a match stay visible.
class MatrixFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit MatrixFilterModel(QObject* parent = nullptr);

    void setText(const QString& text);
    void setState(int state); // an ItemState, or -1 for any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QStringList m_words;
    int m_state = -1;
};

} // namespace waymark::gui
