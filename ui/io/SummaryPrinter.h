#pragma once

#include "core/Error.h"

#include <QString>

class QWidget;

namespace redress::ui {

/// Puts a case summary (HTML from core::CaseSummary) on paper or into a PDF.
namespace summary {

/// Writes the summary as a PDF, atomically: a failure leaves no file.
core::Status writePdf(const QString& html, const QString& title, const QString& path);
/// The print preview, from which the person prints.
void preview(QWidget* parent, const QString& html, const QString& title);
/// The print dialog, then the printer.
void print(QWidget* parent, const QString& html, const QString& title);

} // namespace summary
} // namespace redress::ui
