// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The layout of docs/architecture.md is the layout of the code: every folder
// is named there, every include follows an arrow of that page, the core uses
// no widgets, the interface writes no SQL, and only storage knows SQLite.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

const QString SourceDir = QStringLiteral(FALLBACK_SOURCE_DIR);
// Where a quoted include is looked up, as the targets' include directories are set.
const QStringList IncludeRoots = {QStringLiteral("app/core"), QStringLiteral("app"), QStringLiteral("ui")};

struct SourceFile
{
    QString path; // relative to the source tree, "app/core/storage/planfile.cpp"
    QString folder; // "app/core/storage"
    QString text;
};

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

/// Every .cpp and .h of the application (app/ and ui/).
const QList<SourceFile> &sources()
{
    static const QList<SourceFile> files = [] {
        QList<SourceFile> list;
        const QDir root(SourceDir);
        for (const QString &top : {QStringLiteral("app"), QStringLiteral("ui")}) {
            QDirIterator it(root.filePath(top), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = root.relativeFilePath(it.next());
                list.append({path, QFileInfo(path).path(), readText(root.filePath(path))});
            }
        }
        std::sort(list.begin(), list.end(), [](const SourceFile &a, const SourceFile &b) { return a.path < b.path; });
        return list;
    }();
    return files;
}

/// The arrows of docs/architecture.md: each folder and the folders it may include.
QHash<QString, QStringList> arrows()
{
    QHash<QString, QStringList> result;
    const QString page = readText(SourceDir + QStringLiteral("/docs/architecture.md"));
    static const QRegularExpression arrow(QStringLiteral("^(\\S+) ─▶ (.+)$"), QRegularExpression::MultilineOption);
    for (auto it = arrow.globalMatch(page); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QStringList targets = match.captured(2).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        result.insert(match.captured(1), targets == QStringList {QStringLiteral("nothing")} ? QStringList() : targets);
    }
    return result;
}

bool allows(const QStringList &targets, const QString &folder)
{
    for (const QString &target : targets) {
        if (target.endsWith(QLatin1String("/*"))) {
            const QString base = target.chopped(2);
            if (folder == base || folder.startsWith(base + QLatin1Char('/'))) {
                return true;
            }
        } else if (folder == target) {
            return true;
        }
    }
    return false;
}

/// The folder of the header a quoted include of \a file names, or an empty string.
QString includedFolder(const SourceFile &file, const QString &include)
{
    const QDir root(SourceDir);
    for (const QString &includeRoot : IncludeRoots + QStringList {file.folder}) {
        const QString candidate = QDir::cleanPath(includeRoot + QLatin1Char('/') + include);
        if (QFileInfo::exists(root.filePath(candidate))) {
            return QFileInfo(candidate).path();
        }
    }
    return {};
}

QStringList includes(const SourceFile &file, QChar open)
{
    const QString close = open == QLatin1Char('"') ? QStringLiteral("\"") : QStringLiteral(">");
    const QRegularExpression pattern(QStringLiteral("^#\\s*include\\s*") + QRegularExpression::escape(QString(open))
            + QStringLiteral("([^") + close + QStringLiteral("]+)") + QRegularExpression::escape(close),
        QRegularExpression::MultilineOption);
    QStringList found;
    for (auto it = pattern.globalMatch(file.text); it.hasNext();) {
        found << it.next().captured(1);
    }
    return found;
}

bool inFolder(const SourceFile &file, const QString &folder)
{
    return file.folder == folder || file.folder.startsWith(folder + QLatin1Char('/'));
}

/// The Qt module whose header <\a name> is ("QtWidgets"), or an empty string.
QString qtModuleOf(const QString &name)
{
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString &module : {QStringLiteral("QtCore"), QStringLiteral("QtSql"), QStringLiteral("QtGui"),
             QStringLiteral("QtWidgets"), QStringLiteral("QtPrintSupport"), QStringLiteral("QtTest")}) {
        if (QFileInfo::exists(headers + QLatin1Char('/') + module + QLatin1Char('/') + name)) {
            return module;
        }
    }
    return {};
}

QString report(const QStringList &problems)
{
    return QStringLiteral("\n  ") + problems.join(QStringLiteral("\n  "));
}

} // namespace

