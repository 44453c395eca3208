#include "ui/cases/CaseCommands.h"

#include "core/report/CaseSummary.h"
#include "core/store/CaseRepository.h"
#include "core/store/ProblemRepository.h"
#include "core/store/UserRepository.h"
#include "ui/cases/CaseDetailWidget.h"
#include "ui/cases/CaseEditDialog.h"
#include "ui/cases/CaseListPane.h"
#include "ui/cases/FollowUpDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/common/Session.h"
#include "ui/io/SummaryPrinter.h"
#include "ui/recovery/AnalysisDialog.h"
#include "ui/recovery/ApologyDialog.h"
#include "ui/recovery/GestureDialog.h"
#include "ui/recovery/SolutionDialog.h"

#include <QDir>
#include <QLocale>
#include <QMainWindow>
#include <QStandardPaths>
#include <QStatusBar>

#include <memory>

namespace redress::ui {

CaseCommands::CaseCommands(const Session& session, QMainWindow* window, const DialogRunner& dialogs,
                           CaseListPane* list, CaseDetailWidget* detail,
                           std::function<void(qint64)> afterWrite)
    : m_session(session), m_window(window), m_dialogs(dialogs), m_list(list), m_detail(detail),
      m_afterWrite(std::move(afterWrite))
{
}

void CaseCommands::addNote(const QString& note)
{
    const qint64 id = m_detail->caseId();
    if (auto ok = core::CaseRepository(m_session.db(), m_session.user().id).addNote(id, note); !ok)
        MessageBox::critical(m_window, tr("Note not saved"), ok.error().message);
    else
        m_detail->clearNote();
    m_afterWrite(id);
}

void CaseCommands::move(core::CaseStatus to)
{
    const QList<qint64> ids = m_list->selectedCaseIds();
    if (ids.isEmpty())
        return;
    core::CaseRepository cases(m_session.db(), m_session.user().id);
    if (ids.size() == 1) {
        const qint64 version = ids.first() == m_detail->caseId() ? m_detail->current().rowVersion : -1;
        auto moved = cases.transition(ids.first(), to, version);
        if (!moved)
            MessageBox::critical(m_window, tr("The case was not moved"), moved.error().message);
        m_afterWrite(ids.first());
        return;
    }
    const auto answer = MessageBox::question(
        m_window, tr("Move cases"),
        tr("Move these %1 cases to %2?").arg(QLocale().toString(ids.size()), core::labelOf(to)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes);
    if (answer != QMessageBox::Yes)
        return;
    if (auto ok = cases.transitionMany(ids, to); !ok)
        MessageBox::critical(m_window, tr("No case was moved"), ok.error().message);
    m_afterWrite(0);
}

void CaseCommands::assign()
{
    const QList<qint64> ids = m_list->selectedCaseIds();
    if (ids.isEmpty())
        return;
    auto users = core::UserRepository(m_session.db()).all();
    if (!users) {
        MessageBox::critical(m_window, tr("Cannot assign"), users.error().message);
        return;
    }
    QStringList names{tr("Nobody")};
    for (const core::User& u : *users)
        names << QStringLiteral("%1 (%2)").arg(u.displayName, core::labelOf(u.role));
    const auto choice = MessageBox::choose(
        m_window, tr("Assign"),
        (ids.size() == 1 ? tr("Give %1 to:").arg(core::referenceFor(ids.first()))
                         : tr("Give these %1 cases to:").arg(QLocale().toString(ids.size()))),
        names, 0);
    if (!choice)
        return;
    const qint64 owner = *choice == 0 ? 0 : (*users)[*choice - 1].id;
    core::CaseRepository cases(m_session.db(), m_session.user().id);
    if (ids.size() == 1) {
        if (auto ok = cases.assign(ids.first(), owner); !ok)
            MessageBox::critical(m_window, tr("The case was not assigned"), ok.error().message);
        m_afterWrite(ids.first());
        return;
    }
    if (auto ok = cases.assignMany(ids, owner); !ok)
        MessageBox::critical(m_window, tr("No case was assigned"), ok.error().message);
    m_afterWrite(0);
}

void CaseCommands::openRecoveryStep(int step)
{
    const qint64 id = m_detail->caseId();
    if (id == 0)
        return;
    auto current = core::CaseRepository(m_session.db(), m_session.user().id).get(id);
    if (!current) {
        MessageBox::critical(m_window, tr("Recovery"), current.error().message);
        return;
    }
    std::unique_ptr<QDialog> dialog;
    switch (step) {
    case 1: dialog = std::make_unique<ApologyDialog>(m_session, *current, m_window); break;
    case 2: dialog = std::make_unique<SolutionDialog>(m_session, *current, m_window); break;
    case 3: dialog = std::make_unique<GestureDialog>(m_session, *current, m_window); break;
    case 4: dialog = std::make_unique<AnalysisDialog>(m_session, *current, m_window); break;
    default: return;
    }
    m_dialogs.run(*dialog);
    m_afterWrite(id);
}

void CaseCommands::openFollowUp()
{
    const qint64 id = m_detail->caseId();
    if (id == 0)
        return;
    FollowUpDialog dialog(m_session, id, m_window);
    QObject::connect(&dialog, &FollowUpDialog::saved, m_window, [this](qint64 caseId) {
        m_afterWrite(caseId);
        m_window->statusBar()->showMessage(tr("Follow-up of %1 recorded.").arg(core::referenceFor(caseId)),
                                           8000);
    });
    m_dialogs.run(dialog);
}

void CaseCommands::edit()
{
    const qint64 id = m_detail->caseId();
    if (id == 0)
        return;
    CaseEditDialog dialog(m_session, id, m_window);
    QObject::connect(&dialog, &CaseEditDialog::caseSaved, m_window, [this](qint64 caseId) {
        m_afterWrite(caseId);
        m_window->statusBar()->showMessage(tr("Saved %1.").arg(core::referenceFor(caseId)), 8000);
    });
    m_dialogs.run(dialog);
}

void CaseCommands::linkToProblem()
{
    const QList<qint64> ids = m_list->selectedCaseIds();
    if (ids.isEmpty())
        return;
    auto problems = core::ProblemRepository(m_session.db()).list();
    if (!problems) {
        MessageBox::critical(m_window, tr("Problem records"), problems.error().message);
        return;
    }
    QStringList choices;
    QList<qint64> problemIds;
    for (const core::Problem& p : std::as_const(*problems)) {
        if (p.status == core::ProblemStatus::Closed)
            continue;
        choices << tr("%1 — %2 (%3)").arg(p.reference(), p.title, p.rootCausePath);
        problemIds << p.id;
    }
    if (choices.isEmpty()) {
        m_window->statusBar()->showMessage(
            tr("There is no open problem record yet. A lead or the quality team opens "
               "one in View › Problem records."),
            10000);
        return;
    }
    const auto choice = MessageBox::choose(
        m_window, tr("Link to problem"),
        tr("Link %n case(s) to which problem record?", nullptr, static_cast<int>(ids.size())), choices);
    if (!choice)
        return;
    auto linked =
        core::ProblemRepository(m_session.db(), m_session.user()).linkCases(problemIds.at(*choice), ids);
    if (!linked) {
        MessageBox::critical(m_window, tr("Cases not linked"), linked.error().message);
        return;
    }
    m_afterWrite(m_detail->caseId());
    m_window->statusBar()->showMessage(
        tr("%1 newly linked to %2.")
            .arg(tr("%n case(s)", nullptr, *linked), core::problemReferenceFor(problemIds.at(*choice))),
        8000);
}

// Who the printed summary is for decides what it shows.
std::optional<core::CaseSummary::Audience> CaseCommands::askAudience(QWidget* parent)
{
    const auto choice = MessageBox::choose(
        parent, tr("Case summary"), tr("Who is the summary for?"),
        {tr("The customer (no costs, analysis or internal notes)"), tr("A manager (everything)")});
    if (!choice)
        return std::nullopt;
    return *choice == 0 ? core::CaseSummary::Audience::Customer : core::CaseSummary::Audience::Manager;
}

void CaseCommands::printSummary(bool previewFirst)
{
    const qint64 id = m_detail->caseId();
    if (id == 0)
        return;
    const auto audience = askAudience(m_window);
    if (!audience)
        return;
    auto html = core::CaseSummary(m_session.db()).html(id, *audience);
    if (!html) {
        MessageBox::critical(m_window, tr("Cannot print the summary"), html.error().message);
        return;
    }
    const QString title = tr("Case %1").arg(core::referenceFor(id));
    if (previewFirst)
        summary::preview(m_window, *html, title);
    else
        summary::print(m_window, *html, title);
}

void CaseCommands::saveSummaryPdf()
{
    const qint64 id = m_detail->caseId();
    if (id == 0)
        return;
    const auto audience = askAudience(m_window);
    if (!audience)
        return;
    const QString reference = core::referenceFor(id);
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(reference + QStringLiteral(".pdf"));
    const QString path =
        MessageBox::saveFileName(m_window, tr("Save the summary as"), suggested, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto html = core::CaseSummary(m_session.db()).html(id, *audience);
    if (!html) {
        MessageBox::critical(m_window, tr("Cannot write the summary"), html.error().message);
        return;
    }
    if (auto ok = summary::writePdf(*html, tr("Case %1").arg(reference), path); !ok) {
        MessageBox::critical(m_window, tr("Cannot write the summary"), ok.error().message);
        return;
    }
    m_window->statusBar()->showMessage(
        tr("Saved the summary of %1 to %2.").arg(reference, QDir::toNativeSeparators(path)), 8000);
}

} // namespace redress::ui
