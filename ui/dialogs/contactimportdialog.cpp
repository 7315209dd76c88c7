// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/contactimportdialog.h"

#include "dialogs/dialoghooks.h"
#include "document/plandocument.h"
#include "interchange/contactexport.h"
#include "plan/translations.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {

// Enough rows to judge the mapping by; the import itself takes every row.
constexpr int MaxPreviewRows = 500;
constexpr int MappingRow = 0;

QString separatorName(QChar separator)
{
    if (separator == QLatin1Char('\t')) {
        return ContactImportDialog::tr("tab");
    }
    if (separator == QLatin1Char(';')) {
        return ContactImportDialog::tr("semicolon");
    }
    return ContactImportDialog::tr("comma");
}

} // namespace

ContactImportDialog::ContactImportDialog(PlanDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("contactImportDialog"));
    m_fileLabel = new QLabel(this);
    m_fileLabel->setObjectName(QStringLiteral("fileLabel"));
    m_fileLabel->setTextFormat(Qt::PlainText);
    m_hintLabel = new QLabel(this);
    m_hintLabel->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setWordWrap(false);
    m_preview->horizontalHeader()->setDefaultSectionSize(130);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel = new QLabel(this);
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("issueList"));
    m_issues->setMaximumHeight(120);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (import()) {
            accept();
        }
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fileLabel);
    layout->addWidget(m_hintLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_issues);
    layout->addWidget(m_buttons);
    resize(900, 560);
    retranslate();
}

void ContactImportDialog::retranslate()
{
    setWindowTitle(tr("Import Contacts"));
    m_hintLabel->setText(tr("Choose for each column of the file the field it fills. Rows shown in grey are left "
                            "out; the list below says why."));
    m_issuesLabel->setText(tr("Rows left out or with values not understood:"));
    // What a screen reader names the two lists by.
    m_preview->setAccessibleName(tr("Preview of the file's rows"));
    m_issues->setAccessibleName(m_issuesLabel->text());
    m_importButton->setText(tr("Import"));
    if (!m_path.isEmpty()) {
        fillPreview(); // combo box texts, the file line and the messages, in the new language
    }
}

void ContactImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

bool ContactImportDialog::loadFile(const QString &path, QString *error)
{
    std::optional<ContactTable> table = ContactFile::read(path, error);
    if (!table) {
        return false;
    }
    m_path = path;
    m_table = std::move(*table);
    m_mapping = m_table.mapping;
    fillPreview();
    return true;
}

void ContactImportDialog::setMapping(const ContactMapping &mapping)
{
    m_mapping = mapping;
    fillPreview();
}

