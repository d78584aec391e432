#pragma once

#include <QDate>
#include <QWidget>

class QCheckBox;
class QDateEdit;

namespace waymark::gui {

// A date that may be absent: a check box says whether there is one.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    OptionalDateEdit(const QString& checkText, QWidget* parent = nullptr);

    QDate date() const; // null when unchecked
    void setDate(const QDate& date);
    QCheckBox* checkBox() const { return m_check; }
    QDateEdit* dateEdit() const { return m_edit; }

signals:
    void dateChanged();

private:
    QCheckBox* m_check = nullptr;
    QDateEdit* m_edit = nullptr;
};

} // namespace waymark::gui
