#include "ui/admin/PasswordDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace redress::ui {

PasswordDialog::PasswordDialog(const QString& who, Check check, QWidget* parent)
    : QDialog(parent), m_check(std::move(check))
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("Hand the desk to %1").arg(who));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("%1's Redress password, to work as them at this desk:").arg(who));
    question->setWordWrap(true);
    layout->addWidget(question);
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("passwordField"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    question->setBuddy(m_password);
    layout->addWidget(m_password);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("passwordMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("passwordButtons"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Switch"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    m_password->setFocus();
}

void PasswordDialog::accept()
{
    auto proved = m_check(m_password->text());
    // Never kept in the field, right or wrong: the next person at the desk
    // must not find it there.
    m_password->clear();
    if (!proved) {
        m_message->setText(proved.error().message);
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_user = *proved;
    QDialog::accept();
}

} // namespace redress::ui
