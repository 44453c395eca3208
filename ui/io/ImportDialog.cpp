#include "ui/io/ImportDialog.h"

#include "ui/common/ProgressTask.h"
#include "ui/common/Session.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace redress::ui {

ImportDialog::ImportDialog(const Session& session, QWidget* parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import cases from CSV"));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    auto* fileLabel = new QLabel(tr("&File:"));
    m_path = new QLineEdit;
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setAccessibleName(tr("File to import"));
    fileLabel->setBuddy(m_path);
    auto* browseButton = new QPushButton(tr("&Browse…"));
    browseButton->setAutoDefault(false);
    connect(browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    // Return in the path loads the file; it must not also press Import.
    m_path->installEventFilter(this);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_path, 1);
    fileRow->addWidget(browseButton);
    layout->addLayout(fileRow);

    m_summary = new QLabel(tr("Choose a UTF-8 CSV file: a header row, then one case (or customer) per row."));
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* kindRow = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("Each &row is:"));
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("importKind"));
    m_kind->addItem(tr("a case (its customer is found or added)"), static_cast<int>(core::ImportKind::Cases));
    m_kind->addItem(tr("a customer (added, or updated when already known)"),
                    static_cast<int>(core::ImportKind::Customers));
    kindLabel->setBuddy(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ImportDialog::fillMapping);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind, 1);
    layout->addLayout(kindRow);

    // A profile says once how another system's files map (issue 22).
    auto* profileRow = new QHBoxLayout;
    m_profileLabel = new QLabel(tr("No import profile: columns guessed from their names."));
    m_profileLabel->setObjectName(QStringLiteral("importProfile"));
    m_profileLabel->setWordWrap(true);
    auto* loadProfileButton = new QPushButton(tr("&Load profile…"));
    loadProfileButton->setAutoDefault(false);
    connect(loadProfileButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load import profile"), QString(),
                                                          tr("Import profiles (*.json);;All files (*)"));
        if (!path.isEmpty())
            loadProfile(path);
    });
    auto* saveProfileButton = new QPushButton(tr("&Save profile…"));
    saveProfileButton->setAutoDefault(false);
    connect(saveProfileButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save import profile"), QString(),
                                                          tr("Import profiles (*.json)"));
        if (!path.isEmpty())
            saveProfile(path);
    });
    profileRow->addWidget(m_profileLabel, 1);
    profileRow->addWidget(loadProfileButton);
    profileRow->addWidget(saveProfileButton);
    layout->addLayout(profileRow);

    auto* mappingLabel = new QLabel(tr("&Columns and what they import as:"));
    layout->addWidget(mappingLabel);
    m_mapping = new QTableWidget(0, 3);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imports as")});
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mappingLabel->setBuddy(m_mapping);
    layout->addWidget(m_mapping, 2);

    auto* previewLabel = new QLabel(tr("First ro&ws:"));
    layout->addWidget(previewLabel);
    m_preview = new QTableWidget;
    m_preview->setObjectName(QStringLiteral("importPreview"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(m_preview, 2);

    auto* modeBox = new QGroupBox(tr("When a row is bad"));
    auto* mode = new QFormLayout(modeBox);
    m_allOrNothing = new QRadioButton(tr("Import &nothing unless every row is good"));
    m_allOrNothing->setObjectName(QStringLiteral("importAllOrNothing"));
    m_goodRows = new QRadioButton(tr("Import the &good rows; save the rejected ones to:"));
    m_goodRows->setObjectName(QStringLiteral("importGoodRows"));
    m_rejects = new QLineEdit;
    m_rejects->setObjectName(QStringLiteral("importRejects"));
    m_rejects->setAccessibleName(tr("File for rejected rows"));
    m_allOrNothing->setChecked(true);
    m_rejects->setEnabled(false);
    connect(m_goodRows, &QRadioButton::toggled, m_rejects, &QLineEdit::setEnabled);
    mode->addRow(m_allOrNothing);
    mode->addRow(m_goodRows);
    mode->addRow(m_rejects);
    layout->addWidget(modeBox);

    // Off by default: a typo in an owner's name must not make an account.
    m_createUsers = new QCheckBox(tr("&Add a rep for each owner nobody here is called"));
    m_createUsers->setObjectName(QStringLiteral("importCreateUsers"));
    layout->addWidget(m_createUsers);

    m_outcome = new QPlainTextEdit;
    m_outcome->setObjectName(QStringLiteral("importOutcome"));
    m_outcome->setAccessibleName(tr("Import outcome"));
    m_outcome->setReadOnly(true);
    m_outcome->hide();
    layout->addWidget(m_outcome, 1);

    auto* box = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import = box->addButton(tr("&Import"), QDialogButtonBox::ActionRole);
    box->button(QDialogButtonBox::Close)->setAutoDefault(false);
    m_import->setEnabled(false);
    connect(m_import, &QPushButton::clicked, this, [this] { runImport(); });
    connect(box, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    layout->addWidget(box);
    m_import->setDefault(true);
    resize(760, 640);
}

bool ImportDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_path && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            load(QDir::fromNativeSeparators(m_path->text().trimmed()));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void ImportDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import cases from"), m_path->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        load(path);
}

bool ImportDialog::load(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
    m_mapping->setRowCount(0);
    m_preview->clear();
    m_preview->setRowCount(0);
    m_preview->setColumnCount(0);
    m_outcome->hide();
    m_report.reset();
    auto preview = core::CaseImporter::preview(path);
    if (!preview) {
        m_file.clear();
        m_import->setEnabled(false);
        showOutcome(preview.error().message, true);
        m_summary->setText(tr("This file cannot be imported."));
        return false;
    }
    m_file = path;
    const QString separator =
        preview->separator == QLatin1Char('\t') ? tr("tab") : QStringLiteral("'%1'").arg(preview->separator);
    m_summary->setText(tr("%1 columns separated by %2; %3.")
                           .arg(preview->header.size())
                           .arg(separator, QLocale().formattedDataSize(preview->bytes)));

    m_header = preview->header;
    m_firstRow = preview->rows.isEmpty() ? QStringList() : preview->rows.first();
    {
        // Guessing the kind re-guesses the mapping once, below, not twice.
        const QSignalBlocker quiet(m_kind);
        m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(core::CaseImporter::guessKind(m_header))));
    }
    fillMapping();

    m_preview->setColumnCount(static_cast<int>(preview->header.size()));
    m_preview->setHorizontalHeaderLabels(preview->header);
    m_preview->setRowCount(static_cast<int>(preview->rows.size()));
    for (int row = 0; row < preview->rows.size(); ++row) {
        const QStringList& fields = preview->rows.at(row);
        for (int column = 0; column < fields.size() && column < preview->header.size(); ++column)
            m_preview->setItem(row, column, new QTableWidgetItem(fields.at(column).left(200)));
    }
    const QFileInfo info(path);
    m_rejects->setText(
        QDir::toNativeSeparators(info.absoluteDir().filePath(info.completeBaseName() + tr("-rejected.csv"))));
    m_import->setEnabled(true);
    return true;
}

