#pragma once

#include "core/Error.h"
#include "core/cases/User.h"

#include <QDialog>

#include <functional>

class QLabel;
class QLineEdit;

namespace redress::ui {

/// Asks for one person's Redress password before the desk is handed to
/// them. The check is the caller's (core::Identity); a refusal is shown
/// here and the dialog stays open with the field emptied. Enter checks,
/// Escape cancels.
class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    using Check = std::function<core::Result<core::User>(const QString& password)>;

    /// `who`: the name shown in the question.
    PasswordDialog(const QString& who, Check check, QWidget* parent = nullptr);

    /// Who the password proved; set once the dialog was accepted.
    const core::User& user() const { return m_user; }

public Q_SLOTS:
    /// Checks the password; closes only when it is right.
    void accept() override;

private:
    Check m_check;
    core::User m_user;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace redress::ui
