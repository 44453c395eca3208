#include "ui/recovery/CatalogueDialog.h"

#include "core/store/RecoveryRepository.h"
#include "ui/common/DialogParts.h"
#include "ui/common/Session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress::ui {

namespace {
QString money(qint64 cents)
{
    return QLocale().toString(cents / 100.0, 'f', 2);
}

QDoubleSpinBox* moneyBox(const QString& name)
{
    auto* box = new QDoubleSpinBox;
    box->setObjectName(name);
    box->setDecimals(2);
    // The core refuses beyond its maximum; the box lets one more cent
    // through so that the refusal, with its reason, can be seen.
    box->setRange(0, core::RecoveryRepository::maxCostCents / 100.0 + 0.01);
    box->setGroupSeparatorShown(true);
    return box;
}

// The kinds the core accepts, with how people read them.
QList<std::pair<QString, QString>> kinds()
{
    return {{QStringLiteral("credit"), CatalogueDialog::tr("Credit")},
            {QStringLiteral("free_service"), CatalogueDialog::tr("Free service")},
            {QStringLiteral("upgrade"), CatalogueDialog::tr("Upgrade")},
            {QStringLiteral("shipping"), CatalogueDialog::tr("Shipping")},
            {QStringLiteral("contact"), CatalogueDialog::tr("Contact")},
            {QStringLiteral("other"), CatalogueDialog::tr("Other")}};
}

QString kindLabel(const QString& key)
{
    for (const auto& [k, label] : kinds()) {
        if (k == key)
            return label;
    }
    return key;
}
} // namespace

CatalogueDialog::CatalogueDialog(const Session& session, QWidget* parent)
    : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("catalogueDialog"));
    setWindowTitle(tr("Gestures and limits"));
    const bool canEdit = core::allows(m_session.user().role, core::Permission::EditCatalogue);
    auto* layout = new QVBoxLayout(this);

    if (!canEdit) {
        auto* why = new QLabel(tr("%1 (%2) may look but not change the catalogue or the limits.")
                                   .arg(m_session.user().displayName, core::labelOf(m_session.user().role)));
        why->setObjectName(QStringLiteral("catalogueReadOnly"));
        why->setWordWrap(true);
        layout->addWidget(why);
    }

    layout->addWidget(createGestureBox(), 1);
    layout->addWidget(createLimitsBox());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrderOfFields();

    m_newGesture->setEnabled(canEdit);
    m_saveGesture->setEnabled(canEdit);
    m_saveLimits->setEnabled(canEdit);

    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showGesture(row); });
    connect(m_newGesture, &QPushButton::clicked, this, &CatalogueDialog::newGesture);
    connect(m_saveGesture, &QPushButton::clicked, this, &CatalogueDialog::saveGesture);
    connect(m_saveLimits, &QPushButton::clicked, this, &CatalogueDialog::saveLimits);

    loadCatalogue(0);
    loadLimits();
    resize(720, 720);
}

