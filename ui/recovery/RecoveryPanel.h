#pragma once

#include "core/cases/Case.h"
#include "core/recovery/RecoveryTypes.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace redress::ui {

/// The four steps of service recovery for one case — apologise, solve, add
/// value, analyse — each with its state and the button that does it. The
/// step to do next stands out; any step can be done in any order, so the
/// panel guides without trapping the rep.
class RecoveryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecoveryPanel(QWidget* parent = nullptr);

    void show(const core::Case& c, const core::RecoveryState& state);

Q_SIGNALS:
    void stepRequested(int step); ///< 1 apologise, 2 solve, 3 add value, 4 analyse

private:
    QLabel* m_titles[4] = {};
    QLabel* m_states[4] = {};
    QPushButton* m_buttons[4] = {};
};

} // namespace redress::ui
