#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace redress::ui {

class Session;

/// The root-cause tree that analyses point into, grown by the people who
/// own it: a name, then "Add child" under the selected cause or "Add
/// top-level". Causes are never renamed or removed here, because analyses
/// already recorded refer to them.
class TaxonomyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TaxonomyDialog(const Session& session, QWidget* parent = nullptr);

    /// The tree item of the cause with `id`, or null.
    QTreeWidgetItem* itemFor(qint64 id) const;

public Q_SLOTS:
    /// Adds the typed name under the selected cause; false when refused.
    bool addChild();
    /// Adds the typed name at the top of the tree; false when refused.
    bool addTopLevel();

private:
    bool add(qint64 parentId);
    void load(qint64 selectId);

    const Session& m_session;
    QTreeWidget* m_tree = nullptr;
    QLineEdit* m_name = nullptr;
    QPushButton* m_addChild = nullptr;
    QPushButton* m_addTop = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace redress::ui
