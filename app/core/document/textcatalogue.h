// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/vocabulary.h"

#include <QString>

#include <memory>

class QTranslator;

namespace fallback {

/// The program's words in one language that need not be the interface
/// language: a report, or a status message, is written in the language its
/// reader speaks. Strings are marked with QT_TR_NOOP or QT_TRANSLATE_NOOP
/// where they are used and looked up here, in the catalogue of \a language.
class TextCatalogue final
{
public:
    explicit TextCatalogue(const QString &language);
    ~TextCatalogue();
    Q_DISABLE_COPY_MOVE(TextCatalogue)

    QString language() const { return m_language; }
    bool isChinese() const { return m_language.startsWith(QLatin1String("zh")); }

    /// \a source of \a context in the catalogue's language; \a source itself
    /// (with %n filled in) when the catalogue lacks it.
    QString translate(const char *context, const char *source, int n = -1) const;
    /// Label of a stored value of a value list.
    QString label(Vocabulary::Kind kind, const QString &value) const;

private:
    QString m_language;
    std::unique_ptr<QTranslator> m_translator;
};

} // namespace fallback
