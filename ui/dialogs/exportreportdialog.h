// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/reportexporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// File > Export Report: which report, of which record, in which format,
/// language and page size; exports with progress or opens a print preview.
class ExportReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportReportDialog(PlanDocument *document, QWidget *parent = nullptr);

    report::ReportRequest request() const;
    /// Asks for a file name and writes the report; returns whether it was written.
    bool exportReport();
    /// Shows the report in a print preview, from which it can be printed.
    void printPreview();

Q_SIGNALS:
    void exported(const QString &path);

private:
    void fillRecords();
    void updateState();

    PlanDocument *m_document;
    QComboBox *m_kind = nullptr;
    QComboBox *m_record = nullptr;
    QComboBox *m_format = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_pageSize = nullptr;
    QLabel *m_recordNote = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_previewButton = nullptr;
};

} // namespace fallback::ui
