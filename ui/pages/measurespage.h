// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace fallback {
class PlanDocument;
}

namespace fallback::ui {

class RecordTableEditor;

/// Measures by type (保障措施, recovery included) and the resource inventory
/// (应急资源).
class MeasuresPage final : public QWidget
{
    Q_OBJECT
public:
    explicit MeasuresPage(PlanDocument *document, QWidget *parent = nullptr);

    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);
    RecordTableEditor *measuresEditor() const { return m_measures; }
    RecordTableEditor *resourcesEditor() const { return m_resources; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    RecordTableEditor *m_measures = nullptr;
    RecordTableEditor *m_resources = nullptr;
};

} // namespace fallback::ui
