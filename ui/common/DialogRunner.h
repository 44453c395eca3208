#pragma once

#include <functional>

class QDialog;

namespace redress::ui {

/// The one way a window opens a modal dialog. Tests set a hook that drives
/// the dialog instead of exec(), so they need no timers to close it.
class DialogRunner
{
public:
    using Hook = std::function<void(QDialog*)>;

    void setHook(Hook hook) { m_hook = std::move(hook); }
    /// Shows the dialog modally, or hands it to the hook; its result either way.
    int run(QDialog& dialog) const;

private:
    Hook m_hook;
};

} // namespace redress::ui
