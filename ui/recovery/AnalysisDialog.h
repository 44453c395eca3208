#pragma once

#include "core/cases/Case.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace redress::ui {

class Session;

/// Step 4: the root cause from the taxonomy, up to five whys, and whether
/// it was a gap in what the customer knew rather than a defect; and, when
/// the defect has a problem record, the link to it.
class AnalysisDialog : public QDialog
{
    Q_OBJECT
public:
    AnalysisDialog(const Session& session, core::Case c, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    const Session& m_session;
    core::Case m_case;
    QTreeWidget* m_causes = nullptr;
    QList<QLineEdit*> m_whys;
    QCheckBox* m_educationGap = nullptr;
    QComboBox* m_problem = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace redress::ui
