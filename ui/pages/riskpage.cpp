// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/riskpage.h"

#include "document/plandocument.h"
#include "risk/riskcategorymodel.h"
#include "risk/riskfiltermodel.h"
#include "risk/riskmodel.h"
#include "widgets/recorddelegate.h"
#include "widgets/recordtableeditor.h"
#include "widgets/riskheatmap.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace fallback::ui {

namespace {
const QString RefusedStyle = QStringLiteral("QSpinBox { border: 2px solid #c00000; }");

/// A small square in a band's colour, for the threshold rows.
QLabel *swatch(RiskBand band, QWidget *parent)
{
    auto *label = new QLabel(parent);
    const int side = label->fontMetrics().height() - 2;
    label->setFixedSize(side, side);
    label->setStyleSheet(
        QStringLiteral("QLabel { background: %1; border: 1px solid #808080; }").arg(RiskBands::colour(band)));
    return label;
}
} // namespace

RiskPage::RiskPage(PlanDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
{
    const bool readOnly = document->isReadOnly();
    m_risks = new RiskModel(document, this);
    m_filter = new RiskFilterModel(this);
    m_register = new RecordTableEditor(m_risks, readOnly, this, m_filter);
    m_register->setObjectName(QStringLiteral("riskRegister"));
    connect(m_risks, &RiskModel::valueRefused, this, &RiskPage::valueRefused);
    const int charWidth = m_register->view()->fontMetrics().averageCharWidth();
    m_register->view()->setColumnWidth(RiskModel::DescriptionColumn, charWidth * 36);
    m_register->view()->setColumnWidth(RiskModel::CauseColumn, charWidth * 28);
    m_register->view()->setColumnWidth(RiskModel::PreventionColumn, charWidth * 32);
    m_register->view()->setColumnWidth(RiskModel::ContingencyColumn, charWidth * 32);

    // Beside the register: the heat map, the bands, the categories.
    m_heatMapTitle = new QLabel(this);
    QFont bold = m_heatMapTitle->font();
    bold.setBold(true);
    m_heatMapTitle->setFont(bold);
    m_heatMap = new RiskHeatMap(m_risks, this);
    m_heatMap->setObjectName(QStringLiteral("riskHeatMap"));
    m_cellLabel = new QLabel(this);
    m_cellLabel->setObjectName(QStringLiteral("heatMapCellLabel"));
    m_cellLabel->setWordWrap(true);
    m_showAllButton = new QPushButton(this);
    m_showAllButton->setObjectName(QStringLiteral("showAllRisksButton"));
    connect(m_showAllButton, &QPushButton::clicked, this, [this] { m_heatMap->setSelectedCell(std::nullopt); });
    connect(m_heatMap, &RiskHeatMap::selectedCellChanged, this, &RiskPage::cellChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RiskPage::updateCellLabel);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RiskPage::updateCellLabel);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RiskPage::updateCellLabel);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RiskPage::updateCellLabel);
    auto *cellRow = new QHBoxLayout;
    cellRow->addWidget(m_cellLabel, 1);
    cellRow->addWidget(m_showAllButton, 0, Qt::AlignTop);

    m_bandBox = new QGroupBox(this);
    auto *bands = new QGridLayout(m_bandBox);
    bands->addWidget(swatch(RiskBand::Low, m_bandBox), 0, 0);
    m_lowLabel = new QLabel(m_bandBox);
    bands->addWidget(m_lowLabel, 0, 1);
    m_lowRange = new QLabel(m_bandBox);
    m_lowRange->setObjectName(QStringLiteral("lowBandRange"));
    bands->addWidget(m_lowRange, 0, 2);
    m_mediumLabel = new QLabel(m_bandBox);
    m_highLabel = new QLabel(m_bandBox);
    m_criticalLabel = new QLabel(m_bandBox);
    m_mediumSpin = addThreshold(bands, 1, RiskBand::Medium, m_mediumLabel, "bandMediumSpin");
    m_highSpin = addThreshold(bands, 2, RiskBand::High, m_highLabel, "bandHighSpin");
    m_criticalSpin = addThreshold(bands, 3, RiskBand::Critical, m_criticalLabel, "bandCriticalSpin");
    bands->setColumnStretch(3, 1);
    m_bandMessage = new QLabel(m_bandBox);
    m_bandMessage->setObjectName(QStringLiteral("bandMessage"));
    m_bandMessage->setWordWrap(true);
    m_bandMessage->setStyleSheet(QStringLiteral("QLabel { color: #c00000; }"));
    m_bandMessage->hide();
    bands->addWidget(m_bandMessage, 4, 0, 1, 4);
    connect(m_risks, &RiskModel::thresholdsChanged, this, &RiskPage::showThresholds);

    m_categoryToggle = new QToolButton(this);
    m_categoryToggle->setObjectName(QStringLiteral("riskCategoryToggle"));
    m_categoryToggle->setCheckable(true);
    m_categoryToggle->setAutoRaise(true);
    m_categoryToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_categoryToggle->setFont(bold);
    m_categoryPanel = new QWidget(this);
    m_categories = new RiskCategoryModel(document, this);
    m_categoryEditor = new RecordTableEditor(m_categories, readOnly, m_categoryPanel);
    m_categoryEditor->setObjectName(QStringLiteral("riskCategoryEditor"));
    m_categoryEditor->setFilterVisible(false);
    m_defaultsButton = new QPushButton(m_categoryPanel);
    m_defaultsButton->setObjectName(QStringLiteral("addDefaultCategoriesButton"));
    connect(m_defaultsButton, &QPushButton::clicked, this, [this] { m_categories->addDefaults(); });
    connect(m_categories, &QAbstractItemModel::rowsInserted, this, &RiskPage::updateDefaultsButton);
    connect(m_categories, &QAbstractItemModel::rowsRemoved, this, &RiskPage::updateDefaultsButton);
    connect(m_categories, &QAbstractItemModel::dataChanged, this, &RiskPage::updateDefaultsButton);
    auto *categoryLayout = new QVBoxLayout(m_categoryPanel);
    categoryLayout->setContentsMargins(0, 0, 0, 0);
    categoryLayout->addWidget(m_categoryEditor);
    categoryLayout->addWidget(m_defaultsButton, 0, Qt::AlignLeft);
    connect(m_categoryToggle, &QToolButton::toggled, this, &RiskPage::setCategoriesVisible);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, sideLayout->spacing() + 2, 0); // clear of the window's edge
    sideLayout->addWidget(m_heatMapTitle);
    sideLayout->addWidget(m_heatMap);
    sideLayout->addLayout(cellRow);
    sideLayout->addWidget(m_bandBox);
    sideLayout->addWidget(m_categoryToggle, 0, Qt::AlignLeft);
    sideLayout->addWidget(m_categoryPanel, 1);
    sideLayout->addStretch();

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("riskSplitter"));
    splitter->addWidget(m_register);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({10000, side->sizeHint().width()});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    setCategoriesVisible(false);
    showThresholds();
    retranslateUi();
    updateDefaultsButton();
}

