#include "ui/DialogParts.h"

#include <QBoxLayout>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>

namespace redress::ui {

FormMessages addFormMessages(QBoxLayout* layout, const QString& errorName, const QString& statusName)
{
    FormMessages m;
    m.error = new QLabel;
    m.error->setObjectName(errorName);
    m.error->setWordWrap(true);
    m.error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m.error->hide();
    layout->addWidget(m.error);
    m.status = new QLabel;
    m.status->setObjectName(statusName);
    m.status->setWordWrap(true);
    layout->addWidget(m.status);
    return m;
}

QPushButton* addSaveAndClose(QDialog* dialog, QBoxLayout* layout, bool canEdit, const QString& saveName)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* save = box->addButton(QCoreApplication::translate("redress::ui::DialogParts", "&Save"),
                                       QDialogButtonBox::ApplyRole);
    save->setObjectName(saveName);
    save->setVisible(canEdit);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    // After the box is in the dialog, or QDialog picks its own default.
    if (canEdit) {
        box->button(QDialogButtonBox::Close)->setAutoDefault(false);
        save->setDefault(true);
    }
    return save;
}

} // namespace redress::ui
