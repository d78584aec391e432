#include "MatrixFilterModel.h"

#include "matrix/MatrixModel.h"

namespace waymark::gui {

MatrixFilterModel::MatrixFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void MatrixFilterModel::setText(const QString& text)
{
    m_words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void MatrixFilterModel::setState(int state)
{
    m_state = state;
    invalidateFilter();
}

bool MatrixFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_state >= 0) {
        const QVariant state = index.data(MatrixModel::StateRole);
        if (!state.isValid() || state.toInt() != m_state)
            return false;
    }
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(MatrixModel::SearchTextRole).toString();
    for (const QString& w : m_words)
        if (!text.contains(w, Qt::CaseInsensitive))
            return false;
    return true;
}

} // namespace waymark::gui
