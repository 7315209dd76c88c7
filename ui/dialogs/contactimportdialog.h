// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/contactfile.h"
#include "interchange/contactimport.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// File > Import Contacts: a preview of the file with the field each column
/// fills (a combo box per column to change it), what will be added, the rows
/// that will be skipped or are already in the plan, and an Import button that
/// adds everything as one step to undo.
class ContactImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ContactImportDialog(PlanDocument *document, QWidget *parent = nullptr);

    /// Asks for a contact file, shows the dialog and imports when the user
    /// agrees; true when contacts were added. The main window's menu entry.
    static bool importContacts(PlanDocument *document, QWidget *parent);
    /// Asks for a file name and writes the plan's contacts as CSV or vCard
    /// (by the chosen extension); true when the file was written.
    static bool exportContacts(PlanDocument *document, QWidget *parent);

    /// Reads \a path into the preview; false, with \a error set, when the file cannot be used.
    bool loadFile(const QString &path, QString *error);
    /// The file's columns and the field each fills, as the user left them.
    const ContactMapping &mapping() const { return m_mapping; }
    void setMapping(const ContactMapping &mapping);
    /// What Import will do with the current mapping.
    const ContactImportPlan &importPlan() const { return m_plan; }
    /// Adds the contacts; false, with a message shown, when the plan could not be changed.
    bool import();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillPreview();
    void updatePlan();

    PlanDocument *m_document;
    QString m_path;
    ContactTable m_table;
    ContactMapping m_mapping;
    ContactImportPlan m_plan;
    QLabel *m_fileLabel = nullptr;
    QLabel *m_hintLabel = nullptr;
    QTableWidget *m_preview = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_issuesLabel = nullptr;
    QListWidget *m_issues = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_importButton = nullptr;
};

} // namespace fallback::ui