void ImportDialog::fillMapping()
{
    const auto kind = static_cast<core::ImportKind>(m_kind->currentData().toInt());
    const core::ImportMapping guessed = core::CaseImporter::mappingFor(m_header, m_profile, kind);
    m_mapping->setRowCount(static_cast<int>(m_header.size()));
    for (int column = 0; column < m_header.size(); ++column) {
        m_mapping->setItem(column, 0, new QTableWidgetItem(m_header.at(column)));
        const QString first = column < m_firstRow.size() ? m_firstRow.at(column) : QString();
        m_mapping->setItem(column, 1, new QTableWidgetItem(first.left(80)));
        auto* field = new QComboBox;
        field->setAccessibleName(tr("Import column %1 as").arg(m_header.at(column)));
        field->addItem(tr("(don't import)"));
        // A customer file offers only what a customer has.
        for (core::ImportField f : core::allImportFields()) {
            if (kind == core::ImportKind::Cases || core::isCustomerField(f))
                field->addItem(core::labelOf(f), core::keyOf(f));
        }
        if (column < guessed.size() && guessed.at(column))
            field->setCurrentIndex(field->findData(core::keyOf(*guessed.at(column))));
        m_mapping->setCellWidget(column, 2, field);
    }
}

core::ImportOptions ImportDialog::options() const
{
    core::ImportOptions options;
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto* field = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        options.mapping << (field ? core::importFieldFromKey(field->currentData().toString()) : std::nullopt);
    }
    options.kind = static_cast<core::ImportKind>(m_kind->currentData().toInt());
    options.profile = m_profile;
    options.createUsers = m_createUsers->isChecked();
    options.allOrNothing = m_allOrNothing->isChecked();
    if (!options.allOrNothing)
        options.rejectsPath = QDir::fromNativeSeparators(m_rejects->text().trimmed());
    return options;
}

