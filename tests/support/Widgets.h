#pragma once

// Finding a dialog's or window's parts by object name, and typing into the
// focused widget as a person at the keyboard would, in widget tests.

#include <catch2/catch.hpp>

#include <QApplication>
#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

namespace redress::test {

/// The child of `parent` named `name`; the test fails, naming it, when absent.
template <typename W> W* child(const QObject* parent, const QString& name)
{
    W* w = parent->findChild<W*>(name);
    INFO(name.toStdString());
    REQUIRE(w != nullptr);
    return w;
}

template <typename W> W* child(const QObject* parent, const char* name)
{
    return child<W>(parent, QString::fromLatin1(name));
}

/// The widget with the keyboard focus; the test fails when none has it.
inline QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

/// A key pressed and released on the focused widget.
inline void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), static_cast<Qt::Key>(key), modifiers);
}

/// Text typed into the focused widget, key by key.
inline void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}

/// The intake form filled by keys from its first field, in tab order: Ada
/// Lovelace of Analytical Engines Ltd on a Vacuum pump VP-200 by email, the
/// pump failing in surgery, severity Critical. Focus stays on severity.
inline void typeIntakeByKeyboard()
{
    type(QStringLiteral("Ada Lovelace"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Analytical Engines Ltd"));
    press(Qt::Key_Tab);
    type(QStringLiteral("Vacuum pump VP-200"));
    press(Qt::Key_Tab);
    press(Qt::Key_Down); // channel: Phone → Email
    press(Qt::Key_Tab);
    type(QStringLiteral("The pump failed during surgery and we had to send patients home."));
    press(Qt::Key_Tab);
    press(Qt::Key_End); // severity: Critical
}

} // namespace redress::test
