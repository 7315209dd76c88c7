// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/section.h"
#include "models/sectionoverviewmodel.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableView;

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

/// What the plan holds in a section, listed read-only.
class OverviewPage final : public QWidget
{
    Q_OBJECT
public:
    OverviewPage(PlanDocument *document, Section section, QWidget *parent = nullptr);

    /// Reads the plan again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Part
    {
        SectionOverviewModel *model = nullptr;
        QLabel *caption = nullptr;
        QTableView *view = nullptr;
        QLabel *empty = nullptr;
    };
    void retranslateUi();
    void updateEmptyState();

    QList<Part> m_parts;
};

} // namespace fallback::ui
