#include "ui/common/MessageBox.h"

#include <QFileDialog>
#include <QInputDialog>

namespace redress::ui {

namespace {
QList<QMessageBox::StandardButton>& answers()
{
    static QList<QMessageBox::StandardButton> queue;
    return queue;
}

QList<int>& choices()
{
    static QList<int> queue;
    return queue;
}

QStringList& fileNames()
{
    static QStringList queue;
    return queue;
}
} // namespace

QStringList& MessageBox::shown()
{
    static QStringList texts;
    return texts;
}

void MessageBox::setNextAnswers(const QList<QMessageBox::StandardButton>& next)
{
    answers() = next;
}

void MessageBox::setNextChoices(const QList<int>& next)
{
    choices() = next;
}

void MessageBox::setNextFileNames(const QStringList& paths)
{
    fileNames() = paths;
}

QString MessageBox::saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                 const QString& filter)
{
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString MessageBox::openFileName(QWidget* parent, const QString& title, const QString& folder,
                                 const QString& filter)
{
    if (!fileNames().isEmpty())
        return fileNames().takeFirst();
    return QFileDialog::getOpenFileName(parent, title, folder, filter);
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    shown() << text;
    if (!answers().isEmpty())
        return answers().takeFirst();
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    shown() << text;
    if (!answers().isEmpty()) {
        answers().takeFirst();
        return;
    }
    QMessageBox::critical(parent, title, text);
}

std::optional<int> MessageBox::choose(QWidget* parent, const QString& title, const QString& label,
                                      const QStringList& items, int current)
{
    shown() << label;
    if (!choices().isEmpty()) {
        const int choice = choices().takeFirst();
        if (choice < 0 || choice >= items.size())
            return std::nullopt;
        return choice;
    }
    bool ok = false;
    const QString picked = QInputDialog::getItem(parent, title, label, items, current, false, &ok);
    if (!ok)
        return std::nullopt;
    return static_cast<int>(items.indexOf(picked));
}

} // namespace redress::ui
