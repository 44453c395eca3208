#include "ui/io/SummaryPrinter.h"

#include "core/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace redress::ui::summary {

namespace {

// This file's messages, under the context lupdate and the translator share.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(redress::ui::summary)
};

// The page size follows the desk's locale (Letter in the US, A4 elsewhere).
QPageSize localPageSize()
{
    const QLocale::Territory t = QLocale().territory();
    return (t == QLocale::UnitedStates || t == QLocale::Canada) ? QPageSize(QPageSize::Letter)
                                                                : QPageSize(QPageSize::A4);
}

void render(const QString& html, QPagedPaintDevice& device)
{
    QTextDocument document;
    document.setHtml(html);
    document.print(&device);
}

// Kept out of the functions that return a core::Status: lupdate loses this
// file's context inside them.
QString cannotWrite(const QString& path, const QString& why)
{
    return Tr::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
}

} // namespace

core::Status writePdf(const QString& html, const QString& title, const QString& path)
{
    // Private to its owner and written beside the target: a link at `path`
    // is replaced, not written through.
    core::PrivateFile file(path);
    if (auto opened = file.open(); !opened)
        return opened;
    {
        QPdfWriter writer(&file.device());
        writer.setTitle(title);
        writer.setCreator(QStringLiteral("Redress"));
        writer.setPageSize(localPageSize());
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        render(html, writer);
    }
    if (file.device().error() != QFileDevice::NoError)
        return core::fail(core::Error::Code::Io, cannotWrite(path, file.device().errorString()));
    return file.commit();
}

void preview(QWidget* parent, const QString& html, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(localPageSize());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(Tr::tr("Print preview — %1").arg(title));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&html](QPrinter* p) { render(html, *p); });
    dialog.exec();
}

void print(QWidget* parent, const QString& html, const QString& title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    printer.setPageSize(localPageSize());
    QPrintDialog dialog(&printer, parent);
    if (dialog.exec() == QDialog::Accepted)
        render(html, printer);
}

} // namespace redress::ui::summary
