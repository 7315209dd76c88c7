// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/document/headingnumbers.h"

#include "report/document/reporttext.h"

namespace fallback::report {

QStringList headingNumbers(const ReportDocument &document, const ReportText &text)
{
    QStringList numbers;
    numbers.reserve(document.blocks.size());
    int top = 0;
    int sub = 0;
    for (const Block &block : document.blocks) {
        if (block.kind != Block::Kind::Heading || !block.numbered) {
            numbers << QString();
            continue;
        }
        if (block.level <= 1) {
            ++top;
            sub = 0;
            numbers << text.sectionNumber(1, top, 0);
        } else {
            ++sub;
            numbers << text.sectionNumber(2, sub, top);
        }
    }
    return numbers;
}

QStringList headingTexts(const ReportDocument &document, const ReportText &text)
{
    QStringList headings = headingNumbers(document, text);
    for (qsizetype index = 0; index < headings.size(); ++index) {
        const Block &block = document.blocks.at(index);
        if (block.kind != Block::Kind::Heading) {
            continue;
        }
        QString &heading = headings[index];
        // "一、总则" in Chinese, "1 Purpose" in English.
        if (!heading.isEmpty() && !text.isChinese()) {
            heading += QLatin1Char(' ');
        }
        heading += block.text;
    }
    return headings;
}

} // namespace fallback::report
