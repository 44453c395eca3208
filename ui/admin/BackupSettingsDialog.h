#pragma once

#include "core/store/BackupPolicy.h"

#include <QDialog>
#include <QString>

class QCheckBox;
class QLineEdit;
class QSpinBox;

namespace redress::ui {

/// The daily backup's policy as kept in the settings (Config's "backup/…").
struct BackupSettings : core::BackupPolicy
{
    static BackupSettings load();
    void save() const;
    static QString defaultFolder();
};

/// Switches the daily backup on or off, and says where and how many.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit BackupSettingsDialog(QWidget* parent = nullptr);

    BackupSettings settings() const;
    void accept() override;

private:
    QCheckBox* m_daily = nullptr;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_keep = nullptr;
};

} // namespace redress::ui
