#pragma once

#include <QMessageBox>
#include <QStringList>

#include <optional>

namespace redress::ui {

/// The one way the UI asks a blocking question. Tests queue answers with
/// setNextAnswers() so no dialog ever waits for a click that cannot come.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    /// Picks one of `items`; nullopt when cancelled.
    static std::optional<int> choose(QWidget* parent, const QString& title, const QString& label,
                                     const QStringList& items, int current = 0);

    /// A file to write or to read; empty when cancelled.
    static QString saveFileName(QWidget* parent, const QString& title, const QString& suggested,
                                const QString& filter);
    static QString openFileName(QWidget* parent, const QString& title, const QString& folder,
                                const QString& filter);

    /// Answers for the next questions, in order (tests only).
    static void setNextAnswers(const QList<QMessageBox::StandardButton>& answers);
    /// Choices for the next choose() calls, -1 for cancel (tests only).
    static void setNextChoices(const QList<int>& choices);
    /// Paths for the next file choices, empty for cancel (tests only).
    static void setNextFileNames(const QStringList& paths);
    /// The texts of the questions and errors shown so far (tests only).
    static QStringList& shown();
};

} // namespace redress::ui
