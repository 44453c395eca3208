#include "ui/io/ExportDialog.h"

#include "core/io/ExportColumns.h"
#include "ui/common/Config.h"
#include "ui/common/ProgressTask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace redress::ui {

ExportDialog::ExportDialog(core::Database db, core::CaseListQuery query, qint64 rows, QWidget* parent)
    : QDialog(parent), m_db(std::move(db)), m_query(std::move(query))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export cases to CSV"));
    auto* layout = new QVBoxLayout(this);

    auto* what = new QLabel(
        rows == 1
            ? tr("Exports the one case the list shows.")
            : tr("Exports the %1 cases the list shows, in the list's order.").arg(QLocale().toString(rows)));
    what->setWordWrap(true);
    layout->addWidget(what);

    auto* columnsLabel = new QLabel(tr("&Columns (tick to include; Alt+Up and Alt+Down reorder):"));
    layout->addWidget(columnsLabel);
    auto* columnsRow = new QHBoxLayout;
    m_columns = new QListWidget;
    m_columns->setObjectName(QStringLiteral("exportColumns"));
    m_columns->setAccessibleName(tr("Columns to export"));
    m_columns->setDragDropMode(QAbstractItemView::InternalMove);
    columnsLabel->setBuddy(m_columns);
    columnsRow->addWidget(m_columns, 1);
    auto* buttons = new QVBoxLayout;
    auto* up = new QPushButton(tr("Move &up"));
    auto* down = new QPushButton(tr("Move &down"));
    auto* defaults = new QPushButton(tr("Defaul&ts"));
    connect(up, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(down, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(defaults, &QPushButton::clicked, this, &ExportDialog::resetColumns);
    // Return belongs to Export, whichever of these had focus last.
    for (QPushButton* b : {up, down, defaults})
        b->setAutoDefault(false);
    buttons->addWidget(up);
    buttons->addWidget(down);
    buttons->addWidget(defaults);
    buttons->addStretch();
    columnsRow->addLayout(buttons);
    layout->addLayout(columnsRow, 1);
    auto* moveUp = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Up), m_columns);
    auto* moveDown = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Down), m_columns);
    connect(moveUp, &QShortcut::activated, this, [this] { moveCurrent(-1); });
    connect(moveDown, &QShortcut::activated, this, [this] { moveCurrent(1); });

    auto* form = new QFormLayout;
    m_separator = new QComboBox;
    m_separator->setObjectName(QStringLiteral("exportSeparator"));
    m_separator->addItem(tr("Comma (,)"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon (;) — for spreadsheets set to a decimal comma"), QStringLiteral(";"));
    form->addRow(tr("&Separator:"), m_separator);
    m_bom = new QCheckBox(tr("Start with a byte-order &mark, so Excel reads UTF-8 correctly"));
    m_bom->setObjectName(QStringLiteral("exportBom"));
    form->addRow(QString(), m_bom);
    auto* fileRow = new QHBoxLayout;
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File to write"));
    auto* browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setAutoDefault(false);
    connect(browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    form->addRow(tr("&File:"), fileRow);
    qobject_cast<QLabel*>(form->labelForField(fileRow))->setBuddy(m_path);
    layout->addLayout(form);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("exportError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Cancel);
    QPushButton* exportButton = box->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    box->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    connect(box, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    layout->addWidget(box);
    // Only once the box is in the dialog does the dialog learn its default.
    exportButton->setDefault(true);

    fillColumns(Config::strings(Config::Key::ExportColumns));
    m_separator->setCurrentIndex(
        std::max(0, m_separator->findData(Config::value(Config::Key::ExportSeparator))));
    m_bom->setChecked(Config::boolean(Config::Key::ExportByteOrderMark));
    QString folder = Config::string(Config::Key::ExportFolder);
    if (!QDir(folder).exists())
        folder = QDir::homePath();
    const QString name = tr("cases-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate));
    m_path->setText(QDir::toNativeSeparators(QDir(folder).filePath(name)));
    resize(560, 520);
    m_columns->setFocus();
}

void ExportDialog::fillColumns(const QStringList& chosen)
{
    m_columns->clear();
    const QList<core::ExportColumn> all = core::exportColumns();
    auto add = [this](const core::ExportColumn& c, bool checked) {
        auto* item = new QListWidgetItem(c.label, m_columns);
        item->setData(Qt::UserRole, c.key);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    };
    // The chosen ones first, in their order; then the rest as offered.
    for (const QString& key : chosen) {
        if (auto c = core::exportColumn(key))
            add(*c, true);
    }
    for (const core::ExportColumn& c : all) {
        if (!chosen.contains(c.key))
            add(c, false);
    }
    m_columns->setCurrentRow(0);
}

void ExportDialog::resetColumns()
{
    fillColumns(core::defaultExportColumnKeys());
}

void ExportDialog::moveCurrent(int by)
{
    const int row = m_columns->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_columns->count())
        return;
    QListWidgetItem* item = m_columns->takeItem(row);
    m_columns->insertItem(to, item);
    m_columns->setCurrentRow(to);
}

void ExportDialog::browse()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export cases to"), m_path->text(), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_path->setText(QDir::toNativeSeparators(path));
}

core::ExportOptions ExportDialog::options() const
{
    core::ExportOptions options;
    options.query = m_query;
    for (int i = 0; i < m_columns->count(); ++i) {
        if (m_columns->item(i)->checkState() == Qt::Checked)
            options.columns << m_columns->item(i)->data(Qt::UserRole).toString();
    }
    options.separator = m_separator->currentData().toString().at(0);
    options.byteOrderMark = m_bom->isChecked();
    return options;
}

QString ExportDialog::target() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

void ExportDialog::setTarget(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ExportDialog::remember() const
{
    const core::ExportOptions o = options();
    Config::set(Config::Key::ExportColumns, o.columns);
    Config::set(Config::Key::ExportSeparator, QString(o.separator));
    Config::set(Config::Key::ExportByteOrderMark, o.byteOrderMark);
    Config::set(Config::Key::ExportFolder, QFileInfo(target()).absolutePath());
}

void ExportDialog::accept()
{
    m_error->hide();
    const core::ExportOptions o = options();
    QString problem;
    if (o.columns.isEmpty())
        problem = tr("Tick at least one column.");
    else if (target().isEmpty())
        problem = tr("Name the file to write.");
    if (!problem.isEmpty()) {
        m_error->setText(problem);
        m_error->show();
        return;
    }
    core::Result<qint64> result = std::unexpected(core::Error::make(core::Error::Code::Cancelled, {}));
    const QString path = target();
    runWithProgress(this, tr("Exporting cases to %1…").arg(QFileInfo(path).fileName()), [&](TaskProgress& p) {
        result = core::CaseExporter(m_db).writeFile(
            o, path, [&](qint64 done, qint64 total) { return p.report(done, total); });
        m_db.releaseThreadConnection();
    });
    if (!result) {
        if (result.error().code == core::Error::Code::Cancelled)
            m_error->setText(tr("Export cancelled; no file was written."));
        else
            m_error->setText(result.error().message);
        m_error->show();
        return;
    }
    m_written = *result;
    remember();
    QDialog::accept();
}

} // namespace redress::ui
