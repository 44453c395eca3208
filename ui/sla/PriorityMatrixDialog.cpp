#include "ui/sla/PriorityMatrixDialog.h"

#include "ui/common/DialogParts.h"

#include "core/store/PriorityRepository.h"
#include "ui/common/Session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress::ui {

namespace {

int indexOf(core::Severity s, core::BusinessImpact i)
{
    return (static_cast<int>(s) - 1) * 4 + static_cast<int>(i);
}

QLabel* headerLabel(const QString& text, Qt::Alignment alignment)
{
    auto* label = new QLabel(text);
    label->setAlignment(alignment | Qt::AlignVCenter);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

PriorityMatrixDialog::PriorityMatrixDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("priorityMatrixDialog"));
    setWindowTitle(tr("Priority matrix"));
    m_canEdit = core::allows(m_session.user().role, core::Permission::EditPriorities);
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("A case's priority follows from its severity and what the failure does to the customer's "
           "business. The SLA targets of each priority decide how soon it must be acknowledged, "
           "answered and resolved."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!m_canEdit) {
        auto* why = new QLabel(tr("%1 (%2) may look but not change the priority matrix.")
                                   .arg(m_session.user().displayName, core::labelOf(m_session.user().role)));
        why->setObjectName(QStringLiteral("priorityReadOnly"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    grid->addWidget(headerLabel(tr("Severity ↓  Impact →"), Qt::AlignLeft), 0, 0);
    const QList<core::BusinessImpact> impacts = core::allImpacts();
    const QList<core::Severity> severities = core::allSeverities();
    for (core::BusinessImpact i : impacts)
        grid->addWidget(headerLabel(core::labelOf(i), Qt::AlignLeft), 0, static_cast<int>(i) + 1);
    m_cells.resize(16);
    for (core::Severity s : severities) {
        const int row = static_cast<int>(s);
        grid->addWidget(headerLabel(core::labelOf(s), Qt::AlignLeft), row, 0);
        for (core::BusinessImpact i : impacts) {
            auto* combo = new QComboBox;
            combo->setObjectName(
                QStringLiteral("priority_%1_%2").arg(static_cast<int>(s)).arg(static_cast<int>(i)));
            combo->setAccessibleName(core::describeCell(static_cast<int>(s), static_cast<int>(i)));
            for (core::Priority p : core::allPriorities())
                combo->addItem(core::labelOf(p), core::keyOf(p));
            if (i == core::BusinessImpact::Stopped) {
                // Not a choice: the core makes these emergencies whatever is stored.
                combo->setEnabled(false);
                combo->setToolTip(tr("A stopped business is always an emergency."));
            } else {
                combo->setEnabled(m_canEdit);
                connect(combo, &QComboBox::currentIndexChanged, this, &PriorityMatrixDialog::updateDirty);
            }
            grid->addWidget(combo, row, static_cast<int>(i) + 1);
            m_cells[indexOf(s, i)] = combo;
        }
    }
    layout->addLayout(grid);

    auto* note = new QLabel(
        tr("The “%1” column is always Emergency and cannot be changed: a customer whose business "
           "has stopped (the practice that sends its patients home) cannot wait, whatever the severity.")
            .arg(core::labelOf(core::BusinessImpact::Stopped)));
    note->setObjectName(QStringLiteral("stoppedNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    const FormMessages messages =
        addFormMessages(layout, QStringLiteral("priorityError"), QStringLiteral("priorityStatus"));
    m_error = messages.error;
    m_status = messages.status;
    m_save = addSaveAndClose(this, layout, m_canEdit, QStringLiteral("savePriorityButton"));
    m_save->setEnabled(false);
    connect(m_save, &QPushButton::clicked, this, &PriorityMatrixDialog::save);

    load();
    setMinimumWidth(sizeHint().width() + 40);
}

QComboBox* PriorityMatrixDialog::cellCombo(core::Severity severity, core::BusinessImpact impact) const
{
    return m_cells.value(indexOf(severity, impact));
}

void PriorityMatrixDialog::load()
{
    auto stored = core::PriorityRepository(m_session.db()).matrix();
    if (!stored) {
        // A table written outside Redress with a hole: show the defaults so
        // a lead can save a whole one, and say why.
        m_error->setText(stored.error().message);
        m_error->show();
        showMatrix(core::PriorityMatrix::defaults());
        m_save->setEnabled(m_canEdit);
        return;
    }
    m_saved = *stored;
    showMatrix(m_saved);
    updateDirty();
}

void PriorityMatrixDialog::showMatrix(const core::PriorityMatrix& matrix)
{
    for (core::Severity s : core::allSeverities()) {
        for (core::BusinessImpact i : core::allImpacts()) {
            QComboBox* combo = m_cells[indexOf(s, i)];
            const QSignalBlocker quiet(combo);
            combo->setCurrentIndex(combo->findData(core::keyOf(matrix.of(s, i))));
        }
    }
}

core::PriorityMatrix PriorityMatrixDialog::matrix() const
{
    core::PriorityMatrix m = m_saved;
    for (core::Severity s : core::allSeverities()) {
        for (core::BusinessImpact i : core::allImpacts()) {
            if (i == core::BusinessImpact::Stopped) {
                m.set(s, i, core::Priority::Emergency);
                continue;
            }
            const QComboBox* combo = m_cells[indexOf(s, i)];
            if (auto p = core::priorityFromKey(combo->currentData().toString()))
                m.set(s, i, *p);
        }
    }
    return m;
}

void PriorityMatrixDialog::updateDirty()
{
    // Compare what takes effect: the Stopped cells are Emergency either way.
    bool changed = false;
    const core::PriorityMatrix now = matrix();
    for (core::Severity s : core::allSeverities()) {
        for (core::BusinessImpact i : core::allImpacts())
            changed = changed || now.of(s, i) != m_saved.of(s, i);
    }
    m_save->setEnabled(m_canEdit && changed);
    if (changed)
        m_status->clear();
}

bool PriorityMatrixDialog::save()
{
    if (auto ok = core::PriorityRepository(m_session.db()).setMatrix(m_session.user(), matrix()); !ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return false;
    }
    m_error->hide();
    m_saved = matrix();
    updateDirty();
    m_status->setText(tr("Saved. Every open case has been re-prioritised by the new matrix; closed cases "
                         "keep the priority they closed with."));
    Q_EMIT saved();
    return true;
}

} // namespace redress::ui
