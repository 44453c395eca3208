#include "ui/recovery/TemplateEditorDialog.h"

#include "core/cases/CaseTypes.h"
#include "core/recovery/ApologyTemplate.h"
#include "core/recovery/ApologyTemplateSet.h"
#include "core/recovery/TemplateContext.h"
#include "core/store/CaseListQuery.h"
#include "core/store/CaseListRepository.h"
#include "core/store/CaseRepository.h"
#include "core/store/RecoveryRepository.h"
#include "ui/common/Config.h"
#include "ui/common/DialogParts.h"
#include "ui/common/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBlock>
#include <QVBoxLayout>

namespace redress::ui {

namespace {
// The store's keys are stable and hyphenated ("business-stopped"), like the
// shipped set's; a new key is made once from the title and never changes.
QString slugOf(const QString& title)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString slug = title.normalized(QString::NormalizationForm_KD).toLower();
    slug.replace(nonWord, QStringLiteral("-"));
    while (slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    return slug.left(60);
}

} // namespace

TemplateEditorDialog::TemplateEditorDialog(const Session& session, qint64 caseId, QWidget* parent)
    : QDialog(parent), m_session(session),
      m_canEdit(core::allows(m_session.user().role, core::Permission::EditCatalogue))
{
    setObjectName(QStringLiteral("templateEditorDialog"));
    setWindowTitle(tr("Apology templates"));

    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    columns->addLayout(createTemplateColumn(), 1);
    columns->addLayout(createEditColumn(), 2);
    columns->addLayout(createHelpColumn(), 2);

    // Bottom: what happened, and the buttons.
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("templateStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_save = buttons->addButton(tr("&Save as new version"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(QStringLiteral("saveTemplateButton"));
    m_save->setAccessibleName(tr("Save as new version"));
    connect(m_save, &QPushButton::clicked, this, &TemplateEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (!m_canEdit) {
        m_save->setEnabled(false);
        m_new->setEnabled(false);
        const QString why = tr("Only a team lead, an executive or an administrator may change templates; "
                               "%1 is signed in as %2.")
                                .arg(m_session.user().displayName, core::labelOf(m_session.user().role));
        m_save->setToolTip(why);
        m_status->setText(why);
    }

    setTabOrder(m_list, m_new);
    setTabOrder(m_new, m_title);
    setTabOrder(m_title, m_body);
    setTabOrder(m_body, m_placeholders);
    setTabOrder(m_placeholders, m_caseField);
    setTabOrder(m_caseField, m_preview);
    setTabOrder(m_preview, m_save);

    m_previewDelay.setSingleShot(true);
    m_previewDelay.setInterval(250);
    connect(&m_previewDelay, &QTimer::timeout, this, &TemplateEditorDialog::refreshPreview);
    connect(m_body, &QPlainTextEdit::textChanged, this, [this] { m_previewDelay.start(); });
    connect(m_list, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem* item) { showTemplate(item); });
    connect(m_placeholders, &QListWidget::itemActivated, this, &TemplateEditorDialog::insertPlaceholder);
    connect(m_new, &QPushButton::clicked, this, &TemplateEditorDialog::newTemplate);
    connect(m_caseField, &QLineEdit::editingFinished, this, &TemplateEditorDialog::loadCase);

    // The preview needs a real case: the one on screen, else the newest.
    if (caseId <= 0) {
        auto newest = core::CaseListRepository(m_session.db()).ids(core::CaseListQuery{}, 0, 1);
        if (newest && !newest->isEmpty())
            caseId = newest->first();
    }
    if (caseId > 0)
        m_caseField->setText(core::referenceFor(caseId));
    loadCase();

    // Templates live in the store, versioned; the shipped set seeds it.
    core::TemplateRepository templates(m_session.db(), m_session.user());
    if (auto shipped = core::ApologyTemplateSet::defaults())
        templates.ensureDefaults(*shipped);
    loadTemplates({});
    resize(1100, 640);
}

/// The templates, and the button that starts a new one.
QVBoxLayout* TemplateEditorDialog::createTemplateColumn()
{
    auto* pick = new QVBoxLayout;
    auto* listLabel = new QLabel(tr("&Templates:"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("templateList"));
    m_list->setAccessibleName(tr("Templates"));
    m_list->setWordWrap(true);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    listLabel->setBuddy(m_list);
    m_new = new QPushButton(tr("&New template"));
    m_new->setObjectName(QStringLiteral("newTemplateButton"));
    m_new->setAccessibleName(tr("New template"));
    m_new->setAutoDefault(false);
    pick->addWidget(listLabel);
    pick->addWidget(m_list, 1);
    pick->addWidget(m_new);
    return pick;
}

/// The title and body of the template being edited.
QVBoxLayout* TemplateEditorDialog::createEditColumn()
{
    auto* edit = new QVBoxLayout;
    auto* titleForm = new QFormLayout;
    m_title = new QLineEdit;
    m_title->setObjectName(QStringLiteral("templateTitle"));
    m_title->setAccessibleName(tr("Title"));
    titleForm->addRow(tr("T&itle:"), m_title);
    edit->addLayout(titleForm);
    auto* bodyLabel = new QLabel(tr("&Body:"));
    m_body = new QPlainTextEdit;
    m_body->setObjectName(QStringLiteral("templateBody"));
    m_body->setAccessibleName(tr("Template body"));
    m_body->setTabChangesFocus(true); // the form stays reachable by keyboard
    bodyLabel->setBuddy(m_body);
    edit->addWidget(bodyLabel);
    edit->addWidget(m_body, 1);
    m_error = errorLabel(QStringLiteral("templateError"), true);
    edit->addWidget(m_error);
    return edit;
}

/// The placeholders a template may use, and the preview on a real case.
QVBoxLayout* TemplateEditorDialog::createHelpColumn()
{
    auto* help = new QVBoxLayout;
    auto* placeholderLabel = new QLabel(tr("&Placeholders (Enter or double-click inserts):"));
    placeholderLabel->setWordWrap(true);
    m_placeholders = new QListWidget;
    m_placeholders->setObjectName(QStringLiteral("placeholderList"));
    m_placeholders->setAccessibleName(tr("Placeholders"));
    // The descriptions are sentences: wrap them rather than hide them
    // behind a horizontal scroll bar.
    m_placeholders->setWordWrap(true);
    m_placeholders->setResizeMode(QListView::Adjust);
    m_placeholders->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    placeholderLabel->setBuddy(m_placeholders);
    for (const QString& name : core::TemplateContext::names()) {
        auto* item = new QListWidgetItem(
            tr("%1 — %2").arg(QStringLiteral("{{%1}}").arg(name), core::TemplateContext::describe(name)));
        item->setData(Qt::UserRole, name);
        item->setToolTip(core::TemplateContext::describe(name));
        m_placeholders->addItem(item);
    }
    help->addWidget(placeholderLabel);
    help->addWidget(m_placeholders, 1);
    help->addWidget(createPreviewBox(), 2);
    return help;
}

QGroupBox* TemplateEditorDialog::createPreviewBox()
{
    auto* preview = new QGroupBox(tr("Preview"));
    auto* previewLayout = new QVBoxLayout(preview);
    auto* caseForm = new QFormLayout;
    m_caseField = new QLineEdit;
    m_caseField->setObjectName(QStringLiteral("previewCaseField"));
    m_caseField->setAccessibleName(tr("Case to preview with"));
    m_caseField->setPlaceholderText(tr("RD-000123"));
    caseForm->addRow(tr("&Case:"), m_caseField);
    previewLayout->addLayout(caseForm);
    m_caseLabel = new QLabel;
    m_caseLabel->setObjectName(QStringLiteral("previewCaseLabel"));
    m_caseLabel->setWordWrap(true);
    previewLayout->addWidget(m_caseLabel);
    m_preview = new QPlainTextEdit;
    m_preview->setObjectName(QStringLiteral("templatePreview"));
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setTabChangesFocus(true);
    previewLayout->addWidget(m_preview, 1);
    return preview;
}

std::optional<qint64> TemplateEditorDialog::previewCaseId() const
{
    return m_case ? std::optional<qint64>(m_case->id) : std::nullopt;
}

void TemplateEditorDialog::loadTemplates(const QString& selectKey)
{
    auto latest = core::TemplateRepository(m_session.db(), m_session.user()).latest();
    if (!latest) {
        m_status->setText(latest.error().message);
        return;
    }
    m_templates = *latest;
    const QSignalBlocker block(m_list);
    m_list->clear();
    int select = m_templates.isEmpty() ? -1 : 0;
    for (int i = 0; i < m_templates.size(); ++i) {
        const core::StoredTemplate& t = m_templates[i];
        auto* item = new QListWidgetItem(tr("%1 (v%2)").arg(t.title).arg(t.version));
        item->setData(Qt::UserRole, t.key);
        m_list->addItem(item);
        if (t.key == selectKey)
            select = i;
    }
    m_list->setCurrentRow(select);
    showTemplate(m_list->currentItem());
}

void TemplateEditorDialog::showTemplate(QListWidgetItem* item)
{
    if (!item)
        return;
    const QString key = item->data(Qt::UserRole).toString();
    for (const core::StoredTemplate& t : std::as_const(m_templates)) {
        if (t.key != key)
            continue;
        m_key = t.key;
        m_title->setText(t.title);
        m_body->setPlainText(t.body);
        refreshPreview();
        return;
    }
}

void TemplateEditorDialog::newTemplate()
{
    m_key.clear();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
    }
    m_title->clear();
    m_body->setPlainText(tr("Dear {{customer.first_name}},\n\n"));
    m_status->setText(tr("A new template: its key is made from the title when you save it."));
    m_title->setFocus(Qt::OtherFocusReason);
    refreshPreview();
}

void TemplateEditorDialog::insertPlaceholder(QListWidgetItem* item)
{
    if (!item)
        return;
    m_body->insertPlainText(QStringLiteral("{{%1}}").arg(item->data(Qt::UserRole).toString()));
    m_body->setFocus(Qt::OtherFocusReason);
}

void TemplateEditorDialog::loadCase()
{
    const QString text = m_caseField->text().trimmed();
    if (text.isEmpty()) {
        m_case.reset();
        m_caseLabel->setText(tr("There is no case to preview with yet."));
        refreshPreview();
        return;
    }
    const std::optional<qint64> id = core::caseIdFromReference(text);
    if (!id) {
        m_caseLabel->setText(tr("'%1' is not a case reference such as RD-000123.").arg(text));
        return;
    }
    if (m_case && m_case->id == *id)
        return;
    auto found = core::CaseRepository(m_session.db(), m_session.user().id).get(*id);
    if (!found) {
        m_caseLabel->setText(found.error().message);
        return;
    }
    m_case = *found;
    m_caseLabel->setText(tr("%1 — %2").arg(m_case->reference(), m_case->customerName));
    refreshPreview();
}

void TemplateEditorDialog::markProblem(qsizetype offset)
{
    QList<QTextEdit::ExtraSelection> marks;
    if (offset >= 0) {
        QTextEdit::ExtraSelection mark;
        mark.cursor = QTextCursor(m_body->document());
        const qsizetype length = m_body->document()->characterCount() - 1;
        // At the very end there is no character to underline: take the last.
        const qsizetype at = qBound(qsizetype(0), offset >= length ? length - 1 : offset, length);
        // One wavy character is hard to see: when the problem is a tag,
        // underline the whole tag, up to its closing braces on that line.
        const QString text = m_body->toPlainText();
        qsizetype end = at + 1;
        if (text.mid(at, 2) == QStringLiteral("{{")) {
            const qsizetype close = text.indexOf(QStringLiteral("}}"), at + 2);
            const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'), at);
            if (close > 0 && (lineEnd < 0 || close < lineEnd))
                end = close + 2;
        }
        mark.cursor.setPosition(int(at));
        mark.cursor.setPosition(int(qMin(end, length)), QTextCursor::KeepAnchor);
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(QColor(0xb0, 0x00, 0x20));
        marks << mark;
    }
    m_body->setExtraSelections(marks);
}

void TemplateEditorDialog::refreshPreview()
{
    m_previewDelay.stop();
    const QString body = m_body->toPlainText();
    if (const auto problem = core::ApologyTemplate::check(body)) {
        m_error->setText(problem->toString());
        m_error->show();
        markProblem(problem->offset);
        return;
    }
    m_error->hide();
    markProblem(-1);
    if (!m_case) {
        m_preview->setPlainText(QString());
        return;
    }
    auto parsed = core::ApologyTemplate::parse(body);
    if (!parsed) {
        m_error->setText(parsed.error().message);
        m_error->show();
        return;
    }
    // What happens next comes from the case's solution when it is known, as
    // in the apology step, so the preview reads as the rep will see it.
    QDate promised;
    QString nextStep;
    if (auto state = core::RecoveryRepository(m_session.db(), m_session.user()).state(m_case->id);
        state && state->solution) {
        promised = state->solution->promisedBy;
        nextStep = state->solution->fix;
    }
    m_preview->setPlainText(parsed->render(
        core::TemplateContext::forCase(*m_case, m_session.user().displayName, nextStep, promised, QLocale(),
                                       Config::string(Config::Key::CompanyName))));
}

QString TemplateEditorDialog::uniqueKeyFor(const QString& title) const
{
    QString base = slugOf(title);
    if (base.isEmpty())
        base = QStringLiteral("template");
    QString key = base;
    auto taken = [this](const QString& k) {
        return std::any_of(m_templates.begin(), m_templates.end(),
                           [&](const core::StoredTemplate& t) { return t.key == k; });
    };
    for (int n = 2; taken(key); ++n)
        key = QStringLiteral("%1-%2").arg(base).arg(n);
    return key;
}

bool TemplateEditorDialog::save()
{
    refreshPreview();
    if (!m_canEdit)
        return false;
    if (!m_error->isHidden()) {
        m_status->setText(tr("Not saved: the body has a problem (see above)."));
        m_body->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const QString key = m_key.isEmpty() ? uniqueKeyFor(m_title->text()) : m_key;
    auto saved = core::TemplateRepository(m_session.db(), m_session.user())
                     .saveVersion(key, m_title->text(), m_body->toPlainText());
    if (!saved) {
        const core::Error& e = saved.error();
        if (e.field == QStringLiteral("title")) {
            m_status->setText(tr("Title: %1").arg(e.message));
            m_title->setFocus(Qt::OtherFocusReason);
        } else {
            m_status->setText(tr("Body: %1").arg(e.message));
        }
        return false;
    }
    loadTemplates(saved->key);
    m_status->setText(tr("“%1” saved as version %2.").arg(saved->title).arg(saved->version));
    return true;
}

} // namespace redress::ui
