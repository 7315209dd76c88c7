// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Chinese interface is complete: every message of the catalogue is
// translated and keeps the placeholders of its source.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void chineseCatalogueIsComplete()
    {
        QFile file(QStringLiteral(FALLBACK_SOURCE_DIR "/translations/fallback_zh_CN.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        QString source;
        int messages = 0;
        const QRegularExpression placeholder(QStringLiteral("%(\\d|n)"));
        auto placeholders = [&](const QString &text) {
            QSet<QString> found;
            for (auto it = placeholder.globalMatch(text); it.hasNext();) {
                found.insert(it.next().captured());
            }
            return found;
        };
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                QVERIFY2(type != QLatin1String("unfinished"), qPrintable(QStringLiteral("unfinished: ") + source));
                const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                QVERIFY2(!translation.trimmed().isEmpty(), qPrintable(QStringLiteral("empty: ") + source));
                QCOMPARE(placeholders(translation), placeholders(source));
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 250);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
