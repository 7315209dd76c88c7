// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "section.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

class PlanHeaderPage;

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
    /// Saves text still being typed in any page.
    void commitPending();

Q_SIGNALS:
    void message(const QString &text);
    /// The contacts page asks for the import or export dialog.
    void importContactsRequested();
    void exportContactsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *pageFor(Section section);
    void retranslateUi();

    PlanDocument *m_document;
    QLabel *m_banner = nullptr;
    QListWidget *m_sections = nullptr;
    QStackedWidget *m_pages = nullptr;
    PlanHeaderPage *m_headerPage = nullptr;
    QHash<Section, QWidget *> m_pageOf;
};

} // namespace fallback::ui
