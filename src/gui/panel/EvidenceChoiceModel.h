#pragma once

#include "waymark/PortfolioTypes.h"

#include <QAbstractListModel>
#include <QSet>

namespace waymark::gui {

// The live evidence with a check box each: what goes into the panel report.
class EvidenceChoiceModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit EvidenceChoiceModel(QObject* parent = nullptr);

    void setEvidence(const QList<Evidence>& evidence); // every record starts included
    void setAllIncluded(bool included);
    QList<qint64> included() const;
    QList<qint64> excluded() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void choiceChanged();

private:
    QList<Evidence> m_evidence;
    QSet<qint64> m_excluded;
};

} // namespace waymark::gui
