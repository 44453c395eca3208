#pragma once

#include "ui/common/Config.h"

#include <QApplication>
#include <QPalette>
#include <QString>

namespace redress::ui {

/// How Redress looks, as Settings › Appearance stores it
/// (Config::Key::ColorScheme and Config::Key::Language).
namespace appearance {

inline const QString colorSchemeKey = Config::name(Config::Key::ColorScheme);
inline const QString languageKey = Config::name(Config::Key::Language);

/// "" follows the desktop; "light" and "dark" choose. Applied at once to
/// every window; an unknown value follows the desktop.
void applyColorScheme(const QString& scheme);
/// True when `palette` draws light text on dark windows, whoever chose it
/// (Redress, the desktop or a test): derived colours follow it.
bool isDark(const QPalette& palette = QApplication::palette());

} // namespace appearance

} // namespace redress::ui
