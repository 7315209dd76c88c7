// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchange/planjsonimport.h"

#include "interchange/logging.h"
#include "interchange/planjsonexport.h"
#include "storage/foreignkeys.h"
#include "storage/outputfile.h"
#include "storage/planfile.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"
#include "storage/storageerror.h"
#include "storage/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTemporaryFile>

#include <cerrno>
#include <cmath>
#include <memory>

namespace fallback {

namespace {

using schema::ColumnType;

class Importer
{
    Q_DECLARE_TR_FUNCTIONS(fallback::PlanJsonImport)
public:
    explicit Importer(QSqlDatabase db)
        : m_db(std::move(db))
    { }

    QString run(const QJsonObject &tables)
    {
        for (auto it = tables.begin(); it != tables.end(); ++it) {
            if (!schema::tableNames().contains(it.key())) {
                return tr("The file contains an unknown section \"%1\".").arg(it.key());
            }
            if (!it.value().isArray()) {
                return tr("The section \"%1\" is not a list of records.").arg(it.key());
            }
        }
        Transaction transaction(m_db);
        // Records may refer to records later in the file (a group's parent,
        // a member's backup); references are checked once everything is in.
        foreignkeys::deferChecks(m_db);
        execQuery(m_db, QStringLiteral("DELETE FROM plan"));
        for (const QString &table : schema::tableNames()) {
            const QJsonArray rows = tables.value(table).toArray();
            if (const QString error = insertRows(table, rows); !error.isEmpty()) {
                return error;
            }
        }
        if (queryValue(m_db, QStringLiteral("SELECT COUNT(*) FROM plan")).toInt() == 0) {
            execQuery(m_db, QStringLiteral("INSERT INTO plan (id) VALUES (1)"));
        }
        if (const auto violation = foreignkeys::firstViolation(m_db)) {
            return tr("A record in section \"%1\" refers to a record of \"%2\" that the file does not contain.")
                .arg(violation->table, violation->referencedTable);
        }
        if (!transaction.commit()) {
            return tr("The plan could not be written: %1").arg(StorageError::cause(m_db.lastError()));
        }
        return {};
    }

private:
    QString insertRows(const QString &table, const QJsonArray &rows)
    {
        const QHash<QString, ColumnType> types = schema::columnTypes(m_db, table);
        for (qsizetype index = 0; index < rows.size(); ++index) {
            const QString where = tr("record %1 of section \"%2\"").arg(index + 1).arg(table);
            if (!rows.at(index).isObject()) {
                return tr("The %1 is not an object.").arg(where);
            }
            const QJsonObject row = rows.at(index).toObject();
            QStringList names;
            QStringList placeholders;
            QVariantList values;
            for (auto it = row.begin(); it != row.end(); ++it) {
                const auto type = types.constFind(it.key());
                if (type == types.constEnd()) {
                    return tr("The %1 has an unknown field \"%2\".").arg(where, it.key());
                }
                QVariant value;
                if (!convert(it.value(), *type, &value)) {
                    return tr("The field \"%1\" of the %2 has a value of the wrong type.").arg(it.key(), where);
                }
                names << quotedIdentifier(it.key());
                placeholders << QStringLiteral("?");
                values << value;
            }
            const QString sql = names.isEmpty()
                ? QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(quotedIdentifier(table))
                : QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                      .arg(quotedIdentifier(table), names.join(QLatin1String(", ")),
                          placeholders.join(QLatin1String(", ")));
            QSqlQuery query = execQuery(m_db, sql, values);
            if (!query.isActive()) {
                return tr("The %1 is not valid: %2").arg(where, StorageError::cause(query.lastError()));
            }
        }
        return {};
    }

    static bool convert(const QJsonValue &json, ColumnType type, QVariant *value)
    {
        if (json.isNull()) {
            *value = QVariant();
            return true;
        }
        switch (type) {
        case ColumnType::Integer: {
            if (!json.isDouble()) {
                return false;
            }
            const double number = json.toDouble();
            if (std::trunc(number) != number || std::abs(number) > 9.0e15) {
                return false;
            }
            *value = json.toInteger();
            return true;
        }
        case ColumnType::Real:
            if (!json.isDouble()) {
                return false;
            }
            *value = json.toDouble();
            return true;
        case ColumnType::Text:
            if (!json.isString()) {
                return false;
            }
            *value = json.toString();
            return true;
        }
        return false;
    }

