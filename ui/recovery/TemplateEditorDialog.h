#pragma once

#include "core/cases/Case.h"
#include "core/store/TemplateRepository.h"

#include <QDialog>
#include <QTimer>

#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace redress::ui {

class Session;

/// A lead's editor for the apology templates: pick one, change its title
/// and body with the placeholders at hand, watch it rendered against a real
/// case, and save it as the template's next version. A body that does not
/// parse is marked where the parser stopped and cannot be saved.
class TemplateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    /// `caseId` is the case to preview against; 0 takes the newest case.
    TemplateEditorDialog(const Session& session, qint64 caseId = 0, QWidget* parent = nullptr);

    /// The case the preview renders against, if one was found.
    std::optional<qint64> previewCaseId() const;

public Q_SLOTS:
    /// Renders the body now instead of after the typing pause.
    void refreshPreview();
    /// Saves the title and body as the next version; false when refused.
    bool save();
    /// Starts a template with a key made from the title when it is saved.
    void newTemplate();

private:
    QVBoxLayout* createTemplateColumn();
    QVBoxLayout* createEditColumn();
    QVBoxLayout* createHelpColumn();
    QGroupBox* createPreviewBox();
    void loadTemplates(const QString& selectKey);
    void showTemplate(QListWidgetItem* item);
    void insertPlaceholder(QListWidgetItem* item);
    void loadCase();
    void markProblem(qsizetype offset);
    QString uniqueKeyFor(const QString& title) const;

    const Session& m_session;
    bool m_canEdit = false;
    std::optional<core::Case> m_case;
    QList<core::StoredTemplate> m_templates;
    QString m_key; ///< the template being edited; empty for a new one
    QListWidget* m_list = nullptr;
    QPushButton* m_new = nullptr;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QListWidget* m_placeholders = nullptr;
    QLineEdit* m_caseField = nullptr;
    QLabel* m_caseLabel = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
    QTimer m_previewDelay;
};

} // namespace redress::ui