class TestArchitecture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sourcesAreFound()
    {
        // A wrong FALLBACK_SOURCE_DIR would make every other check pass on nothing.
        QVERIFY2(sources().size() > 150, qPrintable(SourceDir));
        QVERIFY(arrows().size() > 15);
    }

    void everyFolderIsDescribedAndNoneIsStale()
    {
        const QHash<QString, QStringList> described = arrows();
        QSet<QString> folders;
        for (const SourceFile &file : sources()) {
            folders.insert(file.folder);
        }
        QStringList problems;
        for (const QString &folder : folders) {
            if (!described.contains(folder)) {
                problems << folder + QStringLiteral(" has no arrow in docs/architecture.md");
            }
        }
        for (auto it = described.begin(); it != described.end(); ++it) {
            if (!folders.contains(it.key())) {
                problems << QStringLiteral("docs/architecture.md names ") + it.key()
                        + QStringLiteral(", which holds no source file");
            }
            for (const QString &target : it.value()) {
                const bool named = std::any_of(
                    folders.begin(), folders.end(), [&](const QString &folder) { return allows({target}, folder); });
                if (!named) {
                    problems << it.key() + QStringLiteral(" ─▶ ") + target + QStringLiteral(": no such folder");
                }
            }
        }
        problems.sort();
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void includesFollowTheArrows()
    {
        const QHash<QString, QStringList> described = arrows();
        QStringList problems;
        for (const SourceFile &file : sources()) {
            for (const QString &include : includes(file, QLatin1Char('"'))) {
                const QString folder = includedFolder(file, include);
                if (folder.isEmpty()) {
                    problems << file.path + QStringLiteral(": \"") + include + QStringLiteral("\" is not in the tree");
                } else if (folder != file.folder && !allows(described.value(file.folder), folder)) {
                    problems << file.path + QStringLiteral(" includes \"") + include + QStringLiteral("\": ")
                            + file.folder + QStringLiteral(" ─▶ ") + folder + QStringLiteral(" is not allowed");
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void includesNameTheirFolder()
    {
        // "planfile.h" from a file beside it would compile, but hide where it lives.
        QStringList problems;
        for (const SourceFile &file : sources()) {
            for (const QString &include : includes(file, QLatin1Char('"'))) {
                if (!include.contains(QLatin1Char('/')) && file.folder != QLatin1String("app")
                    && file.folder != QLatin1String("ui")) {
                    problems << file.path + QStringLiteral(": \"") + include + QStringLiteral("\"");
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void coreAndReportUseNoWidgets()
    {
        // Qt 6 keeps the undo framework in Qt Gui; it is the core's only Gui type.
        const QSet<QString> undo = {QStringLiteral("QUndoStack"), QStringLiteral("QUndoCommand")};
        QStringList problems;
        for (const SourceFile &file : sources()) {
            const bool core = inFolder(file, QStringLiteral("app/core"));
            const bool report = inFolder(file, QStringLiteral("app/report"));
            if (!core && !report) {
                continue;
            }
            for (const QString &include : includes(file, QLatin1Char('<'))) {
                const QString module = qtModuleOf(include);
                const bool widgets = module == QLatin1String("QtWidgets");
                const bool gui = module == QLatin1String("QtGui") || module == QLatin1String("QtPrintSupport");
                if (widgets || (core && gui && !undo.contains(include))) {
                    problems << file.path + QStringLiteral(" includes <") + include + QStringLiteral("> of ") + module;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
        // The check itself must know a widget when it sees one.
        QCOMPARE(qtModuleOf(QStringLiteral("QWidget")), QStringLiteral("QtWidgets"));
        QCOMPARE(qtModuleOf(QStringLiteral("QUndoStack")), QStringLiteral("QtGui"));
    }

    void interfaceWritesNoSql()
    {
        static const QRegularExpression sql(
            QStringLiteral("\"\\s*(SELECT|INSERT INTO|UPDATE \\w+ SET|DELETE FROM|CREATE TABLE|PRAGMA)\\b"));
        static const QRegularExpression queries(QStringLiteral("\\b(QSql\\w+|execQuery|queryValue|Transaction)\\b"));
        const QStringList storageInternals
            = {QStringLiteral("storage/sqlquery.h"), QStringLiteral("storage/transaction.h"),
                QStringLiteral("storage/recordstore.h"), QStringLiteral("storage/schema.h")};
        QStringList problems;
        for (const SourceFile &file : sources()) {
            if (!inFolder(file, QStringLiteral("ui"))) {
                continue;
            }
            if (const QRegularExpressionMatch match = sql.match(file.text); match.hasMatch()) {
                problems << file.path + QStringLiteral(": SQL ") + match.captured(0);
            }
            if (const QRegularExpressionMatch match = queries.match(file.text); match.hasMatch()) {
                problems << file.path + QStringLiteral(": ") + match.captured(0);
            }
            for (const QString &include : includes(file, QLatin1Char('"'))) {
                if (storageInternals.contains(include)) {
                    problems << file.path + QStringLiteral(" includes \"") + include + QLatin1Char('"');
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void onlyStorageKnowsSqlite()
    {
        static const QRegularExpression sqlite(
            QStringLiteral("<sqlite3\\.h>|\\bsqlite3_\\w+|\"QSQLITE\"|\\bPRAGMA\\b|\\bpragma_\\w+"));
        QStringList problems;
        for (const SourceFile &file : sources()) {
            if (inFolder(file, QStringLiteral("app/core/storage"))) {
                continue;
            }
            for (auto it = sqlite.globalMatch(file.text); it.hasNext();) {
                problems << file.path + QStringLiteral(": ") + it.next().captured(0);
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }

    void noSourceAtTheTopOfCoreOrInterface()
    {
        // The top of ui/ is the main window; the top of app/core/ is only its CMake file.
        const QSet<QString> allowed = {QStringLiteral("ui/mainwindow.cpp"), QStringLiteral("ui/mainwindow.h")};
        QStringList problems;
        for (const SourceFile &file : sources()) {
            if ((file.folder == QLatin1String("app/core") || file.folder == QLatin1String("ui"))
                && !allowed.contains(file.path)) {
                problems << file.path;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(report(problems)));
    }
};

QTEST_GUILESS_MAIN(TestArchitecture)
#include "tst_architecture.moc"
