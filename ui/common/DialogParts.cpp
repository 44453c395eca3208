#include "ui/common/DialogParts.h"

#include "core/cases/CaseTypes.h"
#include "core/store/ProductRepository.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace redress::ui {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::ui::CaseFacts)
};

} // namespace

QLabel* errorLabel(const QString& objectName, bool wrap)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    label->setPalette(p);
    label->hide();
    return label;
}

void hideErrors(QLabel* banner, const QHash<QString, QLabel*>& lines)
{
    banner->hide();
    for (QLabel* label : lines)
        label->hide();
}

void showFieldError(const core::Error& error, QLabel* banner, const QHash<QString, QLabel*>& lines,
                    const QHash<QString, QWidget*>& fields)
{
    QLabel* label = lines.value(error.field);
    if (!label) {
        banner->setText(error.message);
        banner->show();
        return;
    }
    label->setText(error.message);
    label->show();
    if (QWidget* field = fields.value(error.field))
        field->setFocus(Qt::OtherFocusReason);
}

CaseFactFields addCaseFactRows(QFormLayout* form, const core::Database& db, QObject* owner,
                               QHash<QString, QLabel*>& errors)
{
    CaseFactFields f;
    f.product = new QLineEdit;
    f.product->setObjectName(QStringLiteral("productEdit"));
    f.product->setAccessibleName(Tr::tr("Product"));
    QStringList productNames;
    if (auto products = core::ProductRepository(db).all()) {
        for (const auto& p : *products)
            productNames << p.name;
    }
    auto* completer = new QCompleter(productNames, owner);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    f.product->setCompleter(completer);
    form->addRow(Tr::tr("P&roduct:"), f.product);
    errors.insert(QStringLiteral("product"), errorLabel(QStringLiteral("productError")));
    form->addRow(QString(), errors.value(QStringLiteral("product")));

    f.channel = new QComboBox;
    f.channel->setObjectName(QStringLiteral("channelCombo"));
    f.channel->setAccessibleName(Tr::tr("Channel"));
    for (core::Channel c : core::allChannels())
        f.channel->addItem(core::labelOf(c), core::keyOf(c));
    form->addRow(Tr::tr("C&hannel:"), f.channel);

    f.description = new QPlainTextEdit;
    f.description->setObjectName(QStringLiteral("descriptionEdit"));
    f.description->setAccessibleName(Tr::tr("What went wrong"));
    // Tab moves on, as in every other field; Enter starts a new line here.
    f.description->setTabChangesFocus(true);
    f.description->setMinimumHeight(f.description->fontMetrics().lineSpacing() * 5);
    form->addRow(Tr::tr("&What went wrong:"), f.description);
    errors.insert(QStringLiteral("description"), errorLabel(QStringLiteral("descriptionError")));
    form->addRow(QString(), errors.value(QStringLiteral("description")));

    f.severity = new QComboBox;
    f.severity->setObjectName(QStringLiteral("severityCombo"));
    f.severity->setAccessibleName(Tr::tr("Severity"));
    for (core::Severity s : core::allSeverities())
        f.severity->addItem(core::labelOf(s), static_cast<int>(s));
    form->addRow(Tr::tr("&Severity:"), f.severity);

    f.impact = new QComboBox;
    f.impact->setObjectName(QStringLiteral("impactCombo"));
    f.impact->setAccessibleName(Tr::tr("Business impact"));
    for (core::BusinessImpact i : core::allImpacts())
        f.impact->addItem(core::labelOf(i), static_cast<int>(i));
    form->addRow(Tr::tr("Business &impact:"), f.impact);
    return f;
}

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
