#pragma once

#include "waymark/PortfolioTypes.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace waymark::gui {

class AwardListModel;
class OptionalDateEdit;
class PathwayChooser;
class PortfolioSession;
class RoleListModel;

// The worker's profile, role history and awards. Each field is saved as soon as it is left.
class ProfileView : public QWidget
{
    Q_OBJECT

public:
    explicit ProfileView(PortfolioSession* session, QWidget* parent = nullptr);

    void refresh();
    // Saves the form when it differs from the stored profile.
    bool saveProfile();
    void addRole();
    void editRole();
    void removeRole();
    void addAward();
    void removeAward();

    QLineEdit* nameEdit() const { return m_name; }
    PathwayChooser* chooser() const { return m_chooser; }
    OptionalDateEdit* qualifiedEdit() const { return m_qualified; }
    RoleListModel* roleModel() const { return m_roles; }
    AwardListModel* awardModel() const { return m_awards; }
    QTableView* roleTable() const { return m_roleView; }
    QTableView* awardTable() const { return m_awardView; }

private:
    Worker formWorker();

    PortfolioSession* m_session;
    bool m_filling = false;
    QLineEdit* m_name = nullptr;
    QComboBox* m_profession = nullptr;
    QComboBox* m_registrationBody = nullptr;
    QLineEdit* m_registrationNumber = nullptr;
    OptionalDateEdit* m_qualified = nullptr;
    PathwayChooser* m_chooser = nullptr;
    QLineEdit* m_supervisor = nullptr;
    QLineEdit* m_supervisorRole = nullptr;
    QTableView* m_roleView = nullptr;
    RoleListModel* m_roles = nullptr;
    QTableView* m_awardView = nullptr;
    AwardListModel* m_awards = nullptr;
};

} // namespace waymark::gui
