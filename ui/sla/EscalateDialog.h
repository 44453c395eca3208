#pragma once

#include "core/store/EscalationRepository.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace redress::ui {

class Session;

/// Escalation by hand: one rung up the ladder, with the reason the rung
/// above will read. The core decides who may raise a case how far; its
/// refusal shows here and the typed reason stays.
class EscalateDialog : public QDialog
{
    Q_OBJECT
public:
    EscalateDialog(const Session& session, qint64 caseId, QWidget* parent = nullptr);

    QString reason() const;
    /// The escalation made, once the dialog was accepted.
    const std::optional<core::Escalation>& escalation() const { return m_made; }

public Q_SLOTS:
    void accept() override;

private:
    void updateOk();

    const Session& m_session;
    qint64 m_caseId = 0;
    bool m_possible = true;
    std::optional<core::Escalation> m_made;
    QLabel* m_rungs = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace redress::ui
