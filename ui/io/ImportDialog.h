#pragma once

#include "core/io/CaseImporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;
class QTableWidget;

namespace redress::ui {

class Session;

/// Brings cases in from a spreadsheet or another help desk: choose a file,
/// check how its columns map and what the first rows look like, choose what
/// happens to bad rows, import. The outcome stays on screen, row by row.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const Session& session, QWidget* parent = nullptr);

    /// Reads the file's header and first rows and guesses the mapping.
    bool load(const QString& path);
    core::ImportOptions options() const;
    /// Reads an import profile (the CLI's --profile): its columns set the
    /// mapping, its constants, dates, values and key go with the import.
    bool loadProfile(const QString& path);
    /// Writes the mapping on screen, with the loaded profile's constants,
    /// dates, values and key, as a profile for next time.
    bool saveProfile(const QString& path);
    void setAllOrNothing(bool on);
    /// Runs the import; the report, or nullopt when it failed or was cancelled.
    std::optional<core::ImportReport> runImport();
    const std::optional<core::ImportReport>& report() const { return m_report; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    /// Cases were added; the list should refresh.
    void imported(qint64 cases);

private:
    void browse();
    /// The mapping table for the file's columns, guessed for the chosen kind.
    void fillMapping();
    void showOutcome(const QString& text, bool failed);

    const Session& m_session;
    QString m_file;
    QStringList m_header;
    QStringList m_firstRow;
    QLineEdit* m_path = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_kind = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QRadioButton* m_allOrNothing = nullptr;
    QRadioButton* m_goodRows = nullptr;
    QLineEdit* m_rejects = nullptr;
    QPlainTextEdit* m_outcome = nullptr;
    QPushButton* m_import = nullptr;
    QCheckBox* m_createUsers = nullptr;
    QLabel* m_profileLabel = nullptr;
    core::ImportProfile m_profile;
    std::optional<core::ImportReport> m_report;
};

} // namespace redress::ui
