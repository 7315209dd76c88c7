// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/exportreportdialog.h"

#include "content/plancontentreader.h"
#include "dialogs/dialoghooks.h"
#include "dialogs/reportpreview.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "plan/translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

namespace fallback::ui {

using report::ReportExporter;
using report::ReportFormat;
using report::ReportKind;

ExportReportDialog::ExportReportDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Export Report"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_kind->addItem(tr("Emergency plan"), int(ReportKind::Plan));
    m_kind->addItem(tr("Post-incident review"), int(ReportKind::Review));
    m_kind->addItem(tr("Contact roster and call tree"), int(ReportKind::Roster));
    m_kind->addItem(tr("Upgrade checklist for paper"), int(ReportKind::Checklist));
    m_kind->addItem(tr("Drill report"), int(ReportKind::Drill));
    m_kind->addItem(tr("Communications plan"), int(ReportKind::Communications));
    m_kind->addItem(tr("Role cards"), int(ReportKind::RoleCards));
    m_kind->addItem(tr("Duty roster"), int(ReportKind::DutyRoster));
    m_record = new QComboBox(this);
    m_record->setObjectName(QStringLiteral("recordCombo"));
    m_recordNote = new QLabel(this);
    m_recordNote->setEnabled(false);
    m_format = new QComboBox(this);
    m_format->setObjectName(QStringLiteral("formatCombo"));
    m_format->addItem(tr("PDF"), int(ReportFormat::Pdf));
    m_format->addItem(tr("HTML (one self-contained file)"), int(ReportFormat::Html));
    m_format->addItem(tr("OpenDocument text (LibreOffice, WPS)"), int(ReportFormat::Odt));
    m_format->addItem(tr("Word document (Word, WPS)"), int(ReportFormat::Docx));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(m_language->findData(Translations::preferredLanguage()));
    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("pageSizeCombo"));
    m_pageSize->addItem(tr("A4"), int(QPageSize::A4));
    m_pageSize->addItem(tr("Letter"), int(QPageSize::Letter));

    auto *form = new QFormLayout;
    form->addRow(tr("&Report:"), m_kind);
    form->addRow(tr("Re&cord:"), m_record);
    form->addRow(QString(), m_recordNote);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Page size:"), m_pageSize);

    // Added in the order they stand, which is the order Tab takes. With Close
    // made first and the others added after it, Tab went round Export and
    // Close only, and the keyboard could not get back to the fields.
    auto *buttons = new QDialogButtonBox(this);
    m_previewButton = buttons->addButton(tr("Print Pre&view..."), QDialogButtonBox::ActionRole);
    m_exportButton = buttons->addButton(tr("&Export..."), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true); // Enter exports
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        if (exportReport()) {
            accept();
        }
    });
    connect(m_previewButton, &QPushButton::clicked, this, &ExportReportDialog::printPreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportReportDialog::fillRecords);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportReportDialog::updateState);
    fillRecords();
}

void ExportReportDialog::fillRecords()
{
    m_record->clear();
    const PlanContentReader reader(m_document->database());
    switch (ReportKind(m_kind->currentData().toInt())) {
    case ReportKind::Plan:
    case ReportKind::Roster:
    case ReportKind::Communications:
    case ReportKind::RoleCards:
        break;
    case ReportKind::Review:
        for (const auto &[id, title] : reader.reviewTitles()) {
            m_record->addItem(title.isEmpty() ? tr("Review %1").arg(id) : title, id);
        }
        break;
    case ReportKind::DutyRoster:
        for (const auto &[id, name] : reader.upgradeNames()) {
            m_record->addItem(name.isEmpty() ? tr("Upgrade %1").arg(id) : name, id);
        }
        break;
    case ReportKind::Checklist:
        // Names only: loading every upgrade's checklist to fill a combo box would be wasted.
        for (const auto &[id, name] : reader.upgradeNames()) {
            m_record->addItem(name.isEmpty() ? tr("Upgrade %1").arg(id) : name, id);
        }
        if (m_record->count() == 0 && reader.latestId(QStringLiteral("checklist_template"))) {
            // No upgrade yet: the report prints the templates blank (no id).
            m_record->addItem(tr("The checklist templates, blank, to fill in by hand"));
        }
        break;
    case ReportKind::Drill: {
        QList<content::Drill> drills = reader.drills();
        std::reverse(drills.begin(), drills.end());
        for (const content::Drill &drill : drills) {
            m_record->addItem(QStringLiteral("%1 — %2").arg(drill.scheduledOn,
                                  Vocabulary::label(Vocabulary::Kind::DrillScenario, drill.scenario)),
                drill.id);
        }
        break;
    }
    }
    updateState();
}

void ExportReportDialog::updateState()
{
    const auto kind = ReportKind(m_kind->currentData().toInt());
    const bool needsRecord = kind != ReportKind::Plan && kind != ReportKind::Roster
        && kind != ReportKind::Communications && kind != ReportKind::RoleCards;
    m_record->setEnabled(needsRecord && m_record->count() > 0);
    m_recordNote->setVisible(needsRecord && m_record->count() == 0);
    m_recordNote->setText(tr("The plan holds nothing of this kind yet."));
    const bool possible = !needsRecord || m_record->count() > 0;
    m_exportButton->setEnabled(possible);
    m_previewButton->setEnabled(possible);
    // Every format but HTML has pages.
    m_pageSize->setEnabled(ReportFormat(m_format->currentData().toInt()) != ReportFormat::Html);
}

report::ReportRequest ExportReportDialog::request() const
{
    report::ReportRequest request;
    request.kind = ReportKind(m_kind->currentData().toInt());
    request.format = ReportFormat(m_format->currentData().toInt());
    request.language = m_language->currentData().toString();
    request.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    if (m_record->isEnabled() && m_record->currentData().isValid()) {
        request.id = m_record->currentData().toLongLong();
    }
    return request;
}

bool ExportReportDialog::exportReport()
{
    const report::ReportRequest request = this->request();
    const QString suffix = ReportExporter::suffix(request.format);
    const QFileInfo plan(m_document->path());
    // In the folder last saved to: the default plan's own folder is hidden from the user.
    const QString suggestion = plan.completeBaseName() + QLatin1Char('-')
        + ReportExporter::kindNames().at(int(request.kind)) + QLatin1Char('.') + suffix;
    QString path = DialogHooks::saveFileName(
        this, tr("Export Report"), suggestion, tr("%1 files (*.%2)").arg(suffix.toUpper(), suffix));
    if (path.isEmpty()) {
        return false;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += QLatin1Char('.') + suffix;
    }
    if (PlanFile::isSameFile(path, m_document->path())) {
        DialogHooks::warning(this, tr("Report not exported"), tr("The report would overwrite the plan itself."));
        return false;
    }
    QProgressDialog progress(tr("Writing the report..."), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    const QString error = ReportExporter::exportToFile(m_document->database(), request, path, [&progress](int percent) {
        progress.setValue(percent);
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.setValue(100);
    if (!error.isEmpty()) {
        DialogHooks::warning(this, tr("Report not exported"), error);
        return false;
    }
    Q_EMIT exported(path);
    return true;
}

void ExportReportDialog::printPreview()
{
    ReportPreview::show(this, m_document, request());
}

} // namespace fallback::ui
