#pragma once

#include "core/store/Database.h"

#include <QHash>
#include <QString>

class QBoxLayout;
class QComboBox;
class QDialog;
class QFormLayout;
class QLabel;
class QLineEdit;
class QObject;
class QPlainTextEdit;
class QPushButton;
class QWidget;

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

/// A field's refusal in the error colour, hidden until there is one. One
/// line unless `wrap`: a wrapped label inside a form row is clipped to one
/// line's height.
QLabel* errorLabel(const QString& objectName, bool wrap = false);

/// Hides a form's banner and every error line.
void hideErrors(QLabel* banner, const QHash<QString, QLabel*>& lines);
/// Shows a refusal on the error line of the field it names and moves the
/// focus to that field, or on the banner when it names none of them.
void showFieldError(const core::Error& error, QLabel* banner, const QHash<QString, QLabel*>& lines,
                    const QHash<QString, QWidget*>& fields);

/// A case's facts as intake and the edit dialog ask for them.
struct CaseFactFields
{
    QLineEdit* product = nullptr; ///< completes the store's products
    QComboBox* channel = nullptr;
    QPlainTextEdit* description = nullptr; ///< Tab moves on; Enter starts a line
    QComboBox* severity = nullptr;
    QComboBox* impact = nullptr;
};
/// Adds the five rows to `form`, each named for tests and screen readers;
/// the error lines under product and description go into `errors` by the
/// field names the store's refusals carry. `owner` keeps the completer.
CaseFactFields addCaseFactRows(QFormLayout* form, const core::Database& db, QObject* owner,
                               QHash<QString, QLabel*>& errors);

} // namespace redress::ui
