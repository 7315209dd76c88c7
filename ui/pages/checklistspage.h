// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace fallback {
class ChecklistItemModel;
class ChecklistTemplateModel;
class PlanDocument;
} // namespace fallback

namespace fallback::ui {

class RecordTableEditor;

/// Checklist templates (检查单模板): the list of templates, with Duplicate, and
/// the items of the selected one by phase, reordered by drag and drop.
class ChecklistsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ChecklistsPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows a template (table checklist_template) or one of its items
    /// (checklist_template_item); false when there is no such record.
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);

    RecordTableEditor *templateEditor() const { return m_templates; }
    RecordTableEditor *itemEditor() const { return m_items; }
    qint64 currentTemplate() const { return m_templateId; }

Q_SIGNALS:
    /// What was done, for the message bar above the page.
    void message(const QString &text);
    /// Why a value or an action was refused; the field concerned has the focus.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTemplate(qint64 id);
    void duplicateTemplate();
    void updateCaption();
    void retranslateUi();

    PlanDocument *m_document;
    ChecklistTemplateModel *m_templateModel = nullptr;
    ChecklistItemModel *m_itemModel = nullptr;
    RecordTableEditor *m_templates = nullptr;
    RecordTableEditor *m_items = nullptr;
    QPushButton *m_duplicateButton = nullptr;
    QLabel *m_hint = nullptr;
    qint64 m_templateId = 0;
    bool m_captionQueued = false;
};

} // namespace fallback::ui
