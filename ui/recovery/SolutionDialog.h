#pragma once

#include "core/cases/Case.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace redress::ui {

class Session;

/// Step 2: the fix or best alternative, what the customer wants in their
/// own words, and a promised-by date checked against how long such
/// problems have taken before.
class SolutionDialog : public QDialog
{
    Q_OBJECT
public:
    SolutionDialog(const Session& session, core::Case c, QWidget* parent = nullptr);

public Q_SLOTS:
    void accept() override;

private:
    void checkPromise();

    const Session& m_session;
    core::Case m_case;
    std::optional<double> m_typicalDays;
    QPlainTextEdit* m_fix = nullptr;
    QLineEdit* m_wants = nullptr;
    QCheckBox* m_promise = nullptr;
    QDateEdit* m_promisedBy = nullptr;
    QLabel* m_history = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace redress::ui