    QSqlDatabase m_db;
};

QString validateEnvelope(const QJsonDocument &document, QJsonObject *tables)
{
    if (!document.isObject()) {
        return PlanJsonImport::tr("The file is not a Fallback plan export.");
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("fallback-plan")) {
        return PlanJsonImport::tr("The file is not a Fallback plan export.");
    }
    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble()) {
        return PlanJsonImport::tr("The file does not say which version of the format it uses.");
    }
    if (version.toInt() > PlanJsonExport::FormatVersion) {
        return PlanJsonImport::tr("The file was written by a newer version of Fallback (format version %1); "
                                  "this version reads up to %2.")
            .arg(version.toInt())
            .arg(PlanJsonExport::FormatVersion);
    }
    if (version.toInt() < 1) {
        return PlanJsonImport::tr("The file has an invalid format version.");
    }
    // A plan of a newer schema may hold what this build would silently drop.
    const QJsonValue schemaVersion = root.value(QStringLiteral("schemaVersion"));
    if (schemaVersion.isDouble() && schemaVersion.toInt() > schema::CurrentVersion) {
        return PlanJsonImport::tr("The file was exported from a plan of a newer format (version %1) by a newer "
                                  "version of Fallback; this version reads plans up to format version %2.")
            .arg(schemaVersion.toInt())
            .arg(schema::CurrentVersion);
    }
    if (!root.value(QStringLiteral("tables")).isObject()) {
        return PlanJsonImport::tr("The file holds no plan data.");
    }
    *tables = root.value(QStringLiteral("tables")).toObject();
    return {};
}

} // namespace

QString PlanJsonImport::createPlan(const QByteArray &json, const QString &planPath)
{
    const QString target = QFileInfo(planPath).absoluteFilePath();
    if (QFileInfo::exists(target)) {
        return tr("\"%1\" already exists; it was not overwritten.").arg(QDir::toNativeSeparators(target));
    }
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
    }
    QJsonObject tables;
    if (const QString error = validateEnvelope(document, &tables); !error.isEmpty()) {
        return error;
    }
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir()) {
        return tr("The folder of \"%1\" does not exist.").arg(QDir::toNativeSeparators(target));
    }

    // Build the plan under a temporary name beside the target, then move it
    // into place: a half-built plan is never visible under the real name.
    QString temporaryPath;
    {
        QTemporaryFile placeholder(QFileInfo(target).absolutePath() + QLatin1String("/.fallback-new-XXXXXX"));
        errno = 0;
        if (!placeholder.open()) {
            const QString cause = errno != 0 ? OutputFile::cause(errno) : placeholder.errorString();
            return tr("Cannot create \"%1\": %2").arg(QDir::toNativeSeparators(target), cause);
        }
        temporaryPath = placeholder.fileName();
    }
    QString error;
    {
        std::unique_ptr<PlanFile> file = PlanFile::create(temporaryPath, &error);
        if (!file) {
            // The user named the target; the temporary name beside it is ours.
            return error.replace(QDir::toNativeSeparators(temporaryPath), QDir::toNativeSeparators(target));
        }
        error = Importer(file->database()).run(tables);
    }
    if (error.isEmpty() && !QFile::rename(temporaryPath, target)) {
        error = tr("Cannot create \"%1\".").arg(QDir::toNativeSeparators(target));
    }
    if (!error.isEmpty()) {
        QFile::remove(temporaryPath);
        QFile::remove(temporaryPath + QLatin1String("-journal"));
        qCInfo(lcInterchange) << "import refused:" << error;
    }
    return error;
}

QStringList PlanJsonImport::templateNames()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString PlanJsonImport::createFromTemplate(const QString &templateName, const QString &planPath)
{
    if (!templateNames().contains(templateName)) {
        return tr("Unknown template \"%1\"; choose one of: %2.")
            .arg(templateName, templateNames().join(QLatin1String(", ")));
    }
    QFile file(QStringLiteral(":/fallback/templates/%1.json").arg(templateName));
    if (!file.open(QIODevice::ReadOnly)) {
        return tr("The built-in template \"%1\" is missing from this build.").arg(templateName);
    }
    return createPlan(file.readAll(), planPath);
}

} // namespace fallback
