#pragma once

#include "core/cases/Case.h"
#include "core/cases/User.h"
#include "core/store/Database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace redress::ui {

/// Step 4: the root cause from the taxonomy, up to five whys, and whether
/// it was a gap in what the customer knew rather than a defect; and, when
/// the defect has a problem record, the link to it.
class AnalysisDialog : public QDialog
{
    Q_OBJECT
public:
    AnalysisDialog(core::Database db, core::User user, core::Case c, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    core::Database m_db;
    core::User m_user;
    core::Case m_case;
    QTreeWidget* m_causes = nullptr;
    QList<QLineEdit*> m_whys;
    QCheckBox* m_educationGap = nullptr;
    QComboBox* m_problem = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace redress::ui
