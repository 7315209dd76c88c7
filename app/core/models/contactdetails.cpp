// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/contactdetails.h"

#include <QRegularExpression>

namespace fallback::ContactDetails {

bool isPhoneNumber(const QString &text)
{
    // Full-width digits and punctuation, as Chinese input methods type them, count as their ASCII forms.
    const QString number = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression pattern(QStringLiteral("^\\+?[0-9 ()./\\-]+"
                                                           "(?:\\s*(?:ext\\.?|x|#|\u8f6c|\u5206\u673a)\\s*[0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!pattern.match(number).hasMatch()) {
        return false;
    }
    int digits = 0;
    for (const QChar c : number) {
        digits += c.isDigit() ? 1 : 0;
    }
    return digits >= 3;
}

bool isEmailAddress(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^[^\\s@]+@[^\\s@.][^\\s@]*\\.[^\\s@.]+$"));
    return pattern.match(text.trimmed()).hasMatch();
}

} // namespace fallback::ContactDetails
