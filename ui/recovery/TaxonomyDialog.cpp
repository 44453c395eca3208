#include "ui/recovery/TaxonomyDialog.h"

#include "core/store/RecoveryRepository.h"
#include "ui/common/Session.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace redress::ui {

namespace {
constexpr int idRole = Qt::UserRole;
} // namespace

TaxonomyDialog::TaxonomyDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("taxonomyDialog"));
    setWindowTitle(tr("Root causes"));
    const bool canEdit = core::allows(m_session.user().role, core::Permission::EditTaxonomy);
    auto* layout = new QVBoxLayout(this);

    auto* treeLabel = new QLabel(tr("&Root causes:"));
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("rootCauseTree"));
    m_tree->setAccessibleName(tr("Root causes"));
    m_tree->setHeaderHidden(true);
    treeLabel->setBuddy(m_tree);
    layout->addWidget(treeLabel);
    layout->addWidget(m_tree, 1);

    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("rootCauseName"));
    m_name->setAccessibleName(tr("Name of the new root cause"));
    m_name->setPlaceholderText(tr("e.g. Seal wear"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("taxonomyError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("taxonomyStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto* adds = new QHBoxLayout;
    m_addChild = new QPushButton(tr("Add &child"));
    m_addChild->setObjectName(QStringLiteral("addChildButton"));
    m_addChild->setToolTip(tr("Add the name under the selected root cause"));
    m_addChild->setAutoDefault(false);
    m_addTop = new QPushButton(tr("Add &top-level"));
    m_addTop->setObjectName(QStringLiteral("addTopLevelButton"));
    m_addTop->setToolTip(tr("Add the name at the top of the tree"));
    m_addTop->setAutoDefault(false);
    adds->addStretch(1);
    adds->addWidget(m_addChild);
    adds->addWidget(m_addTop);
    layout->addLayout(adds);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_tree, m_name);
    setTabOrder(m_name, m_addChild);
    setTabOrder(m_addChild, m_addTop);

    if (!canEdit) {
        m_addChild->setEnabled(false);
        m_addTop->setEnabled(false);
        m_name->setEnabled(false);
        m_status->setText(tr("%1 (%2) may look but not change the root-cause tree.")
                              .arg(m_session.user().displayName, core::labelOf(m_session.user().role)));
    }
    connect(m_addChild, &QPushButton::clicked, this, &TaxonomyDialog::addChild);
    connect(m_addTop, &QPushButton::clicked, this, &TaxonomyDialog::addTopLevel);
    connect(m_tree, &QTreeWidget::currentItemChanged, this,
            [this, canEdit](QTreeWidgetItem* item) { m_addChild->setEnabled(canEdit && item != nullptr); });
    load(0);
    resize(520, 620);
}

void TaxonomyDialog::load(qint64 selectId)
{
    auto causes = core::RecoveryRepository(m_session.db(), m_session.user()).rootCauses();
    if (!causes) {
        m_error->setText(causes.error().message);
        m_error->show();
        return;
    }
    m_tree->clear();
    // Sorted by path, so every parent comes before its children.
    QHash<qint64, QTreeWidgetItem*> items;
    for (const core::RootCause& c : std::as_const(*causes)) {
        QTreeWidgetItem* parent = items.value(c.parentId);
        auto* item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, c.name);
        item->setToolTip(0, c.path);
        item->setData(0, idRole, c.id);
        items.insert(c.id, item);
    }
    if (QTreeWidgetItem* selected = items.value(selectId)) {
        m_tree->setCurrentItem(selected);
        m_tree->scrollToItem(selected);
    }
    m_addChild->setEnabled(m_addChild->isEnabled() && m_tree->currentItem() != nullptr);
}

QTreeWidgetItem* TaxonomyDialog::itemFor(qint64 id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, idRole).toLongLong() == id)
            return *it;
    }
    return nullptr;
}

bool TaxonomyDialog::addChild()
{
    QTreeWidgetItem* parent = m_tree->currentItem();
    if (!parent) {
        m_error->setText(tr("Parent: choose the root cause to add under."));
        m_error->show();
        m_tree->setFocus(Qt::OtherFocusReason);
        return false;
    }
    return add(parent->data(0, idRole).toLongLong());
}

bool TaxonomyDialog::addTopLevel()
{
    return add(0);
}

bool TaxonomyDialog::add(qint64 parentId)
{
    auto added =
        core::RecoveryRepository(m_session.db(), m_session.user()).addRootCause(parentId, m_name->text());
    if (!added) {
        const core::Error& e = added.error();
        QString field;
        if (e.field == QStringLiteral("name"))
            field = tr("Name");
        else if (e.field == QStringLiteral("parent"))
            field = tr("Parent");
        m_error->setText(field.isEmpty() ? e.message : tr("%1: %2").arg(field, e.message));
        m_error->show();
        m_status->clear();
        m_name->setFocus(Qt::OtherFocusReason);
        return false;
    }
    m_error->hide();
    m_name->clear();
    load(added->id);
    m_status->setText(tr("Added %1.").arg(added->path.isEmpty() ? added->name : added->path));
    return true;
}

} // namespace redress::ui