QGroupBox* CatalogueDialog::createGestureBox()
{
    auto* gestures = new QGroupBox(tr("Gesture catalogue"));
    auto* gesturesLayout = new QVBoxLayout(gestures);
    m_table = new QTableWidget(0, 4);
    m_table->setObjectName(QStringLiteral("gestureTable"));
    m_table->setAccessibleName(tr("Gesture catalogue"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Default cost"), tr("Active")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);
    gesturesLayout->addWidget(m_table, 1);

    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("gestureNameEdit"));
    m_name->setAccessibleName(tr("Gesture name"));
    form->addRow(tr("&Name:"), m_name);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("gestureKindCombo"));
    m_kind->setAccessibleName(tr("Kind of gesture"));
    for (const auto& [key, label] : kinds())
        m_kind->addItem(label, key);
    form->addRow(tr("&Kind:"), m_kind);
    m_cost = moneyBox(QStringLiteral("gestureDefaultCost"));
    m_cost->setAccessibleName(tr("Default cost"));
    form->addRow(tr("Default &cost:"), m_cost);
    m_active = new QCheckBox(tr("&Offered to reps"));
    m_active->setObjectName(QStringLiteral("gestureActiveCheck"));
    m_active->setAccessibleName(tr("Active"));
    m_active->setChecked(true);
    form->addRow(tr("Active:"), m_active);
    gesturesLayout->addLayout(form);
    m_gestureError = errorLabel(QStringLiteral("gestureEditError"), true);
    gesturesLayout->addWidget(m_gestureError);
    m_gestureStatus = new QLabel;
    m_gestureStatus->setObjectName(QStringLiteral("gestureStatus"));
    gesturesLayout->addWidget(m_gestureStatus);
    auto* gestureButtons = new QHBoxLayout;
    m_newGesture = new QPushButton(tr("N&ew gesture"));
    m_newGesture->setObjectName(QStringLiteral("newGestureButton"));
    m_newGesture->setAutoDefault(false);
    m_saveGesture = new QPushButton(tr("&Save gesture"));
    m_saveGesture->setObjectName(QStringLiteral("saveGestureButton"));
    m_saveGesture->setAutoDefault(false);
    gestureButtons->addStretch(1);
    gestureButtons->addWidget(m_newGesture);
    gestureButtons->addWidget(m_saveGesture);
    gesturesLayout->addLayout(gestureButtons);
    return gestures;
}

QGroupBox* CatalogueDialog::createLimitsBox()
{
    auto* limits = new QGroupBox(tr("Discretion limit per case, by role"));
    auto* limitsLayout = new QVBoxLayout(limits);
    auto* limitForm = new QFormLayout;
    for (core::Role role : core::allRoles()) {
        QDoubleSpinBox* box = moneyBox(QStringLiteral("limit_%1").arg(core::keyOf(role)));
        box->setAccessibleName(tr("Discretion limit of %1").arg(core::labelOf(role)));
        limitForm->addRow(tr("%1:").arg(core::labelOf(role)), box);
        m_limits.insert(role, box);
    }
    limitsLayout->addLayout(limitForm);
    m_limitError = errorLabel(QStringLiteral("limitError"), true);
    limitsLayout->addWidget(m_limitError);
    m_limitStatus = new QLabel;
    m_limitStatus->setObjectName(QStringLiteral("limitStatus"));
    limitsLayout->addWidget(m_limitStatus);
    m_saveLimits = new QPushButton(tr("Save &limits"));
    m_saveLimits->setObjectName(QStringLiteral("saveLimitsButton"));
    m_saveLimits->setAutoDefault(false);
    auto* limitButtons = new QHBoxLayout;
    limitButtons->addStretch(1);
    limitButtons->addWidget(m_saveLimits);
    limitsLayout->addLayout(limitButtons);
    return limits;
}

void CatalogueDialog::setTabOrderOfFields()
{
    setTabOrder(m_table, m_name);
    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_cost);
    setTabOrder(m_cost, m_active);
    setTabOrder(m_active, m_newGesture);
    setTabOrder(m_newGesture, m_saveGesture);
    QWidget* previous = m_saveGesture;
    for (core::Role role : core::allRoles()) {
        setTabOrder(previous, m_limits.value(role));
        previous = m_limits.value(role);
    }
    setTabOrder(previous, m_saveLimits);
}

void CatalogueDialog::loadCatalogue(qint64 selectId)
{
    auto types = core::RecoveryRepository(m_session.db(), m_session.user()).catalogue(false);
    if (!types) {
        showGestureError(types.error());
        return;
    }
    m_types = *types;
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_types.size()));
    int select = m_types.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_types.size(); ++row) {
        const core::GestureType& t = m_types[row];
        m_table->setItem(row, 0, new QTableWidgetItem(t.name));
        m_table->setItem(row, 1, new QTableWidgetItem(kindLabel(t.kind)));
        auto* cost = new QTableWidgetItem(money(t.defaultCostCents));
        cost->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, cost);
        m_table->setItem(row, 3, new QTableWidgetItem(t.active ? tr("yes") : tr("no")));
        if (t.id == selectId)
            select = row;
    }
    m_table->setCurrentCell(select, 0);
    showGesture(select);
}

