// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "samplelogtranslator.h"

namespace fallback::samplegen {

namespace {
QString key(const char *context, const char *source)
{
    return QString::fromUtf8(context) + QLatin1Char('\n') + QString::fromUtf8(source);
}
} // namespace

SampleLogTranslator::SampleLogTranslator(QObject *parent)
    : QTranslator(parent)
{
    const char *const session = "fallback::RunSession";
    const char *const vocabulary = "fallback::Vocabulary";
    const struct
    {
        const char *context;
        const char *source;
        const char *chinese;
    } texts[] = {
        {session, "Run started", "开始执行"},
        {session, "Done: %1", "完成：%1"},
        {session, "Failed: %1", "失败：%1"},
        {session, "Skipped: %1", "跳过：%1"},
        {session, "Reopened: %1", "重新打开：%1"},
        {session, "Warning level declared: %1", "发布预警：%1"},
        {session, "Warning lifted", "解除预警"},
        {session, "STOP: the upgrade is stopped", "停止：立即停止升级操作"},
        {session, "Rollback started", "开始回退"},
        {session, "Service restored", "服务已恢复"},
        {session, "Emergency ended", "应急结束"},
        {session, "%1 at %2", "%1：%2"},
        {session, "%1 changed from %2 to %3", "%1由%2更正为%3"},
        {vocabulary, "Problem occurred", "问题发生"},
        {vocabulary, "Problem detected", "发现问题"},
        {vocabulary, "Reported to the emergency group", "报告应急指挥部"},
        {vocabulary, "Upgrade stopped", "停止升级"},
        {vocabulary, "Service restored", "服务恢复"},
        {vocabulary, "Emergency ended", "应急结束"},
    };
    for (const auto &text : texts) {
        m_texts.insert(key(text.context, text.source), QString::fromUtf8(text.chinese));
    }
}

QString SampleLogTranslator::translate(const char *context, const char *sourceText, const char *, int) const
{
    return m_texts.value(key(context, sourceText));
}

} // namespace fallback::samplegen
