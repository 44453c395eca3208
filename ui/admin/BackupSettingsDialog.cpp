#include "ui/admin/BackupSettingsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace redress::ui {

BackupSettings BackupSettings::load()
{
    const QSettings s;
    BackupSettings b;
    b.daily = s.value(QStringLiteral("backup/daily"), true).toBool();
    b.folder = s.value(QStringLiteral("backup/folder"), defaultFolder()).toString();
    b.keep = std::clamp(s.value(QStringLiteral("backup/keep"), 7).toInt(), 1, 365);
    return b;
}

void BackupSettings::save() const
{
    QSettings s;
    s.setValue(QStringLiteral("backup/daily"), daily);
    s.setValue(QStringLiteral("backup/folder"), folder);
    s.setValue(QStringLiteral("backup/keep"), keep);
}

QString BackupSettings::defaultFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("backups"));
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
    m_keep->setRange(1, 365);
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
    BackupSettings b = settings();
    if (b.folder.isEmpty())
        b.folder = BackupSettings::defaultFolder();
    b.save();
    QDialog::accept();
}

} // namespace redress::ui
