#pragma once

#include "core/store/AuditChain.h"
#include "core/store/Database.h"
#include "core/store/Erasure.h"
#include "ui/common/Workers.h"

#include <QFrame>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;

namespace redress::ui {

/// The warning the main window shows when the audit log (the case
/// timeline's hash chain) was altered outside Redress. check() verifies the
/// chain from its last verified head on a thread of its own with its own
/// store connection (then, when one is due, the whole chain at idle
/// priority); the banner stays hidden while the log is intact and shows the
/// first broken entry when it is not, with the details behind a button.
/// It starts from the head last verified on this computer, kept in the
/// user's settings (AuditAnchors), and warns when the log no longer reaches
/// it; an intact check notes the new head and the store's erasures there.
class AuditBanner : public QFrame
{
    Q_OBJECT

public:
    explicit AuditBanner(core::Database db, QWidget* parent = nullptr);
    ~AuditBanner() override;

    /// Starts a verification; one still running is cancelled first.
    void check();
    bool isChecking() const { return m_job != nullptr; }
    /// The first broken entry the last finished check found.
    std::optional<core::AuditChain::Break> broken() const { return m_broken; }

signals:
    /// A check finished: whether the log is intact (false also when the
    /// check itself failed, with `message` saying why).
    void checked(bool intact, const QString& message);

private:
    struct Job
    {
        std::atomic<bool> cancelled = false;
        std::optional<core::AuditChain::Anchor> anchor; ///< the head noted in the settings
        std::optional<core::Result<core::AuditChain::Report>> result;
        QList<core::Erasure::Record> erasures; ///< the store's register, when intact
    };
    void start(bool full);
    void finished(const std::shared_ptr<Job>& job);
    void showBroken(const core::AuditChain::Report& report,
                    const std::optional<core::AuditChain::Anchor>& anchor);

    core::Database m_db;
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_detail = nullptr;
    QPushButton* m_details = nullptr;
    std::shared_ptr<Job> m_job;
    Workers m_workers{this};
    std::optional<core::AuditChain::Break> m_broken;
};

} // namespace redress::ui
