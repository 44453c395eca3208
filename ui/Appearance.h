#pragma once

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
/// The scheme in effect: true when windows are dark, whoever chose it.
bool isDark();

} // namespace appearance

} // namespace redress::ui