QSpinBox *RiskPage::addThreshold(QGridLayout *grid, int row, RiskBand band, QLabel *label, const char *objectName)
{
    grid->addWidget(swatch(band, m_bandBox), row, 0);
    auto *spin = new QSpinBox(m_bandBox);
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(RiskBands::MinScore, RiskBands::MaxScore);
    // Typed digits count when editing ends, not at each keystroke.
    spin->setKeyboardTracking(false);
    spin->setReadOnly(m_document->isReadOnly());
    label->setBuddy(spin);
    grid->addWidget(label, row, 1);
    grid->addWidget(spin, row, 2);
    connect(spin, &QSpinBox::valueChanged, this, [this, spin] { thresholdEdited(spin); });
    return spin;
}

void RiskPage::showThresholds()
{
    const BandThresholds &thresholds = m_risks->thresholds();
    for (auto [spin, value] : {std::pair {m_mediumSpin, thresholds.mediumFrom},
             std::pair {m_highSpin, thresholds.highFrom}, std::pair {m_criticalSpin, thresholds.criticalFrom}}) {
        const QSignalBlocker blocker(spin);
        spin->setValue(value);
    }
    m_lowRange->setText(tr("%1 to %2").arg(RiskBands::MinScore).arg(thresholds.mediumFrom - 1));
}

void RiskPage::thresholdEdited(QSpinBox *edited)
{
    const BandThresholds wanted {m_mediumSpin->value(), m_highSpin->value(), m_criticalSpin->value()};
    if (wanted == m_risks->thresholds()) {
        return;
    }
    if (!wanted.isValid()) {
        markRefused(edited);
        const QString text = RiskBands::whyInvalid(wanted) + QLatin1Char(' ') + tr("The bands stay as they were.");
        m_bandMessage->setText(text);
        m_bandMessage->show();
        showThresholds(); // the stored values again
        Q_EMIT problem(text);
        return;
    }
    markRefused(nullptr);
    m_bandMessage->hide();
    RiskBands::setThresholds(*m_document, wanted);
}

