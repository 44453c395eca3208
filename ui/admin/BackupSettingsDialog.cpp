#include "ui/admin/BackupSettingsDialog.h"

#include "ui/common/Config.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace redress::ui {

BackupSettings BackupSettings::load()
{
    return {core::BackupPolicy::fromStored(Config::boolean(Config::Key::BackupDaily),
                                           Config::string(Config::Key::BackupFolder),
                                           Config::integer(Config::Key::BackupKeep))};
}

void BackupSettings::save() const
{
    Config::set(Config::Key::BackupDaily, daily);
    Config::set(Config::Key::BackupFolder, folder);
    Config::set(Config::Key::BackupKeep, keep);
}

QString BackupSettings::defaultFolder()
{
    return Config::defaultValue(Config::Key::BackupFolder).toString();
}

BackupSettingsDialog::BackupSettingsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("backupSettingsDialog"));
    setWindowTitle(tr("Automatic backups"));
    const BackupSettings current = BackupSettings::load();
    auto* form = new QFormLayout(this);
    m_daily = new QCheckBox(tr("Back up the store &every day while Redress runs"));
    m_daily->setChecked(current.daily);
    form->addRow(m_daily);
    auto* folderRow = new QHBoxLayout;
    m_folder = new QLineEdit(QDir::toNativeSeparators(current.folder));
    m_folder->setAccessibleName(tr("Backup folder"));
    auto* browse = new QPushButton(tr("&Browse…"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(folder));
    });
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    form->addRow(tr("&Folder:"), folderRow);
    qobject_cast<QLabel*>(form->labelForField(folderRow))->setBuddy(m_folder);
    m_keep = new QSpinBox;
    m_keep->setRange(core::BackupPolicy::minKeep, core::BackupPolicy::maxKeep);
    m_keep->setValue(current.keep);
    m_keep->setSuffix(tr(" days"));
    form->addRow(tr("&Keep the last:"), m_keep);
    auto* note =
        new QLabel(tr("A backup on another disk survives a broken one; choose such a folder if you can."));
    note->setWordWrap(true);
    form->addRow(note);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(box, &QDialogButtonBox::accepted, this, &BackupSettingsDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &BackupSettingsDialog::reject);
    form->addRow(box);
    m_daily->setFocus();
}

BackupSettings BackupSettingsDialog::settings() const
{
    BackupSettings b;
    b.daily = m_daily->isChecked();
    b.folder = QDir::fromNativeSeparators(m_folder->text().trimmed());
    b.keep = m_keep->value();
    return b;
}

void BackupSettingsDialog::accept()
{
    const BackupSettings b = settings();
    const BackupSettings chosen{
        core::BackupPolicy::chosen(b.daily, b.folder, b.keep, BackupSettings::defaultFolder())};
    chosen.save();
    QDialog::accept();
}

} // namespace redress::ui