void ContactImportDialog::fillPreview()
{
    const QString name = QFileInfo(m_path).fileName();
    const QString rows = tr("%n row(s)", nullptr, int(m_table.rows.size()));
    if (m_table.format == ContactTable::Format::VCard) {
        m_fileLabel->setText(tr("%1: vCard, %2").arg(name, tr("%n card(s)", nullptr, int(m_table.rows.size()))));
    } else {
        m_fileLabel->setText(tr("%1: CSV, %2, separated by %3, header on line %4, %5")
                                 .arg(name, m_table.encoding, separatorName(m_table.separator))
                                 .arg(m_table.headerLine)
                                 .arg(rows));
    }

    qsizetype columns = m_table.header.size();
    const qsizetype shown = std::min<qsizetype>(m_table.rows.size(), MaxPreviewRows);
    for (qsizetype r = 0; r < shown; ++r) {
        columns = std::max(columns, m_table.rows.at(r).fields.size());
    }
    m_preview->clear();
    m_preview->setColumnCount(int(columns));
    m_preview->setRowCount(int(shown) + 1);
    QStringList headers;
    for (qsizetype c = 0; c < columns; ++c) {
        const QString header = m_table.header.value(c).simplified();
        headers << (header.isEmpty() ? tr("Column %1").arg(c + 1) : header);
    }
    m_preview->setHorizontalHeaderLabels(headers);
    QStringList lines {tr("Import as")};
    for (qsizetype r = 0; r < shown; ++r) {
        lines << QString::number(m_table.rows.at(r).line);
    }
    m_preview->setVerticalHeaderLabels(lines);

    for (qsizetype c = 0; c < columns; ++c) {
        auto *combo = new QComboBox(m_preview);
        combo->setObjectName(QStringLiteral("mappingCombo%1").arg(c));
        combo->addItem(ContactFields::label(ContactField::Ignored), int(ContactField::Ignored));
        for (const ContactField field : ContactFields::all()) {
            combo->addItem(ContactFields::label(field), int(field));
        }
        combo->setCurrentIndex(combo->findData(int(m_mapping.field(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, combo, c] {
            m_mapping.setField(c, ContactField(combo->currentData().toInt()));
            updatePlan();
        });
        m_preview->setCellWidget(MappingRow, int(c), combo);
    }
    for (qsizetype r = 0; r < shown; ++r) {
        const QStringList &fields = m_table.rows.at(r).fields;
        for (qsizetype c = 0; c < fields.size(); ++c) {
            QString text = fields.at(c);
            text.replace(QLatin1Char('\n'), QStringLiteral(" ↵ "));
            m_preview->setItem(int(r) + 1, int(c), new QTableWidgetItem(text));
        }
    }
    updatePlan();
}

void ContactImportDialog::updatePlan()
{
    const bool hasName = m_mapping.hasName();
    m_plan = hasName ? ContactImport::prepare(*m_document, m_table, m_mapping) : ContactImportPlan();
    if (!hasName) {
        m_summaryLabel->setText(tr("Choose the column that holds the names: without names nothing can be imported."));
    } else {
        const auto skipped = int(m_plan.count(ContactImportIssue::Kind::Skipped));
        const auto duplicates = int(m_plan.count(ContactImportIssue::Kind::Duplicate));
        m_summaryLabel->setText(
            tr("Import adds %1, %2 and %3. Left out: %4 and %5.")
                .arg(tr("%n new contact(s)", nullptr, m_plan.newMembers),
                    tr("%n new group(s)", nullptr, m_plan.newGroups),
                    tr("%n group membership(s)", nullptr, m_plan.newMemberships),
                    tr("%n row(s) without a name", nullptr, skipped), tr("%n duplicate(s)", nullptr, duplicates)));
    }

    m_issues->clear();
    QHash<int, const ContactImportIssue *> issueByLine;
    for (const ContactImportIssue &issue : std::as_const(m_plan.issues)) {
        m_issues->addItem(tr("Line %1: %2").arg(issue.line).arg(issue.message));
        if (issue.kind != ContactImportIssue::Kind::Warning || !issueByLine.contains(issue.line)) {
            issueByLine.insert(issue.line, &issue);
        }
    }
    m_issuesLabel->setVisible(!m_plan.issues.isEmpty());
    m_issues->setVisible(!m_plan.issues.isEmpty());
    const QBrush leftOut = palette().brush(QPalette::Disabled, QPalette::Text);
    for (int r = 1; r < m_preview->rowCount(); ++r) {
        const ContactImportIssue *issue = issueByLine.value(m_table.rows.at(r - 1).line);
        const bool out = issue && issue->kind != ContactImportIssue::Kind::Warning;
        for (int c = 0; c < m_preview->columnCount(); ++c) {
            if (QTableWidgetItem *item = m_preview->item(r, c)) {
                item->setForeground(out ? leftOut : palette().brush(QPalette::Text));
                item->setToolTip(issue ? issue->message : QString());
            }
        }
    }
    m_importButton->setEnabled(hasName && !m_plan.changesNothing() && !m_document->isReadOnly());
}

bool ContactImportDialog::import()
{
    if (!m_mapping.hasName()) {
        return false;
    }
    // Prepared again: the ids must be the plan's next ones at this very moment.
    m_plan = ContactImport::prepare(*m_document, m_table, m_mapping);
    if (m_plan.changesNothing()) {
        return false;
    }
    QString error;
    if (!ContactImport::apply(*m_document, m_plan, &error)) {
        DialogHooks::warning(this, tr("Contacts not imported"), error);
        return false;
    }
    return true;
}

bool ContactImportDialog::importContacts(PlanDocument *document, QWidget *parent)
{
    const QString path = DialogHooks::openFileName(
        parent, tr("Import Contacts"), QString(), tr("Contact files (*.csv *.txt *.tsv *.vcf *.vcard);;All files (*)"));
    if (path.isEmpty()) {
        return false;
    }
    ContactImportDialog dialog(document, parent);
    QString error;
    if (!dialog.loadFile(path, &error)) {
        DialogHooks::warning(parent, tr("Contacts not imported"), error);
        return false;
    }
    return dialog.exec() == QDialog::Accepted;
}

bool ContactImportDialog::exportContacts(PlanDocument *document, QWidget *parent)
{
    QString path = DialogHooks::saveFileName(parent, tr("Export Contacts"),
        QFileInfo(document->path()).completeBaseName() + QStringLiteral("-contacts.csv"),
        tr("CSV for spreadsheets (*.csv);;vCard for phones and mail programs (*.vcf)"));
    if (path.isEmpty()) {
        return false;
    }
    std::optional<ContactExport::Format> format = ContactExport::formatFromFileName(path);
    if (!format) {
        path += QLatin1String(".csv"); // a name typed without an extension
        format = ContactExport::Format::Csv;
    }
    if (PlanFile::isSameFile(path, document->path())) {
        DialogHooks::warning(parent, tr("Contacts not exported"), tr("The export would overwrite the plan itself."));
        return false;
    }
    const QString error
        = ContactExport::exportToFile(document->database(), *format, path, Translations::preferredLanguage());
    if (!error.isEmpty()) {
        DialogHooks::warning(parent, tr("Contacts not exported"), error);
        return false;
    }
    return true;
}

} // namespace fallback::ui
