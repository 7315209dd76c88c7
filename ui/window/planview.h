// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"
#include "report/reportexporter.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

class Locator;
class MessageBar;
class PlanHeaderPage;
class RunConsole;

/// One open plan: the section list on the left, the section's page on the right.
class PlanView final : public QWidget
{
    Q_OBJECT
public:
    explicit PlanView(PlanDocument *document, QWidget *parent = nullptr);

    void showSection(Section section);
    /// Shows \a section and selects the record on its page, when the page
    /// offers a Q_INVOKABLE bool selectRecord(const QString &table, qint64 id).
    /// Returns whether the record was selected.
    bool showRecord(Section section, const QString &table, qint64 recordId);
    Section currentSection() const;
    /// Opens search across the plan (Ctrl+K) over the top of the window;
    /// the record chosen is shown in its section.
    void showLocator();
    /// The locator, once it was first opened.
    Locator *locator() const { return m_locator; }
    /// The report of what the current page shows: the selected review, drill
    /// or upgrade's checklist, the roster on the organisation and contact
    /// pages, the whole plan elsewhere (File > Print Preview).
    report::ReportRequest reportOfCurrentPage() const;
    /// Saves text still being typed in any page.
    void commitPending();
    /// Shows the console of run \a runId, opening it when it is not open;
    /// \a askOperator asks a new console who operates it.
    RunConsole *openRunConsole(qint64 runId, bool askOperator = true);
    /// Reopens the console of every run that was not ended (after a crash,
    /// a kill or a closed window), unless the plan is read-only.
    void resumeUnfinishedRuns();
    /// The consoles open for this plan.
    QList<RunConsole *> runConsoles() const;

    /// The bar above the pages that says what was done, or why a value was refused.
    MessageBar *messageBar() const { return m_messageBar; }
    void showInformation(const QString &text);
    void showProblem(const QString &text);

Q_SIGNALS:
    /// The contacts page asks for the import or export dialog.
    void importContactsRequested();
    void exportContactsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *pageFor(Section section);
    void retranslateUi();
    /// Puts what each section holds beside its name.
    void updateSectionStates();
    /// The section list as wide as its widest name and state.
    void updateSectionListWidth();

    PlanDocument *m_document;
    QLabel *m_banner = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    MessageBar *m_messageBar = nullptr;
    Locator *m_locator = nullptr;
    QTimer *m_stateTimer = nullptr;
    PlanHeaderPage *m_headerPage = nullptr;
    QHash<Section, QWidget *> m_pageOf;
    QList<QPointer<RunConsole>> m_consoles;
};

} // namespace fallback::ui
