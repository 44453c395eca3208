#include "ui/app/AuditBanner.h"

#include "core/cases/Case.h"
#include "ui/app/AuditAnchors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QThread>
#include <QVBoxLayout>

namespace redress::ui {

AuditBanner::AuditBanner(core::Database db, QWidget* parent) : QFrame(parent), m_db(std::move(db))
{
    setObjectName(QStringLiteral("auditBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette warning = palette();
    warning.setColor(QPalette::Window, QColor(0xfd, 0xec, 0xc8));
    warning.setColor(QPalette::WindowText, QColor(0x4a, 0x2c, 0x00));
    setPalette(warning);

    m_icon = new QLabel(this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(24, 24));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("auditBannerText"));
    m_text->setWordWrap(true);
    m_details = new QPushButton(tr("Details"), this);
    m_details->setObjectName(QStringLiteral("auditBannerDetails"));
    m_details->setCheckable(true);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("auditBannerDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detail->hide();
    connect(m_details, &QPushButton::toggled, m_detail, &QLabel::setVisible);

    auto* row = new QHBoxLayout;
    row->addWidget(m_icon, 0, Qt::AlignTop);
    row->addWidget(m_text, 1);
    row->addWidget(m_details, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_detail);
    hide();
}

AuditBanner::~AuditBanner()
{
    if (m_job)
        m_job->cancelled = true;
}

void AuditBanner::check()
{
    if (m_job)
        m_job->cancelled = true;
    start(false);
}

void AuditBanner::start(bool full)
{
    auto job = std::make_shared<Job>();
    job->anchor = AuditAnchors::anchor(m_db.path());
    m_job = job;
    // Its own connection on its own thread, released before the thread ends.
    // At opening only what came after the last verified head is read; the
    // whole chain is read now and then, when the core says it is due, at
    // idle priority so it never competes with the desk.
    m_workers.start(
        QStringLiteral("audit"),
        [db = m_db, job, full] {
            if (full) {
                QThread::currentThread()->setPriority(QThread::IdlePriority);
                job->result = core::AuditChain::verify(db.connection(), {}, &job->cancelled, job->anchor);
            } else {
                job->result = core::AuditChain::verifySinceHead(
                    db.connection(), core::AuditChain::fullCheckEvery, &job->cancelled, job->anchor);
            }
            if (*job->result && !(*job->result)->broken) {
                if (auto erasures = core::Erasure::records(db.connection()))
                    job->erasures = *erasures;
            }
            db.releaseThreadConnection();
        },
        [this, job] { finished(job); });
}

void AuditBanner::finished(const std::shared_ptr<Job>& job)
{
    // A superseded check says nothing; the newer one will.
    if (job != m_job)
        return;
    m_job.reset();
    if (!job->result || !*job->result) {
        const QString message = job->result ? job->result->error().toString() : QString();
        if (job->result && job->result->error().code == core::Error::Code::Cancelled)
            return;
        // A check that could not run is no evidence either way: no banner.
        emit checked(false, message);
        return;
    }
    const core::AuditChain::Report& report = **job->result;
    m_broken = report.broken;
    if (!report.broken) {
        // Outside the store, where a rewrite of it cannot reach.
        if (report.headId > 0)
            AuditAnchors::setAnchor(m_db.path(), core::AuditChain::Anchor{report.headId, report.headHash});
        AuditAnchors::addErasures(m_db.path(), job->erasures);
        hide();
        emit checked(true, {});
        if (report.fullCheckDue)
            start(true);
        return;
    }
    showBroken(report, job->anchor);
    emit checked(false, {});
}

void AuditBanner::showBroken(const core::AuditChain::Report& report,
                             const std::optional<core::AuditChain::Anchor>& anchor)
{
    const core::AuditChain::Break& b = *report.broken;
    if (b.problem == core::AuditChain::Problem::AnchorMissing) {
        m_text->setText(tr("The audit log no longer reaches entry %1, which this computer verified earlier: "
                           "entries were deleted or the log was rewritten outside Redress.")
                            .arg(b.eventId));
        const QString detail =
            tr("Entry %1 was verified on this computer with the hash %2, and the log no longer holds it "
               "with that hash. Compare with a backup made before the change and tell your administrator.")
                .arg(b.eventId)
                .arg(anchor ? anchor->hash : QString());
        m_detail->setText(detail);
        setToolTip(detail);
        show();
        return;
    }
    const QString reference = core::referenceFor(b.caseId);
    m_text->setText(tr("The audit log has been altered outside Redress: first broken entry %1 (case %2).")
                        .arg(b.eventId)
                        .arg(reference));
    const QString detail =
        tr("Entry %1 of case %2: %3. The %4 entries before it are intact. Changes made outside Redress "
           "cannot be told from Redress's own; compare with a backup made before the change and tell "
           "your administrator.")
            .arg(b.eventId)
            .arg(reference, core::AuditChain::describe(b.problem))
            .arg(report.checked);
    m_detail->setText(detail);
    setToolTip(detail);
    show();
}

} // namespace redress::ui
