// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "risk/riskbands.h"

#include <QWidget>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace fallback {
class PlanDocument;
class RiskCategoryModel;
class RiskFilterModel;
class RiskModel;
} // namespace fallback

namespace fallback::ui {

class RecordTableEditor;
class RiskHeatMap;

/// Risk assessment (风险评估): the risk register with the heat map beside it,
/// the plan's band thresholds and the list of risk categories.
class RiskPage final : public QWidget
{
    Q_OBJECT
public:
    explicit RiskPage(PlanDocument *document, QWidget *parent = nullptr);

    /// Shows and selects a risk ("risk") or a risk category ("risk_category");
    /// false when there is no such record here.
    Q_INVOKABLE bool selectRecord(const QString &table, qint64 id);

    RecordTableEditor *registerEditor() const { return m_register; }
    RiskHeatMap *heatMap() const { return m_heatMap; }

Q_SIGNALS:
    /// What was done, for the message bar above the page.
    void message(const QString &text);
    /// Why a value or an action was refused; the field concerned has the focus.
    void problem(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    QSpinBox *addThreshold(QGridLayout *grid, int row, RiskBand band, QLabel *label, const char *objectName);
    void showThresholds();
    void thresholdEdited(QSpinBox *edited);
    void markRefused(QSpinBox *refused);
    void cellChanged();
    void valueRefused(const QModelIndex &index, const QVariant &value);
    void updateCellLabel();
    void setCategoriesVisible(bool visible);
    void updateDefaultsButton();
    void retranslateUi();

    PlanDocument *m_document;
    RiskModel *m_risks = nullptr;
    RiskFilterModel *m_filter = nullptr;
    RiskCategoryModel *m_categories = nullptr;
    RecordTableEditor *m_register = nullptr;
    RiskHeatMap *m_heatMap = nullptr;
    QLabel *m_heatMapTitle = nullptr;
    QLabel *m_cellLabel = nullptr;
    QPushButton *m_showAllButton = nullptr;
    QGroupBox *m_bandBox = nullptr;
    QLabel *m_lowLabel = nullptr;
    QLabel *m_lowRange = nullptr;
    QLabel *m_mediumLabel = nullptr;
    QLabel *m_highLabel = nullptr;
    QLabel *m_criticalLabel = nullptr;
    QSpinBox *m_mediumSpin = nullptr;
    QSpinBox *m_highSpin = nullptr;
    QSpinBox *m_criticalSpin = nullptr;
    QLabel *m_bandMessage = nullptr;
    QToolButton *m_categoryToggle = nullptr;
    QWidget *m_categoryPanel = nullptr;
    RecordTableEditor *m_categoryEditor = nullptr;
    QPushButton *m_defaultsButton = nullptr;
};

} // namespace fallback::ui
