// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace fallback {

namespace {
const QString LanguageKey = QStringLiteral("interface/language");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

QString &installedName()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::preferredLanguage()
{
    const QString chosen = QSettings().value(LanguageKey).toString();
    if (available().contains(chosen)) {
        return chosen;
    }
    const QStringList ui = QLocale::system().uiLanguages();
    if (!ui.isEmpty() && ui.first().startsWith(QLatin1String("zh"))) {
        return QStringLiteral("zh_CN");
    }
    return QStringLiteral("en");
}

void Translations::setPreferredLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

void Translations::install(const QString &language)
{
    for (const auto &translator : installed()) {
        QCoreApplication::removeTranslator(translator.get());
    }
    installed().clear();
    installedName() = language;
    QLocale::setDefault(QLocale(language));
    auto own = std::make_unique<QTranslator>();
    if (own->load(QStringLiteral(":/i18n/fallback_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(own.get());
        installed().push_back(std::move(own));
    }
    auto qt = std::make_unique<QTranslator>();
    if (language != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(language), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
}

QString Translations::installedLanguage()
{
    return installedName();
}

} // namespace fallback
