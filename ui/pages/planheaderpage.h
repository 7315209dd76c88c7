// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/planfield.h"
#include "document/section.h"

#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;

namespace fallback {
class PlanDocument;
class ReferenceModel;
} // namespace fallback

namespace fallback::ui {

class PlanFieldBinding;
class ReadinessPanel;
class RecordTableEditor;

/// The plan header (总则): title, version, purpose, basis references and the
/// supplementary provisions.
class PlanHeaderPage final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanHeaderPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows the field of the plan record (table "plan"): the title, the one a
    /// readiness finding names; or a basis reference (table "reference").
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    /// Saves text still being typed.
    void commitPending();
    ReadinessPanel *readinessPanel() const { return m_readiness; }

Q_SIGNALS:
    /// What was done, for the message bar above the page.
    void message(const QString &text);
    /// Why a value or an action was refused; the field concerned has the focus.
    void problem(const QString &text);
    /// A readiness finding was chosen: its section and record should be shown.
    void findingActivated(fallback::Section section, const QString &table, qint64 recordId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLineEdit *addLine(PlanField field, const char *objectName);
    QPlainTextEdit *addText(PlanField field, const char *objectName);
    void retranslateUi();

    PlanDocument *m_document;
    QFormLayout *m_form = nullptr;
    QHash<PlanField, QLabel *> m_labels;
    QList<PlanFieldBinding *> m_bindings;
    ReferenceModel *m_references = nullptr;
    QScrollArea *m_scroll = nullptr;
    RecordTableEditor *m_referenceEditor = nullptr;
    QLineEdit *m_dateEdit = nullptr;
    QLineEdit *m_titleEdit = nullptr;
    ReadinessPanel *m_readiness = nullptr;
};

} // namespace fallback::ui
