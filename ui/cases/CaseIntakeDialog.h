#pragma once

#include "core/Error.h"
#include "core/cases/Case.h"
#include "core/cases/Priority.h"
#include "core/sla/SlaPolicy.h"

#include <QDialog>
#include <QJsonObject>
#include <QTimer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;

namespace redress::ui {

class Session;

/// Logging a complaint, keyboard first: customer by type-ahead, product,
/// channel, the customer's own words, severity and business impact; Enter
/// (or Ctrl+Enter from the description) saves.
///
/// What the rep types is kept as a draft in the store every few seconds, so
/// a crash loses at most those seconds; saving or discarding removes it.
class CaseIntakeDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr int draftIntervalMs = 3000;
    static inline const QString draftKind = QStringLiteral("intake");

    explicit CaseIntakeDialog(const Session& session, QWidget* parent = nullptr);

    /// Fills the form from a saved draft.
    void restore(const QJsonObject& draft);
    QJsonObject toDraft() const;
    /// Writes the draft now if anything changed since the last write.
    void saveDraftNow();
    /// The case the dialog saved, after it was accepted.
    const core::Case& created() const { return m_created; }
    bool hasInput() const;

public Q_SLOTS:
    void save();
    void reject() override;

Q_SIGNALS:
    void caseCreated(qint64 caseId);

private:
    void buildForm();
    void lookUpCustomers(const QString& text);
    void chooseCustomer(const QModelIndex& index);
    void clearErrors();
    void showError(const core::Error& error);
    void markDirty();
    void showPriority();

    const Session& m_session;
    core::Case m_created;
    qint64 m_customerId = 0;
    bool m_dirty = false;
    bool m_filling = false;
    QTimer m_draftTimer;

    QLineEdit* m_customer = nullptr;
    QLabel* m_customerInfo = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_product = nullptr;
    QComboBox* m_channel = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QComboBox* m_severity = nullptr;
    QComboBox* m_impact = nullptr;
    QLabel* m_priority = nullptr;
    core::PriorityMatrix m_matrix = core::PriorityMatrix::defaults();
    core::SlaPolicies m_policies = core::SlaPolicies::defaults();
    QLabel* m_banner = nullptr;
    QHash<QString, QLabel*> m_errors; // by the core's field name
    QPushButton* m_saveButton = nullptr;
    QStandardItemModel* m_customerMatches = nullptr;
};

} // namespace redress::ui
