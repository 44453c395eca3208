#pragma once

#include "core/Error.h"
#include "core/cases/Case.h"
#include "core/cases/CaseMerge.h"

#include <QDialog>
#include <QHash>
#include <QJsonObject>
#include <QTimer>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace redress::ui {

class Session;

class CaseConflictView;

/// Changing a case's facts after intake: product, channel, description,
/// severity and impact.
///
/// The save names the version the rep opened. When another desk saved the
/// case in between, the store refuses, and the dialog shows what changed
/// underneath field by field (CaseConflictView) for the rep to choose; Back
/// returns to the form as it was. What the rep types is kept as a draft
/// ("edit:<case id>", with the version it is based on) so a crash loses at
/// most a few seconds, and reopening the case brings it back.
class CaseEditDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int draftIntervalMs = 3000;
    static QString draftKind(qint64 caseId) { return QStringLiteral("edit:%1").arg(caseId); }

    /// Opens `caseId` as the store has it, or as the rep's draft left it.
    CaseEditDialog(const Session& session, qint64 caseId, QWidget* parent = nullptr);

    qint64 caseId() const { return m_caseId; }
    /// Whether the form was filled from a draft rather than from the store.
    bool restoredDraft() const { return m_restored; }
    /// The case as it was saved, after the dialog was accepted.
    const core::Case& saved() const { return m_saved; }
    /// The edit the form holds, every field set.
    core::CaseEdit currentEdit() const;
    bool hasChanges() const;
    bool showingConflict() const;
    CaseConflictView* conflictView() const { return m_conflict; }

    QJsonObject toDraft() const;
    void restore(const QJsonObject& draft);
    void saveDraftNow();

public Q_SLOTS:
    void save();
    void saveWithChoices();
    void backToEditing();
    void reject() override;

Q_SIGNALS:
    void caseSaved(qint64 caseId);

private:
    void buildForm();
    void fill(const core::Case& c);
    void write(const core::CaseEdit& edit, qint64 expectedVersion);
    void showConflict(const QString& note);
    void finish(const core::Case& saved);
    void clearErrors();
    void showError(const core::Error& error);
    void markDirty();

    const Session& m_session;
    qint64 m_caseId = 0;
    /// The case as the rep opened it, and the last timeline entry then.
    core::Case m_base;
    qint64 m_baseEventId = 0;
    std::optional<core::CaseMerge> m_merge;
    core::Case m_saved;
    bool m_loaded = false;
    bool m_restored = false;
    bool m_dirty = false;
    bool m_filling = false;
    QTimer m_draftTimer;

    QStackedWidget* m_pages = nullptr;
    QWidget* m_formPage = nullptr;
    CaseConflictView* m_conflict = nullptr;
    QLabel* m_banner = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_caseInfo = nullptr;
    QLineEdit* m_product = nullptr;
    QComboBox* m_channel = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_impact = nullptr;
    QPushButton* m_saveButton = nullptr;
    QHash<QString, QLabel*> m_errors;
};

} // namespace redress::ui
