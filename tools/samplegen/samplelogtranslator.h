// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QTranslator>

namespace fallback::samplegen {

/// Chinese for the texts that a run writes into its log ("Done: %1",
/// "Rollback started", milestone names), so that the Chinese sample's run
/// reads as the console writes it in Chinese. Installed beneath the app's
/// own translations: where those translate a text, theirs is used.
class SampleLogTranslator final : public QTranslator
{
    Q_OBJECT
public:
    explicit SampleLogTranslator(QObject *parent = nullptr);

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
    bool isEmpty() const override { return false; }

private:
    QHash<QString, QString> m_texts; ///< "context\nsource" to the translation
};

} // namespace fallback::samplegen
