#pragma once

#include "ui/common/Config.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QTabWidget;

namespace redress::ui {

/// Settings › Preferences: the store Redress starts with, its look and
/// language, and the way to the service-level and backup settings. Kept
/// with QSettings; the store applies at the next start, the colour scheme
/// at once. Who works is not a setting: it shows the account Redress acts as.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    /// `currentStore` is the store open now, shown for reference.
    explicit SettingsDialog(const QString& currentStore, QWidget* parent = nullptr);

    /// The key as stored (Config::Key::StorePath).
    static inline const QString storeKey = Config::name(Config::Key::StorePath);

    QTabWidget* tabs() const { return m_tabs; }

public Q_SLOTS:
    /// Checks and saves; stays open naming the field when something is wrong.
    void accept() override;

Q_SIGNALS:
    /// The other settings dialogs, opened by whoever owns this one.
    void slaSettingsRequested();
    void priorityMatrixRequested();
    void backupSettingsRequested();

private:
    QLayout* createStorePage(const QString& currentStore);
    QLayout* createServiceLevelPage();
    QLayout* createAppearancePage();

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_store = nullptr;
    QComboBox* m_scheme = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace redress::ui
