// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/textcatalogue.h"

#include <QTranslator>

namespace fallback {

TextCatalogue::TextCatalogue(const QString &language)
    : m_language(language)
    , m_translator(std::make_unique<QTranslator>())
{
    if (!m_translator->load(QStringLiteral(":/i18n/fallback_%1.qm").arg(language))) {
        m_translator.reset();
    }
}

TextCatalogue::~TextCatalogue() = default;

QString TextCatalogue::translate(const char *context, const char *source, int n) const
{
    QString text;
    if (m_translator) {
        text = m_translator->translate(context, source, nullptr, n);
    }
    if (text.isEmpty()) {
        text = QString::fromUtf8(source);
    }
    // QTranslator leaves %n as it is; QCoreApplication::translate() fills it in.
    if (n >= 0) {
        text.replace(QLatin1String("%n"), QString::number(n));
    }
    return text;
}

QString TextCatalogue::label(Vocabulary::Kind kind, const QString &value) const
{
    const char *source = Vocabulary::sourceLabel(kind, value);
    return source ? translate("fallback::Vocabulary", source) : value;
}

} // namespace fallback