void RiskPage::valueRefused(const QModelIndex &index, const QVariant &value)
{
    // The cell's own note disappears with the key that ended the edit; the
    // status bar keeps saying why.
    Q_EMIT problem(tr("%1: \"%2\" was refused. %3")
                       .arg(m_risks->headerData(index.column(), Qt::Horizontal).toString(), value.toString(),
                           RecordDelegate::refusalMessage(index)));
}

void RiskPage::markRefused(QSpinBox *refused)
{
    for (QSpinBox *spin : {m_mediumSpin, m_highSpin, m_criticalSpin}) {
        spin->setStyleSheet(spin == refused ? RefusedStyle : QString());
    }
}

void RiskPage::cellChanged()
{
    m_filter->setCell(m_heatMap->selectedCell());
    updateCellLabel();
}

void RiskPage::updateCellLabel()
{
    const std::optional<RiskCell> cell = m_heatMap->selectedCell();
    m_showAllButton->setEnabled(cell.has_value());
    if (!cell) {
        m_cellLabel->setText(tr("Click a cell to list only its risks."));
        return;
    }
    m_cellLabel->setText(tr("Listing the %n risk(s) with likelihood %1 and impact %2.", nullptr, m_filter->rowCount())
                             .arg(cell->likelihood)
                             .arg(cell->impact));
}

void RiskPage::setCategoriesVisible(bool visible)
{
    m_categoryPanel->setVisible(visible);
    m_categoryToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    if (m_categoryToggle->isChecked() != visible) {
        const QSignalBlocker blocker(m_categoryToggle);
        m_categoryToggle->setChecked(visible);
    }
}

void RiskPage::updateDefaultsButton()
{
    QStringList present;
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        present << m_categories->index(row, RiskCategoryModel::NameColumn).data().toString().trimmed();
    }
    const QStringList defaults = RiskCategoryModel::defaultNames();
    const bool missing = std::any_of(defaults.cbegin(), defaults.cend(),
        [&present](const QString &name) { return !present.contains(name, Qt::CaseInsensitive); });
    m_defaultsButton->setVisible(missing);
    m_defaultsButton->setEnabled(!m_document->isReadOnly());
}

bool RiskPage::selectRecord(const QString &table, qint64 id)
{
    if (table == m_risks->table()) {
        const int row = m_risks->rowOf(id);
        if (row < 0) {
            return false;
        }
        if (const std::optional<RiskCell> cell = m_heatMap->selectedCell();
            cell && (cell->likelihood != m_risks->likelihoodAt(row) || cell->impact != m_risks->impactAt(row))) {
            m_heatMap->setSelectedCell(std::nullopt); // the chosen cell hides it
        }
        return m_register->selectRecord(id);
    }
    if (table == m_categories->table()) {
        if (m_categories->rowOf(id) < 0) {
            return false;
        }
        setCategoriesVisible(true);
        return m_categoryEditor->selectRecord(id);
    }
    return false;
}

void RiskPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_risks->refresh(); // band and status names, shown and searched, in the new language
    }
    QWidget::changeEvent(event);
}

void RiskPage::retranslateUi()
{
    m_register->setCaption(tr("Risk register"));
    m_heatMapTitle->setText(tr("Heat map"));
    m_showAllButton->setText(tr("Show a&ll"));
    m_showAllButton->setToolTip(tr("List every risk again"));
    m_bandBox->setTitle(tr("Bands by score (likelihood × impact)"));
    m_lowLabel->setText(RiskBands::label(RiskBand::Low));
    m_mediumLabel->setText(tr("&Medium from"));
    m_highLabel->setText(tr("Hi&gh from"));
    m_criticalLabel->setText(tr("Cr&itical from"));
    m_categoryToggle->setText(tr("Risk categories"));
    m_categoryToggle->setToolTip(tr("Show or hide the list of risk categories"));
    m_defaultsButton->setText(tr("Add the usual categories"));
    m_defaultsButton->setToolTip(
        tr("Adds the categories the plan lacks: compatibility, data security, system stability, human operation, "
           "technical, business and personnel risk"));
    showThresholds();
    updateCellLabel();
}

} // namespace fallback::ui
