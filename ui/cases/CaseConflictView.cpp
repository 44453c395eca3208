#include "ui/cases/CaseConflictView.h"

#include "core/store/CaseRepository.h"

#include <QComboBox>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress::ui {

namespace {

constexpr int maxShown = 300;
constexpr int maxChanges = 5;

QString shortened(const QString& text, int max)
{
    const QString flat = text.simplified();
    return flat.size() <= max ? flat : flat.left(max - 1) + QChar(0x2026);
}

QLabel* cell(const QString& text, bool strong)
{
    auto* label = new QLabel(shortened(text, maxShown));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    if (text.simplified().size() > maxShown)
        label->setToolTip(text);
    if (strong) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
    }
    return label;
}

QString changeLine(const core::CaseEvent& e)
{
    QString what;
    switch (e.kind) {
    case core::CaseEvent::Kind::FieldChanged:
    case core::CaseEvent::Kind::StatusChanged:
    case core::CaseEvent::Kind::Assigned:
        what = CaseConflictView::tr("%1: %2 → %3")
                   .arg(core::caseFieldLabel(e.field),
                        shortened(core::displayEventValue(e.field, e.oldValue), 40),
                        shortened(core::displayEventValue(e.field, e.newValue), 40));
        break;
    default: return {};
    }
    const QString who = e.actor.isEmpty() ? CaseConflictView::tr("the rules") : e.actor;
    return CaseConflictView::tr("%1, %2 — %3")
        .arg(QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat), who, what);
}

} // namespace

