#pragma once

#include <QString>

class QBoxLayout;
class QDialog;
class QLabel;
class QPushButton;

namespace redress::ui {

/// The error line and the status line under a settings form: the first in
/// the error colour and hidden until there is a refusal to show, both
/// wrapping. Added to `layout` in that order.
struct FormMessages
{
    QLabel* error = nullptr;
    QLabel* status = nullptr;
};
FormMessages addFormMessages(QBoxLayout* layout, const QString& errorName, const QString& statusName);

/// Close and Save for a settings dialog, added to `layout`. Save is the
/// default button, so Return in a field saves and never closes the dialog on
/// what was typed; it is hidden for someone who may not edit. The caller
/// connects Save.
QPushButton* addSaveAndClose(QDialog* dialog, QBoxLayout* layout, bool canEdit, const QString& saveName);

} // namespace redress::ui
