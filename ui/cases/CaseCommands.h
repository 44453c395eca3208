#pragma once

#include "core/cases/CaseTypes.h"
#include "core/report/CaseSummary.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QMainWindow;
class QWidget;

namespace redress::ui {

class CaseDetailWidget;
class CaseListPane;
class DialogRunner;
class Session;

/// What the rep does to the selected cases or the case shown: move, assign,
/// the recovery steps, the follow-up, edit, a note, a problem link, the
/// printed summary. Each write ends in `afterWrite(caseId)` (0: no one case),
/// so the window's list, detail and queue counts catch up.
class CaseCommands
{
    // The window's messages, moved here: they keep its translations.
    Q_DECLARE_TR_FUNCTIONS(redress::ui::MainWindow)
public:
    /// The session's user is read at each command, so a switch of user at
    /// the desk applies at once.
    CaseCommands(const Session& session, QMainWindow* window, const DialogRunner& dialogs, CaseListPane* list,
                 CaseDetailWidget* detail, std::function<void(qint64)> afterWrite);

    void move(core::CaseStatus to);
    void assign();
    /// The dialog for recovery step 1–4 on the case shown.
    void openRecoveryStep(int step);
    void openFollowUp();
    void edit();
    void addNote(const QString& note);
    /// Links the selected cases to a problem record the person picks.
    void linkToProblem();
    void printSummary(bool previewFirst);
    void saveSummaryPdf();

private:
    static std::optional<core::CaseSummary::Audience> askAudience(QWidget* parent);

    const Session& m_session;
    QMainWindow* m_window;
    const DialogRunner& m_dialogs;
    CaseListPane* m_list;
    CaseDetailWidget* m_detail;
    std::function<void(qint64)> m_afterWrite;
};

} // namespace redress::ui
