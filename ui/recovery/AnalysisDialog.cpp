#include "ui/recovery/AnalysisDialog.h"

#include "core/store/ProblemRepository.h"
#include "core/store/RecoveryRepository.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redress::ui {

AnalysisDialog::AnalysisDialog(const Session& session, core::Case c, QWidget* parent)
    : QDialog(parent), m_session(session), m_case(std::move(c))
{
    setObjectName(QStringLiteral("analysisDialog"));
    setWindowTitle(tr("Analyse %1").arg(m_case.reference()));
    auto* layout = new QVBoxLayout(this);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("analysisError"));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);

    layout->addWidget(new QLabel(tr("&Root cause:")));
    m_causes = new QTreeWidget;
    m_causes->setObjectName(QStringLiteral("rootCauseTree"));
    m_causes->setAccessibleName(tr("Root cause"));
    m_causes->header()->hide();
    qobject_cast<QLabel*>(layout->itemAt(layout->count() - 1)->widget())->setBuddy(m_causes);
    core::RecoveryRepository recovery(m_session.db(), m_session.user());
    const auto causes = recovery.rootCauses().value_or(QList<core::RootCause>());
    QHash<qint64, QTreeWidgetItem*> items;
    // rootCauses() is sorted by path, so a parent always comes before its children.
    for (const core::RootCause& cause : causes) {
        QTreeWidgetItem* parentItem = items.value(cause.parentId);
        auto* item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_causes);
        item->setText(0, cause.name);
        item->setData(0, Qt::UserRole, cause.id);
        items.insert(cause.id, item);
    }
    m_causes->expandAll();
    layout->addWidget(m_causes, 1);

    auto* form = new QFormLayout;
    for (int i = 0; i < core::RecoveryRepository::maxWhys; ++i) {
        auto* why = new QLineEdit;
        why->setObjectName(QStringLiteral("why%1").arg(i + 1));
        why->setPlaceholderText(i == 0 ? tr("Why did it happen?") : tr("And why was that?"));
        form->addRow(tr("Why &%1:").arg(i + 1), why);
        m_whys << why;
    }
    layout->addLayout(form);
    m_educationGap =
        new QCheckBox(tr("A customer-&education gap: they did not know how, nothing was broken"));
    m_educationGap->setObjectName(QStringLiteral("educationGap"));
    layout->addWidget(m_educationGap);

    // The open problem records; the ones this case is linked to already
    // are not offered again.
    m_problem = new QComboBox;
    m_problem->setObjectName(QStringLiteral("analysisProblem"));
    m_problem->addItem(tr("No problem record"), 0);
    core::ProblemRepository problems(m_session.db());
    QList<qint64> linked;
    for (const core::Problem& p : problems.problemsOfCase(m_case.id).value_or(QList<core::Problem>()))
        linked << p.id;
    for (const core::Problem& p : problems.list().value_or(QList<core::Problem>())) {
        if (p.status != core::ProblemStatus::Closed && !linked.contains(p.id))
            m_problem->addItem(tr("%1 — %2 (%3)").arg(p.reference(), p.title, p.rootCausePath), p.id);
    }
    auto* problemForm = new QFormLayout;
    problemForm->addRow(tr("Link to &problem record:"), m_problem);
    layout->addLayout(problemForm);
    m_problem->setEnabled(m_problem->count() > 1);

    if (auto state = recovery.state(m_case.id); state && state->analysis) {
        if (QTreeWidgetItem* item = items.value(state->analysis->rootCauseId))
            m_causes->setCurrentItem(item);
        for (int i = 0; i < state->analysis->whys.size() && i < m_whys.size(); ++i)
            m_whys[i]->setText(state->analysis->whys[i]);
        m_educationGap->setChecked(state->analysis->educationGap);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &AnalysisDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(480, 560);
}

void AnalysisDialog::accept()
{
    const QTreeWidgetItem* current = m_causes->currentItem();
    QStringList whys;
    for (const QLineEdit* why : std::as_const(m_whys))
        whys << why->text();
    auto ok = core::RecoveryRepository(m_session.db(), m_session.user())
                  .recordAnalysis(m_case.id, current ? current->data(0, Qt::UserRole).toLongLong() : 0, whys,
                                  m_educationGap->isChecked());
    if (!ok) {
        m_error->setText(ok.error().message);
        m_error->show();
        return;
    }
    // The analysis stands on its own; a refused link says why and leaves
    // the dialog open with the analysis saved.
    if (const qint64 problemId = m_problem->currentData().toLongLong(); problemId != 0) {
        if (auto linked =
                core::ProblemRepository(m_session.db(), m_session.user()).linkCase(problemId, m_case.id);
            !linked) {
            m_error->setText(
                tr("The analysis is saved, but the case was not linked: %1").arg(linked.error().message));
            m_error->show();
            m_problem->setCurrentIndex(0);
            return;
        }
    }
    QDialog::accept();
}

} // namespace redress::ui
