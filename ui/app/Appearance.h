#pragma once

#include <QApplication>
#include <QPalette>
#include <QString>

namespace redress::ui {

/// How Redress looks, as Settings › Appearance stores it (QSettings keys
/// "appearance/colorScheme" and "appearance/language").
namespace appearance {

inline const QString colorSchemeKey = QStringLiteral("appearance/colorScheme");
inline const QString languageKey = QStringLiteral("appearance/language");

/// "" follows the desktop; "light" and "dark" choose. Applied at once to
/// every window; an unknown value follows the desktop.
void applyColorScheme(const QString& scheme);
/// True when `palette` draws light text on dark windows, whoever chose it
/// (Redress, the desktop or a test): derived colours follow it.
bool isDark(const QPalette& palette = QApplication::palette());

} // namespace appearance

} // namespace redress::ui
