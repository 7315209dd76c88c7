// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

#include <optional>

namespace fallback {

class RiskModel;

/// One cell of the heat map: a likelihood and an impact, each 1–5.
struct RiskCell
{
    int likelihood = 0;
    int impact = 0;

    friend bool operator==(const RiskCell &, const RiskCell &) = default;
};

/// The rows of a RiskModel that pass the text filter and, when one is chosen,
/// lie in one cell of the heat map.
class RiskFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RiskFilterModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *model) override;
    /// Shows only the risks of \a cell; nullopt shows every cell.
    void setCell(std::optional<RiskCell> cell);
    std::optional<RiskCell> cell() const { return m_cell; }

Q_SIGNALS:
    void cellChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    const RiskModel *m_risks = nullptr;
    std::optional<RiskCell> m_cell;
};

} // namespace fallback
