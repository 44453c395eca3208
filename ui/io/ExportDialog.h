#pragma once

#include "core/io/CaseExporter.h"
#include "core/store/Database.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace redress::ui {

/// Exports what the case list shows — its filter, search and sort — as CSV,
/// with the columns chosen here. The choice is remembered for next time.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(core::Database db, core::CaseListQuery query, qint64 rows, QWidget* parent = nullptr);

    core::ExportOptions options() const;
    QString target() const;
    void setTarget(const QString& path);
    /// How many cases the last export wrote (-1 before one succeeded).
    qint64 written() const { return m_written; }

    void accept() override;

private:
    void browse();
    void moveCurrent(int by);
    void resetColumns();
    void fillColumns(const QStringList& chosen);
    void remember() const;

    core::Database m_db;
    core::CaseListQuery m_query;
    QListWidget* m_columns = nullptr;
    QComboBox* m_separator = nullptr;
    QCheckBox* m_bom = nullptr;
    QLineEdit* m_path = nullptr;
    QLabel* m_error = nullptr;
    qint64 m_written = -1;
};

} // namespace redress::ui