CaseConflictView::CaseConflictView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("caseConflictView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_note = new QLabel;
    m_note->setObjectName(QStringLiteral("conflictNote"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->hide();
    layout->addWidget(m_note);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("conflictSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_changes = new QLabel;
    m_changes->setObjectName(QStringLiteral("conflictChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextFormat(Qt::PlainText);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_changes);

    m_table = new QFrame;
    m_table->setObjectName(QStringLiteral("conflictTable"));
    static_cast<QFrame*>(m_table)->setFrameShape(QFrame::StyledPanel);
    m_grid = new QGridLayout(m_table);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(8);
    layout->addWidget(m_table);

    m_hint = new QLabel;
    m_hint->setObjectName(QStringLiteral("conflictHint"));
    m_hint->setWordWrap(true);
    m_hint->setTextFormat(Qt::PlainText);
    layout->addWidget(m_hint);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette p = m_error->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(p);
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch();

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    m_save = new QPushButton(tr("&Save with these choices"));
    m_save->setObjectName(QStringLiteral("saveChoicesButton"));
    m_save->setDefault(true);
    m_back = new QPushButton(tr("&Back to editing"));
    m_back->setObjectName(QStringLiteral("backToEditingButton"));
    m_back->setToolTip(tr("Nothing is saved; your changes stay in the form (Esc)"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_back);
    layout->addLayout(buttons);
    connect(m_save, &QPushButton::clicked, this, &CaseConflictView::saveRequested);
    connect(m_back, &QPushButton::clicked, this, &CaseConflictView::backRequested);
}

void CaseConflictView::setComparison(const core::CaseMerge& merge, const QList<core::CaseEvent>& changes,
                                     const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
    m_error->hide();

    QStringList people;
    QStringList lines;
    for (const core::CaseEvent& e : changes) {
        const QString line = changeLine(e);
        if (line.isEmpty())
            continue;
        lines << line;
        const QString who = e.actor.isEmpty() ? tr("the rules") : e.actor;
        if (!people.contains(who))
            people << who;
    }
    const QString ref = merge.theirs().reference();
    m_summary->setText(people.isEmpty()
                           ? tr("%1 was changed by someone else while you were editing it.").arg(ref)
                           : tr("%1 was changed by %2 while you were editing it.")
                                 .arg(ref, QLocale().createSeparatedList(people)));
    if (lines.size() > maxChanges)
        lines = lines.mid(lines.size() - maxChanges);
    m_changes->setText(lines.join(QLatin1Char('\n')));
    m_changes->setVisible(!lines.isEmpty());

    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_choices.clear();
    m_cells.clear();
    const QStringList headers{tr("Field"), tr("When you opened it"), tr("Yours"),
                              tr("Now in the store (another desk)"), tr("What is saved")};
    for (int col = 0; col < headers.size(); ++col) {
        QLabel* h = cell(headers[col], true);
        h->setForegroundRole(QPalette::PlaceholderText);
        m_grid->addWidget(h, 0, col);
    }
    auto* rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Sunken);
    m_grid->addWidget(rule, 1, 0, 1, headers.size());

    QWidget* previous = nullptr;
    int row = 2;
    for (const core::FieldMerge& f : merge.fields()) {
        using core::FieldChange;
        const bool conflict = f.change == FieldChange::Conflict;
        const bool mineMoved = f.change == FieldChange::Mine || conflict || f.change == FieldChange::BothSame;
        const bool theirsMoved =
            f.change == FieldChange::Theirs || conflict || f.change == FieldChange::BothSame;
        QList<QLabel*> cells{cell(f.label, conflict), cell(f.base, false), cell(f.mine, mineMoved),
                             cell(f.theirs, theirsMoved)};
        for (int col = 0; col < cells.size(); ++col)
            m_grid->addWidget(cells[col], row, col);
        if (conflict) {
            auto* choice = new QComboBox;
            choice->setObjectName(QStringLiteral("choice_") + f.field);
            choice->addItem(tr("Keep yours"), static_cast<int>(core::MergeChoice::KeepMine));
            choice->addItem(tr("Take theirs"), static_cast<int>(core::MergeChoice::TakeTheirs));
            // No default: the rep decides each conflict themselves.
            choice->setPlaceholderText(tr("Choose…"));
            choice->setCurrentIndex(-1);
            choice->setAccessibleName(tr("%1: keep yours or take theirs").arg(f.label));
            choice->setAccessibleDescription(
                tr("Yours: %1. Theirs: %2.").arg(shortened(f.mine, maxShown), shortened(f.theirs, maxShown)));
            connect(choice, &QComboBox::currentIndexChanged, this, &CaseConflictView::updateSave);
            m_grid->addWidget(choice, row, 4, Qt::AlignTop);
            m_choices.insert(f.field, choice);
            if (previous)
                setTabOrder(previous, choice);
            previous = choice;
            cells << nullptr;
        } else {
            QString outcome;
            switch (f.change) {
            case FieldChange::Unchanged: outcome = tr("Unchanged"); break;
            case FieldChange::Mine: outcome = tr("Yours is saved"); break;
            case FieldChange::Theirs: outcome = tr("Theirs stays"); break;
            case FieldChange::BothSame: outcome = tr("Same on both sides"); break;
            case FieldChange::Conflict: break;
            }
            QLabel* out = cell(outcome, false);
            m_grid->addWidget(out, row, 4);
            cells << out;
        }
        m_cells.insert(f.field, cells);
        ++row;
    }
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 2);
    m_grid->setColumnStretch(3, 2);
    if (previous)
        setTabOrder(previous, m_save);
    setTabOrder(m_save, m_back);
    updateSave();
}

QString CaseConflictView::cellText(const QString& field, int column) const
{
    const QList<QLabel*> cells = m_cells.value(field);
    if (column == 4 && m_choices.contains(field))
        return m_choices.value(field)->currentText();
    if (column < 0 || column >= cells.size() || !cells[column])
        return {};
    return cells[column]->text();
}

QHash<QString, core::MergeChoice> CaseConflictView::choices() const
{
    QHash<QString, core::MergeChoice> out;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it) {
        if (it.value()->currentIndex() >= 0)
            out.insert(it.key(), static_cast<core::MergeChoice>(it.value()->currentData().toInt()));
    }
    return out;
}

void CaseConflictView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void CaseConflictView::updateSave()
{
    const qsizetype open = m_choices.size() - choices().size();
    m_save->setEnabled(open == 0);
    if (m_choices.isEmpty())
        m_hint->setText(tr("Nobody changed a field you changed: saving keeps their changes and adds yours."));
    else if (open > 0)
        m_hint->setText(tr("Nothing has been saved yet. Where both sides changed a field, choose whose value "
                           "to keep; the other changes are kept as shown."));
    else
        m_hint->setText(tr("Ready: the case is saved as the last column shows."));
}

} // namespace redress::ui