void CatalogueDialog::showGesture(int row)
{
    if (row < 0 || row >= m_types.size())
        return;
    const core::GestureType& t = m_types[row];
    m_editingId = t.id;
    m_name->setText(t.name);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(t.kind)));
    m_cost->setValue(t.defaultCostCents / 100.0);
    m_active->setChecked(t.active);
    m_gestureError->hide();
}

void CatalogueDialog::newGesture()
{
    m_editingId = 0;
    {
        const QSignalBlocker block(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    m_name->clear();
    m_kind->setCurrentIndex(0);
    m_cost->setValue(0);
    m_active->setChecked(true);
    m_gestureError->hide();
    m_gestureStatus->setText(tr("A new gesture: fill in the form and save it."));
    m_name->setFocus(Qt::OtherFocusReason);
}

void CatalogueDialog::showGestureError(const core::Error& error)
{
    QString field;
    QWidget* at = nullptr;
    if (error.field == QStringLiteral("name")) {
        field = tr("Name");
        at = m_name;
    } else if (error.field == QStringLiteral("kind")) {
        field = tr("Kind");
        at = m_kind;
    } else if (error.field == QStringLiteral("cost")) {
        field = tr("Default cost");
        at = m_cost;
    }
    m_gestureError->setText(field.isEmpty() ? error.message : tr("%1: %2").arg(field, error.message));
    m_gestureError->show();
    m_gestureStatus->clear();
    if (at)
        at->setFocus(Qt::OtherFocusReason);
}

bool CatalogueDialog::saveGesture()
{
    core::GestureType type;
    type.id = m_editingId;
    type.name = m_name->text();
    type.kind = m_kind->currentData().toString();
    type.defaultCostCents = qRound64(m_cost->value() * 100);
    type.active = m_active->isChecked();
    auto saved = core::RecoveryRepository(m_session.db(), m_session.user()).saveGestureType(type);
    if (!saved) {
        showGestureError(saved.error());
        return false;
    }
    m_gestureError->hide();
    loadCatalogue(saved->id);
    m_gestureStatus->setText(tr("Saved “%1”.").arg(saved->name));
    return true;
}

void CatalogueDialog::loadLimits()
{
    core::RecoveryRepository recovery(m_session.db(), m_session.user());
    for (auto it = m_limits.cbegin(); it != m_limits.cend(); ++it) {
        const qint64 cents = recovery.limitFor(it.key()).value_or(0);
        m_savedLimits.insert(it.key(), cents);
        it.value()->setValue(cents / 100.0);
    }
}

bool CatalogueDialog::saveLimits()
{
    core::RecoveryRepository recovery(m_session.db(), m_session.user());
    QStringList saved;
    // Only the limits that changed are written: a lead may keep, but not
    // set, an executive's limit above their own.
    for (core::Role role : core::allRoles()) {
        QDoubleSpinBox* box = m_limits.value(role);
        const qint64 cents = qRound64(box->value() * 100);
        if (cents == m_savedLimits.value(role))
            continue;
        if (auto ok = recovery.setLimit(role, cents); !ok) {
            m_limitError->setText(tr("Limit of %1: %2").arg(core::labelOf(role), ok.error().message));
            m_limitError->show();
            m_limitStatus->setText(saved.isEmpty() ? QString() : tr("Saved: %1.").arg(saved.join(tr(", "))));
            box->setFocus(Qt::OtherFocusReason);
            return false;
        }
        m_savedLimits.insert(role, cents);
        saved << core::labelOf(role);
    }
    m_limitError->hide();
    m_limitStatus->setText(saved.isEmpty() ? tr("No limit changed.")
                                           : tr("Saved: %1.").arg(saved.join(tr(", "))));
    return true;
}

} // namespace redress::ui