bool ImportDialog::loadProfile(const QString& path)
{
    auto loaded = core::ImportProfile::load(path);
    if (!loaded) {
        showOutcome(loaded.error().message, true);
        return false;
    }
    m_profile = *loaded;
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(path)));
    fillMapping();
    return true;
}

bool ImportDialog::saveProfile(const QString& path)
{
    core::ImportProfile profile = m_profile;
    profile.columns.clear();
    for (int row = 0; row < m_mapping->rowCount() && row < m_header.size(); ++row) {
        const auto* field = qobject_cast<QComboBox*>(m_mapping->cellWidget(row, 2));
        const QString key = field ? field->currentData().toString() : QString();
        profile.columns << std::pair(m_header.at(row), key.isEmpty() ? std::optional<QString>() : key);
    }
    if (auto ok = profile.save(path); !ok) {
        showOutcome(ok.error().message, true);
        return false;
    }
    m_profile = profile;
    m_profileLabel->setText(tr("Profile: %1").arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportDialog::setAllOrNothing(bool on)
{
    (on ? m_allOrNothing : m_goodRows)->setChecked(true);
}

void ImportDialog::showOutcome(const QString& text, bool failed)
{
    m_outcome->setPlainText(text);
    m_outcome->setStyleSheet(failed ? QStringLiteral("color: #b00020;") : QString());
    m_outcome->show();
}

std::optional<core::ImportReport> ImportDialog::runImport()
{
    if (m_file.isEmpty())
        return std::nullopt;
    const core::ImportOptions o = options();
    core::Result<core::ImportReport> result =
        std::unexpected(core::Error::make(core::Error::Code::Cancelled, {}));
    runWithProgress(this, tr("Importing %1…").arg(QFileInfo(m_file).fileName()), [&](TaskProgress& p) {
        result = core::CaseImporter(m_session.db(), m_session.user())
                     .run(m_file, o, [&](qint64 done, qint64 total) { return p.report(done, total); });
        m_session.db().releaseThreadConnection();
    });
    if (!result) {
        showOutcome(result.error().code == core::Error::Code::Cancelled
                        ? tr("Import cancelled; nothing was imported.")
                        : result.error().message,
                    true);
        return std::nullopt;
    }
    m_report = *result;
    const QLocale locale;
    QStringList lines;
    if (o.allOrNothing && result->rejected > 0)
        lines << tr("Nothing was imported. Bad rows: %1. Correct them, or choose to import the good rows.")
                     .arg(locale.toString(result->rejected));
    else if (o.kind == core::ImportKind::Customers)
        lines << tr("Customers added: %1; updated: %2.")
                     .arg(locale.toString(result->customersCreated),
                          locale.toString(result->customersUpdated));
    else
        lines << tr("Cases imported: %1; already here and unchanged: %2; refreshed: %3.")
                     .arg(locale.toString(result->imported), locale.toString(result->unchanged),
                          locale.toString(result->updated));
    if (result->rejected > 0 && !result->rejectsPath.isEmpty())
        lines << tr("Rows rejected: %1, saved to %2.")
                     .arg(locale.toString(result->rejected), QDir::toNativeSeparators(result->rejectsPath));
    if (o.kind == core::ImportKind::Cases && (result->customersCreated > 0 || result->productsCreated > 0))
        lines << tr("New customers: %1; new products: %2.")
                     .arg(locale.toString(result->customersCreated),
                          locale.toString(result->productsCreated));
    if (!result->usersCreated.isEmpty())
        lines << tr("New users (as reps): %1.").arg(result->usersCreated.join(QStringLiteral(", ")));
    for (const core::RowProblem& problem : result->problems) {
        lines << (problem.column.isEmpty()
                      ? tr("Line %1: %2").arg(problem.line).arg(problem.reason)
                      : tr("Line %1, %2: %3").arg(problem.line).arg(problem.column, problem.reason));
    }
    if (result->rejected > result->problems.size())
        lines << tr("… and %1 more.").arg(locale.toString(result->rejected - result->problems.size()));
    showOutcome(lines.join(QLatin1Char('\n')), result->imported == 0 && result->rejected > 0);
    if (result->imported > 0 || result->updated > 0) {
        m_import->setEnabled(false);
        Q_EMIT imported(result->imported + result->updated);
    }
    return m_report;
}

} // namespace redress::ui
