// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The models behind the organisation, contacts, warning level and measures
// pages: what they show, which edits they take or refuse, and how undo
// restores them. Every model runs under QAbstractItemModelTester while it is
// edited; what reached the file is read back through a connection of its own.
#include "content/plancontentreader.h"
#include "document/plandocument.h"
#include "document/vocabulary.h"
#include "interchange/planjsonimport.h"
#include "models/groupmembermodel.h"
#include "models/linkchecklistmodel.h"
#include "models/measuremodel.h"
#include "models/membermodel.h"
#include "models/orggrouptreemodel.h"
#include "models/resourcemodel.h"
#include "models/warninglevelmodel.h"
#include "planopening.h"
#include "storage/sqlquery.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace fallback;
using namespace fallback::test;

namespace {
constexpr auto Checking = QAbstractItemModelTester::FailureReportingMode::QtTest;

const LinkChecklistModel::Link NotifiedGroups {QStringLiteral("warning_level_group"),
    QStringLiteral("warning_level_id"), QStringLiteral("group_id"), QStringLiteral("org_group"),
    QStringLiteral("name")};
} // namespace

class TestEditorModels : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<PlanDocument> m_document;

    /// Reads the plan through a connection of its own, as another program would.
    QVariant stored(const QString &sql, const QVariantList &values = {}) const
    {
        auto file = test::openPlan(m_path, PlanFile::Access::ReadOnly);
        return file ? queryValue(file->database(), sql, values) : QVariant();
    }

    /// The values of the first column, read as stored(), joined by commas.
    QString storedList(const QString &sql) const
    {
        auto file = test::openPlan(m_path, PlanFile::Access::ReadOnly);
        return file ? test::columnOf(file->database(), sql).join(QLatin1Char(',')) : QString();
    }

    qint64 memberId(const QString &name) const
    {
        return queryValue(m_document->database(), QStringLiteral("SELECT id FROM member WHERE name = ?"), {name})
            .toLongLong();
    }

    qint64 groupId(const QString &name) const
    {
        return queryValue(m_document->database(), QStringLiteral("SELECT id FROM org_group WHERE name = ?"), {name})
            .toLongLong();
    }

    int undoSteps() const { return m_document->undoStack()->count(); }

    static QStringList childNames(const OrgGroupTreeModel &model, qint64 parentId)
    {
        const QModelIndex parent = parentId == 0 ? QModelIndex() : model.indexOf(parentId);
        QStringList names;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            names << model.index(row, 0, parent).data().toString();
        }
        return names;
    }

    static QStringList column(const QAbstractItemModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row) {
            values << model.index(row, column).data().toString();
        }
        return values;
    }

    /// The members of a group in the order the printed plan lists them.
    QStringList reportedMembers(qint64 group) const
    {
        for (const content::Group &g : PlanContentReader(m_document->database()).groups()) {
            if (g.id == group) {
                QStringList names;
                for (const content::GroupMembership &membership : g.members) {
                    names << membership.member.name;
                }
                return names;
            }
        }
        return {};
    }

    static int rowOfTarget(const LinkChecklistModel &model, qint64 targetId)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, 0).data(Qt::UserRole).toLongLong() == targetId) {
                return row;
            }
        }
        return -1;
    }

    static int rowWithText(const QAbstractItemModel &model, int column, const QString &text)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.index(row, column).data().toString() == text) {
                return row;
            }
        }
        return -1;
    }

private Q_SLOTS:
    void init()
    {
        static int counter = 0;
        m_path = m_dir.filePath(QStringLiteral("editor-%1.fallback").arg(++counter));
        const QByteArray json = fileBytes(testDataPath(QStringLiteral("report-plan-en.json")));
        QVERIFY(!json.isEmpty());
        QCOMPARE(PlanJsonImport::createPlan(json, m_path), QString());
        m_document = test::openDocument(m_path, PlanFile::Access::ReadWrite, nullptr);
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    // --- Organisation tree ---------------------------------------------------

    void treeMirrorsParentIds()
    {
        OrgGroupTreeModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QCOMPARE(childNames(model, 0), QStringList {QStringLiteral("Emergency leadership group")});
        QCOMPARE(childNames(model, 1), QStringList {QStringLiteral("Emergency command")});
        QCOMPARE(childNames(model, 2),
            (QStringList {QStringLiteral("Technical support group"), QStringLiteral("Operations assurance group"),
                QStringLiteral("Business coordination group"), QStringLiteral("Information liaison group"),
                QStringLiteral("Publicity group"), QStringLiteral("Security assurance group")}));
        QSqlQuery groups
            = execQuery(m_document->database(), QStringLiteral("SELECT id, parent_id, name FROM org_group"));
        int seen = 0;
        while (groups.next()) {
            const QModelIndex index = model.indexOf(groups.value(0).toLongLong());
            QVERIFY(index.isValid());
            QCOMPARE(index.data().toString(), groups.value(2).toString());
            QCOMPARE(index.data(OrgGroupTreeModel::GroupIdRole).toLongLong(), groups.value(0).toLongLong());
            QCOMPARE(model.groupId(index.parent()), groups.value(1).toLongLong());
            ++seen;
        }
        QCOMPARE(seen, 8);
    }

    void renamingAGroupRefusesAnEmptyName()
    {
        OrgGroupTreeModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QVERIFY(model.setData(model.indexOf(7), QStringLiteral("  Press office  ")));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM org_group WHERE id = 7")).toString(),
            QStringLiteral("Press office"));
        QCOMPARE(model.indexOf(7).data().toString(), QStringLiteral("Press office"));
        QVERIFY(!model.setData(model.indexOf(7), QStringLiteral("   ")));
        QCOMPARE(stored(QStringLiteral("SELECT name FROM org_group WHERE id = 7")).toString(),
            QStringLiteral("Press office"));
    }

    void moveGroupUnderAnotherIsOneUndoStep()
    {
        OrgGroupTreeModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const QStringList commandGroups = childNames(model, 2);
        const int steps = undoSteps();

        // The publicity group now reports to the leadership group directly, first in line.
        QVERIFY(model.moveGroup(7, 1, 0));
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(stored(QStringLiteral("SELECT parent_id FROM org_group WHERE id = 7")).toLongLong(), 1);
        QCOMPARE(model.groupId(model.indexOf(7).parent()), 1);
        QCOMPARE(childNames(model, 1),
            (QStringList {QStringLiteral("Publicity group"), QStringLiteral("Emergency command")}));
        QCOMPARE(childNames(model, 2).size(), commandGroups.size() - 1);

        m_document->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("SELECT parent_id FROM org_group WHERE id = 7")).toLongLong(), 2);
        QCOMPARE(model.groupId(model.indexOf(7).parent()), 2);
        QCOMPARE(childNames(model, 2), commandGroups);
        QCOMPARE(childNames(model, 1), QStringList {QStringLiteral("Emergency command")});
        QCOMPARE(storedList(QStringLiteral("SELECT id FROM org_group WHERE parent_id = 1 ORDER BY position, id")),
            QStringLiteral("2"));

        m_document->undoStack()->redo();
        QCOMPARE(childNames(model, 1),
            (QStringList {QStringLiteral("Publicity group"), QStringLiteral("Emergency command")}));
    }

    void moveGroupWithinItsParentReorders()
    {
        OrgGroupTreeModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QVERIFY(model.moveGroup(8, 2, 0)); // security first
        QCOMPARE(childNames(model, 2).first(), QStringLiteral("Security assurance group"));
        QCOMPARE(childNames(model, 2).last(), QStringLiteral("Publicity group"));
        QCOMPARE(storedList(QStringLiteral("SELECT id FROM org_group WHERE parent_id = 2 ORDER BY position, id")),
            QStringLiteral("8,3,4,5,6,7"));
        m_document->undoStack()->undo();
        QCOMPARE(childNames(model, 2).first(), QStringLiteral("Technical support group"));
    }

    void movingAGroupIntoItsOwnSubGroupIsRefused()
    {
        OrgGroupTreeModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const int steps = undoSteps();
        QVERIFY(!model.moveGroup(2, 3, -1)); // the command under its own technical group
        QVERIFY(!model.moveGroup(2, 2, -1)); // under itself
        QVERIFY(!model.moveGroup(1, 8, 0)); // the top group under a grandchild
        QVERIFY(!model.moveGroup(3, 999, 0)); // under a group that does not exist
        QCOMPARE(undoSteps(), steps);
        QCOMPARE(stored(QStringLiteral("SELECT parent_id FROM org_group WHERE id = 2")).toLongLong(), 1);
        QVERIFY(stored(QStringLiteral("SELECT parent_id FROM org_group WHERE id = 1")).isNull());
        QCOMPARE(model.groupId(model.indexOf(2).parent()), 1);
        QCOMPARE(model.rowCount(), 1);
    }

    void subGroupIsAddedLastAfterGroupsMovedAway()
    {
        OrgGroupTreeModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        // Two groups move out of the command; the gaps they leave must not
        // decide where the next sub-group goes.
        QVERIFY(model.moveGroup(4, 1, -1));
        QVERIFY(model.moveGroup(5, 1, -1));
        const qint64 added = model.addGroup(2);
        QVERIFY(added != 0);
        QCOMPARE(model.indexOf(added).data().toString(), QStringLiteral("New group"));
        QCOMPARE(model.groupId(model.indexOf(added).parent()), 2);
        QCOMPARE(childNames(model, 2).last(), QStringLiteral("New group"));
        QCOMPARE(model.indexOf(added).row(), model.rowCount(model.indexOf(2)) - 1);
        m_document->undoStack()->undo();
        QVERIFY(!model.indexOf(added).isValid());
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group")).toInt(), 8);
    }

    void removeGroupTakesSubGroupsAndMembershipsAndUndoRestoresThem()
    {
        OrgGroupTreeModel tree(m_document.get());
        QAbstractItemModelTester treeTester(&tree, Checking);
        MemberModel members(m_document.get());
        QAbstractItemModelTester membersTester(&members, Checking);
        GroupMemberModel ofSunLi(m_document.get(), GroupMemberModel::Perspective::Member);
        ofSunLi.setOwner(memberId(QStringLiteral("Sun Li")));
        QAbstractItemModelTester ofSunLiTester(&ofSunLi, Checking);
        LinkChecklistModel notified(m_document.get(), NotifiedGroups);
        notified.setOwner(1);
        QAbstractItemModelTester notifiedTester(&notified, Checking);

        const QString duty = stored(QStringLiteral("SELECT duty FROM org_group WHERE id = 3")).toString();
        QVERIFY(!duty.isEmpty());
        const int sunLiRow = members.rowOf(memberId(QStringLiteral("Sun Li")));
        const QString sunLiGroups = members.index(sunLiRow, MemberModel::GroupsColumn).data().toString();
        QVERIFY(sunLiGroups.contains(QLatin1String("Emergency command")));
        QCOMPARE(ofSunLi.rowCount(), 2);
        QCOMPARE(notified.rowCount(), 8);
        QCOMPARE(tree.subtree(2).size(), 7);
        QCOMPARE(tree.membershipCount(2), 18); // everyone but the leadership group's three
        const int steps = undoSteps();

        QVERIFY(tree.removeGroup(2));
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group")).toInt(), 1);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM group_member")).toInt(), 3);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM warning_level_group")).toInt(), 2);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM risk WHERE owner_group_id IS NOT NULL")).toInt(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM member")).toInt(), 14); // contacts stay
        QCOMPARE(childNames(tree, 1), QStringList());
        QVERIFY(!tree.indexOf(3).isValid());
        QCOMPARE(ofSunLi.rowCount(), 1);
        QCOMPARE(members.index(sunLiRow, MemberModel::GroupsColumn).data().toString(),
            QStringLiteral("Emergency leadership group (Deputy)"));
        QCOMPARE(notified.rowCount(), 1);

        m_document->undoStack()->undo();
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM org_group")).toInt(), 8);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM group_member")).toInt(), 21);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM warning_level_group")).toInt(), 22);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM risk WHERE owner_group_id IS NOT NULL")).toInt(), 9);
        QCOMPARE(stored(QStringLiteral("SELECT parent_id FROM org_group WHERE id = 3")).toLongLong(), 2);
        QCOMPARE(stored(QStringLiteral("SELECT duty FROM org_group WHERE id = 3")).toString(), duty);
        QCOMPARE(
            stored(QStringLiteral("SELECT escalation_order FROM group_member WHERE group_id = 3 AND member_id = 14"))
                .toInt(),
            4);
        QCOMPARE(childNames(tree, 2).size(), 6);
        QCOMPARE(tree.groupId(tree.indexOf(3).parent()), 2);
        QCOMPARE(ofSunLi.rowCount(), 2);
        QCOMPARE(members.index(sunLiRow, MemberModel::GroupsColumn).data().toString(), sunLiGroups);
        QCOMPARE(notified.rowCount(), 8);
        QCOMPARE(notified.checkedLabels().size(), 8);
    }

    // --- Memberships ---------------------------------------------------------

    void groupShowsItsMembersInEscalationOrder()
    {
        GroupMemberModel model(m_document.get(), GroupMemberModel::Perspective::Group);
        QAbstractItemModelTester tester(&model, Checking);
        QCOMPARE(model.rowCount(), 0); // no group yet
        model.setOwner(3);
        QCOMPARE(column(model, GroupMemberModel::OtherColumn),
            (QStringList {QStringLiteral("Wang Jianguo"), QStringLiteral("Li Na"), QStringLiteral("Chen Hao"),
                QStringLiteral("O'Brien <b>&amp;</b>")}));
        QCOMPARE(column(model, GroupMemberModel::RoleColumn),
            (QStringList {
                QStringLiteral("Lead"), QStringLiteral("Deputy"), QStringLiteral("Member"), QStringLiteral("Member")}));
        QCOMPARE(model.index(1, GroupMemberModel::MobileColumn).data().toString(), QStringLiteral("+86 137 0112 5804"));
        QCOMPARE(model.headerData(GroupMemberModel::OtherColumn, Qt::Horizontal).toString(), QStringLiteral("Member"));
        QVERIFY(model.isOrderable());
    }

    void addMembershipAppendsAndRefusesADuplicate()
    {
        GroupMemberModel model(m_document.get(), GroupMemberModel::Perspective::Group);
        model.setOwner(3);
        QAbstractItemModelTester tester(&model, Checking);
        const qint64 wuLei = memberId(QStringLiteral("Wu Lei"));
        QList<qint64> candidateIds;
        for (const auto &candidate : model.candidates()) {
            candidateIds << candidate.first;
        }
        QVERIFY(candidateIds.contains(wuLei));
        QVERIFY(!candidateIds.contains(memberId(QStringLiteral("Li Na")))); // already in the group
        QCOMPARE(candidateIds.size(), 10);
        QCOMPARE(model.index(0, GroupMemberModel::MobileColumn).data().toString(), // shown, as a view does
            QStringLiteral("+86 138 1166 4203"));
        const int steps = undoSteps();

        QVERIFY(model.addMembership(wuLei));
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4, GroupMemberModel::OtherColumn).data().toString(), QStringLiteral("Wu Lei"));
        QCOMPARE(model.index(4, GroupMemberModel::RoleColumn).data(Qt::EditRole).toString(), QStringLiteral("member"));
        QCOMPARE(model.index(4, GroupMemberModel::MobileColumn).data().toString(), QStringLiteral("+86 186 0010 4408"));
        QCOMPARE(
            stored(QStringLiteral("SELECT escalation_order FROM group_member WHERE group_id = 3 AND member_id = ?"),
                {wuLei})
                .toInt(),
            5);
        QVERIFY(!model.addMembership(wuLei));
        QVERIFY(!model.addMembership(memberId(QStringLiteral("Li Na"))));
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE group_id = 3")).toInt(), 5);

        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE group_id = 3")).toInt(), 4);
    }

    void memberAddedAfterARemovalComesLast()
    {
        GroupMemberModel model(m_document.get(), GroupMemberModel::Perspective::Group);
        model.setOwner(3);
        QAbstractItemModelTester tester(&model, Checking);
        QVERIFY(model.removeRecords({2})); // Chen Hao leaves; the orders are now 1, 2, 4
        QVERIFY(model.addMembership(memberId(QStringLiteral("Wu Lei"))));
        const QStringList shown = column(model, GroupMemberModel::OtherColumn);
        QCOMPARE(shown.last(), QStringLiteral("Wu Lei"));
        // The printed plan lists them in the order the editor shows.
        QCOMPARE(reportedMembers(3), shown);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(DISTINCT escalation_order) FROM group_member WHERE group_id = 3"))
                     .toInt(),
            4);
    }

    void moveRecordsChangesEscalationOrderAsOneUndoStep()
    {
        GroupMemberModel model(m_document.get(), GroupMemberModel::Perspective::Group);
        model.setOwner(3);
        QAbstractItemModelTester tester(&model, Checking);
        const QStringList before = column(model, GroupMemberModel::OtherColumn);
        const int steps = undoSteps();
        const QString orderSql
            = QStringLiteral("SELECT member_id FROM group_member WHERE group_id = 3 ORDER BY escalation_order");
        QCOMPARE(storedList(orderSql), QStringLiteral("3,4,5,14"));

        QVERIFY(model.moveRecords({3}, 0)); // the last one first
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(column(model, GroupMemberModel::OtherColumn),
            (QStringList {QStringLiteral("O'Brien <b>&amp;</b>"), QStringLiteral("Wang Jianguo"),
                QStringLiteral("Li Na"), QStringLiteral("Chen Hao")}));
        QCOMPARE(storedList(orderSql), QStringLiteral("14,3,4,5"));
        QCOMPARE(storedList(QStringLiteral(
                     "SELECT escalation_order FROM group_member WHERE group_id = 3 ORDER BY escalation_order")),
            QStringLiteral("1,2,3,4"));
        QCOMPARE(reportedMembers(3), column(model, GroupMemberModel::OtherColumn));

        QVERIFY(model.moveRecords({0, 1}, model.rowCount())); // two together to the end
        QCOMPARE(storedList(orderSql), QStringLiteral("4,5,14,3"));
        QCOMPARE(undoSteps(), steps + 2);
        QVERIFY(!model.moveRecords({0}, 0)); // no change, no step
        QCOMPARE(undoSteps(), steps + 2);

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(column(model, GroupMemberModel::OtherColumn), before);
        QCOMPARE(storedList(orderSql), QStringLiteral("3,4,5,14"));
    }

    void contactPerspectiveShowsTheirGroupsAndIsNotOrderable()
    {
        GroupMemberModel model(m_document.get(), GroupMemberModel::Perspective::Member);
        QAbstractItemModelTester tester(&model, Checking);
        model.setOwner(memberId(QStringLiteral("Sun Li")));
        QCOMPARE(model.headerData(GroupMemberModel::OtherColumn, Qt::Horizontal).toString(), QStringLiteral("Group"));
        QCOMPARE(model.rowCount(), 2);
        const int leadership
            = rowWithText(model, GroupMemberModel::OtherColumn, QStringLiteral("Emergency leadership group"));
        const int command = rowWithText(model, GroupMemberModel::OtherColumn, QStringLiteral("Emergency command"));
        QVERIFY(leadership >= 0 && command >= 0);
        QCOMPARE(model.index(leadership, GroupMemberModel::RoleColumn).data().toString(), QStringLiteral("Deputy"));
        QCOMPARE(model.index(command, GroupMemberModel::RoleColumn).data().toString(), QStringLiteral("Lead"));
        QVERIFY(!model.isOrderable());
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsDragEnabled));
        QVERIFY(model.supportedDropActions() == Qt::IgnoreAction);
        const QStringList before = column(model, GroupMemberModel::OtherColumn);
        const int steps = undoSteps();
        QVERIFY(!model.moveRecords({1}, 0));
        QCOMPARE(undoSteps(), steps);
        QCOMPARE(column(model, GroupMemberModel::OtherColumn), before);
        // Her role is still editable from here.
        QVERIFY(model.setData(model.index(leadership, GroupMemberModel::RoleColumn), QStringLiteral("member")));
        QCOMPARE(
            stored(QStringLiteral("SELECT role FROM group_member WHERE group_id = 1 AND member_id = 2")).toString(),
            QStringLiteral("member"));
        QVERIFY(!model.setData(model.index(leadership, GroupMemberModel::RoleColumn), QStringLiteral("chief")));
        QCOMPARE(
            stored(QStringLiteral("SELECT role FROM group_member WHERE group_id = 1 AND member_id = 2")).toString(),
            QStringLiteral("member"));
    }

    void groupAddedFromAContactPutsThemLastInThatGroup()
    {
        const qint64 wuLei = memberId(QStringLiteral("Wu Lei")); // in the operations group only
        GroupMemberModel groupsOfWuLei(m_document.get(), GroupMemberModel::Perspective::Member);
        groupsOfWuLei.setOwner(wuLei);
        QAbstractItemModelTester tester(&groupsOfWuLei, Checking);
        GroupMemberModel technical(m_document.get(), GroupMemberModel::Perspective::Group);
        technical.setOwner(3);
        GroupMemberModel business(m_document.get(), GroupMemberModel::Perspective::Group);
        business.setOwner(5);
        QCOMPARE(groupsOfWuLei.rowCount(), 1);

        QVERIFY(groupsOfWuLei.addMembership(3));
        QCOMPARE(groupsOfWuLei.rowCount(), 2);
        QCOMPARE(column(technical, GroupMemberModel::OtherColumn).last(), QStringLiteral("Wu Lei"));
        QCOMPARE(reportedMembers(3).last(), QStringLiteral("Wu Lei"));

        // Add on the contacts page: a row for the first free group, then the
        // user picks the group they meant.
        const QModelIndex added = groupsOfWuLei.appendRecord();
        QVERIFY(added.isValid());
        QCOMPARE(groupsOfWuLei.rowCount(), 3);
        const int row = groupsOfWuLei.rowOf(added.data(RecordTableModel::RecordIdRole).toLongLong());
        QVERIFY(groupsOfWuLei.setData(groupsOfWuLei.index(row, GroupMemberModel::OtherColumn), 5));
        QCOMPARE(
            stored(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE member_id = ? AND group_id = 5"), {wuLei})
                .toInt(),
            1);
        QCOMPARE(column(business, GroupMemberModel::OtherColumn),
            (QStringList {QStringLiteral("Zheng Xiaoyan"), QStringLiteral("Huang Tao"), QStringLiteral("Wu Lei")}));
        QCOMPARE(reportedMembers(5), column(business, GroupMemberModel::OtherColumn));
    }

    void membershipEditRefusesAnEmptyOrDuplicateContact()
    {
        GroupMemberModel model(m_document.get(), GroupMemberModel::Perspective::Group);
        model.setOwner(3);
        QAbstractItemModelTester tester(&model, Checking);
        QSignalSpy failed(m_document.get(), &PlanDocument::writeFailed);
        const QModelIndex first = model.index(0, GroupMemberModel::OtherColumn);
        const int steps = undoSteps();
        QVERIFY(!model.setData(first, QVariant())); // "(none)": a membership needs a contact
        QVERIFY(!model.setData(first, memberId(QStringLiteral("Li Na")))); // already in the group
        QVERIFY(!model.setData(first, 999));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(undoSteps(), steps);
        QCOMPARE(first.data().toString(), QStringLiteral("Wang Jianguo"));

        // Another contact takes the lead's place in the escalation order.
        QCOMPARE(model.index(0, GroupMemberModel::MobileColumn).data().toString(), QStringLiteral("+86 138 1166 4203"));
        QVERIFY(model.setData(first, memberId(QStringLiteral("Wu Lei"))));
        QCOMPARE(model.index(0, GroupMemberModel::OtherColumn).data().toString(), QStringLiteral("Wu Lei"));
        QCOMPARE(model.index(0, GroupMemberModel::MobileColumn).data().toString(), QStringLiteral("+86 186 0010 4408"));
        QCOMPARE(
            stored(QStringLiteral("SELECT escalation_order FROM group_member WHERE group_id = 3 AND member_id = 8"))
                .toInt(),
            1);
        QCOMPARE(failed.count(), 0);
    }

    // --- Contacts -------------------------------------------------------------

    void contactsNotVerifiedLatelyAreFlagged_data()
    {
        QTest::addColumn<int>("daysAgo"); // -1: never verified
        QTest::addColumn<bool>("flagged");
        QTest::newRow("never") << -1 << true;
        QTest::newRow("200 days") << 200 << true;
        QTest::newRow("181 days") << 181 << true;
        QTest::newRow("180 days") << 180 << false;
        QTest::newRow("10 days") << 10 << false;
        QTest::newRow("today") << 0 << false;
    }

    void contactsNotVerifiedLatelyAreFlagged()
    {
        QFETCH(int, daysAgo);
        QFETCH(bool, flagged);
        const QDate reference(2026, 12, 1);
        MemberModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        model.setReferenceDate(reference);
        const int row = model.rowOf(memberId(QStringLiteral("Li Na")));
        const QModelIndex verified = model.index(row, MemberModel::VerifiedColumn);
        const QVariant value = daysAgo < 0 ? QVariant() : QVariant(reference.addDays(-daysAgo).toString(Qt::ISODate));
        QVERIFY(model.setData(verified, value));
        QCOMPARE(model.needsVerification(model.recordAt(row)), flagged);
        QCOMPARE(verified.data(Qt::BackgroundRole).isValid(), flagged);
        QCOMPARE(verified.data(Qt::ToolTipRole).toString().isEmpty(), !flagged);
        QVERIFY(!model.index(row, MemberModel::NameColumn).data(Qt::BackgroundRole).isValid());
    }

    void verificationIsJudgedAgainstTheReferenceDate()
    {
        MemberModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const int liNa = model.rowOf(memberId(QStringLiteral("Li Na"))); // verified 2026-09-28
        const int wuLei = model.rowOf(memberId(QStringLiteral("Wu Lei"))); // never verified
        model.setReferenceDate(QDate(2026, 10, 8));
        QVERIFY(!model.index(liNa, MemberModel::VerifiedColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(wuLei, MemberModel::VerifiedColumn).data(Qt::BackgroundRole).isValid());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReferenceDate(QDate(2027, 4, 16)); // 200 days on
        QVERIFY(changed.count() > 0); // the view repaints the highlight
        QVERIFY(model.index(liNa, MemberModel::VerifiedColumn).data(Qt::BackgroundRole).isValid());
    }

    void groupsColumnListsGroupsWithRolesAndFollowsMemberships()
    {
        MemberModel members(m_document.get());
        QAbstractItemModelTester tester(&members, Checking);
        const int sunLi = members.rowOf(memberId(QStringLiteral("Sun Li")));
        QCOMPARE(members.index(sunLi, MemberModel::GroupsColumn).data().toString(),
            QStringLiteral("Emergency leadership group (Deputy); Emergency command (Lead)"));
        const qint64 wuLei = memberId(QStringLiteral("Wu Lei"));
        const QModelIndex wuLeiGroups = members.index(members.rowOf(wuLei), MemberModel::GroupsColumn);
        QCOMPARE(wuLeiGroups.data().toString(), QStringLiteral("Operations assurance group"));
        QVERIFY(!(members.flags(wuLeiGroups) & Qt::ItemIsEditable));

        GroupMemberModel technical(m_document.get(), GroupMemberModel::Perspective::Group);
        technical.setOwner(3);
        QSignalSpy changed(&members, &QAbstractItemModel::dataChanged);
        QVERIFY(technical.addMembership(wuLei));
        QVERIFY(changed.count() > 0);
        QString groups = wuLeiGroups.data().toString();
        QVERIFY2(groups.contains(QLatin1String("Technical support group")), qPrintable(groups));
        QVERIFY(groups.contains(QLatin1String("Operations assurance group")));

        QVERIFY(technical.setData(technical.index(4, GroupMemberModel::RoleColumn), QStringLiteral("deputy")));
        groups = wuLeiGroups.data().toString();
        QVERIFY2(groups.contains(QLatin1String("Technical support group (Deputy)")), qPrintable(groups));

        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(wuLeiGroups.data().toString(), QStringLiteral("Operations assurance group"));
    }

    void invalidDateIsRefusedAndTheOldValueKept_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30");
        QTest::newRow("word") << QStringLiteral("tomorrow");
        QTest::newRow("month 13") << QStringLiteral("2026-13-01");
        QTest::newRow("day first") << QStringLiteral("01/02/2026");
    }

    void invalidDateIsRefusedAndTheOldValueKept()
    {
        QFETCH(QString, typed);
        MemberModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const qint64 zhao = memberId(QStringLiteral("Zhao Guoqiang"));
        const QModelIndex verified = model.index(model.rowOf(zhao), MemberModel::VerifiedColumn);
        const int steps = undoSteps();
        QVERIFY(!model.setData(verified, typed));
        QCOMPARE(verified.data().toString(), QStringLiteral("2026-01-12"));
        QCOMPARE(stored(QStringLiteral("SELECT verified_on FROM member WHERE id = ?"), {zhao}).toString(),
            QStringLiteral("2026-01-12"));
        QCOMPARE(undoSteps(), steps);

        QVERIFY(model.setData(verified, QStringLiteral(" 2026-02-28 ")));
        QCOMPARE(stored(QStringLiteral("SELECT verified_on FROM member WHERE id = ?"), {zhao}).toString(),
            QStringLiteral("2026-02-28"));
        QVERIFY(model.setData(verified, QString())); // emptied: never verified
        QVERIFY(stored(QStringLiteral("SELECT verified_on FROM member WHERE id = ?"), {zhao}).isNull());
    }

    void backupIsAnotherContact()
    {
        MemberModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const qint64 zhao = memberId(QStringLiteral("Zhao Guoqiang"));
        const int row = model.rowOf(zhao);
        const QModelIndex backup = model.index(row, MemberModel::BackupColumn);
        QCOMPARE(backup.data().toString(), QStringLiteral("Sun Li"));
        QCOMPARE(backup.data(Qt::EditRole).toLongLong(), memberId(QStringLiteral("Sun Li")));

        QHash<qint64, QString> choices;
        bool hasNone = false;
        for (const QVariant &choice : backup.data(RecordTableModel::ChoicesRole).toList()) {
            const QVariantList pair = choice.toList();
            if (pair.value(0).isNull()) {
                hasNone = true;
            } else {
                choices.insert(pair.value(0).toLongLong(), pair.value(1).toString());
            }
        }
        QVERIFY(hasNone);
        for (int other = 0; other < model.rowCount(); ++other) {
            if (other != row) {
                QCOMPARE(
                    choices.value(model.idAt(other)), model.index(other, MemberModel::NameColumn).data().toString());
            }
        }

        const int steps = undoSteps();
        QVERIFY(!model.setData(backup, 999));
        QVERIFY(!model.setData(backup, QStringLiteral("somebody")));
        QCOMPARE(undoSteps(), steps);
        QCOMPARE(backup.data().toString(), QStringLiteral("Sun Li"));
        QCOMPARE(stored(QStringLiteral("SELECT backup_member_id FROM member WHERE id = ?"), {zhao}).toLongLong(),
            memberId(QStringLiteral("Sun Li")));

        QVERIFY(model.setData(backup, memberId(QStringLiteral("Li Na"))));
        QCOMPARE(backup.data().toString(), QStringLiteral("Li Na"));
        QCOMPARE(stored(QStringLiteral("SELECT backup_member_id FROM member WHERE id = ?"), {zhao}).toLongLong(),
            memberId(QStringLiteral("Li Na")));
        QVERIFY(model.setData(backup, QVariant()));
        QCOMPARE(backup.data().toString(), QString());
        QVERIFY(stored(QStringLiteral("SELECT backup_member_id FROM member WHERE id = ?"), {zhao}).isNull());
    }

    void removingABackupClearsItUntilUndo()
    {
        MemberModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const qint64 zhao = memberId(QStringLiteral("Zhao Guoqiang"));
        QVERIFY(model.removeRecords({model.rowOf(memberId(QStringLiteral("Sun Li")))}));
        QCOMPARE(model.rowCount(), 13);
        QCOMPARE(model.index(model.rowOf(zhao), MemberModel::BackupColumn).data().toString(), QString());
        QVERIFY(stored(QStringLiteral("SELECT backup_member_id FROM member WHERE id = ?"), {zhao}).isNull());
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 14);
        QCOMPARE(model.index(model.rowOf(zhao), MemberModel::BackupColumn).data().toString(), QStringLiteral("Sun Li"));
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM group_member WHERE member_id = 2")).toInt(), 2);
    }

    // --- Notified groups --------------------------------------------------------

    void tickingAGroupLinksItAndUntickingUnlinks()
    {
        LinkChecklistModel model(m_document.get(), NotifiedGroups);
        QAbstractItemModelTester tester(&model, Checking);
        model.setOwner(4); // level IV notifies the command and the technical group
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.checkedLabels(),
            (QStringList {QStringLiteral("Emergency command"), QStringLiteral("Technical support group")}));
        const int leadership = rowOfTarget(model, 1);
        const int technical = rowOfTarget(model, 3);
        QVERIFY(model.flags(model.index(leadership, 0)) & Qt::ItemIsUserCheckable);
        QCOMPARE(model.index(leadership, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        const QString linkSql
            = QStringLiteral("SELECT COUNT(*) FROM warning_level_group WHERE warning_level_id = 4 AND group_id = ?");
        const int steps = undoSteps();

        QVERIFY(model.setData(model.index(leadership, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(undoSteps(), steps + 1);
        QCOMPARE(stored(linkSql, {1}).toInt(), 1);
        QCOMPARE(model.index(leadership, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!model.setData(model.index(leadership, 0), Qt::Checked, Qt::CheckStateRole)); // already ticked
        QCOMPARE(undoSteps(), steps + 1);

        QVERIFY(model.setData(model.index(technical, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(undoSteps(), steps + 2);
        QCOMPARE(stored(linkSql, {3}).toInt(), 0);
        QCOMPARE(model.checkedLabels(),
            (QStringList {QStringLiteral("Emergency leadership group"), QStringLiteral("Emergency command")}));

        m_document->undoStack()->undo();
        QCOMPARE(stored(linkSql, {3}).toInt(), 1);
        QCOMPARE(model.index(technical, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        m_document->undoStack()->undo();
        QCOMPARE(stored(linkSql, {1}).toInt(), 0);
        QCOMPARE(model.checkedLabels(),
            (QStringList {QStringLiteral("Emergency command"), QStringLiteral("Technical support group")}));
        // Other levels are untouched.
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM warning_level_group")).toInt(), 22);
    }

    void withoutAnOwnerNothingCanBeTicked()
    {
        LinkChecklistModel model(m_document.get(), NotifiedGroups);
        QAbstractItemModelTester tester(&model, Checking);
        QCOMPARE(model.owner(), 0);
        QCOMPARE(model.rowCount(), 8);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!(model.flags(model.index(row, 0)) & Qt::ItemIsUserCheckable));
            QCOMPARE(model.index(row, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        }
        QVERIFY(!model.setData(model.index(0, 0), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(undoSteps(), 0);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM warning_level_group")).toInt(), 22);
        model.setOwner(1);
        QCOMPARE(model.checkedLabels().size(), 8);
        model.setOwner(0);
        QVERIFY(model.checkedLabels().isEmpty());
    }

    void checklistFollowsRenamedAndAddedGroups()
    {
        LinkChecklistModel model(m_document.get(), NotifiedGroups);
        QAbstractItemModelTester tester(&model, Checking);
        model.setOwner(4);
        OrgGroupTreeModel tree(m_document.get());
        QVERIFY(tree.setData(tree.indexOf(3), QStringLiteral("Technical group")));
        QVERIFY(model.checkedLabels().contains(QStringLiteral("Technical group")));
        const qint64 added = tree.addGroup(0);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(rowOfTarget(model, added), 0).data().toString(), QStringLiteral("New group"));
    }

    // --- Warning levels -----------------------------------------------------------

    void levelColourMustBeHex_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("five digits") << QStringLiteral("#12345");
        QTest::newRow("name") << QStringLiteral("red");
        QTest::newRow("seven digits") << QStringLiteral("#1234567");
        QTest::newRow("not hex") << QStringLiteral("#GGHHII");
        QTest::newRow("no hash") << QStringLiteral("AABBCC");
        QTest::newRow("empty") << QString();
    }

    void levelColourMustBeHex()
    {
        QFETCH(QString, typed);
        WarningLevelModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const QModelIndex colour = model.index(0, WarningLevelModel::ColourColumn);
        QVERIFY(!model.setData(colour, typed));
        QCOMPARE(colour.data().toString(), QStringLiteral("#C00000"));
        QCOMPARE(stored(QStringLiteral("SELECT colour FROM warning_level WHERE rank = 1")).toString(),
            QStringLiteral("#C00000"));
        QCOMPARE(undoSteps(), 0);
    }

    void levelIsShownInItsColour()
    {
        WarningLevelModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QCOMPARE(column(model, WarningLevelModel::RankColumn),
            (QStringList {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4")}));
        const QModelIndex name = model.index(0, WarningLevelModel::NameColumn);
        QCOMPARE(name.data(Qt::BackgroundRole).value<QColor>(), QColor(QStringLiteral("#c00000")));
        QVERIFY(!model.index(0, WarningLevelModel::CriteriaColumn).data(Qt::BackgroundRole).isValid());

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(0, WarningLevelModel::ColourColumn), QStringLiteral("#AABBCC")));
        QCOMPARE(stored(QStringLiteral("SELECT colour FROM warning_level WHERE rank = 1")).toString(),
            QStringLiteral("#aabbcc"));
        QVERIFY(changed.count() > 0);
        QCOMPARE(name.data(Qt::BackgroundRole).value<QColor>(), QColor(0xaa, 0xbb, 0xcc));
        QCOMPARE(model.index(0, WarningLevelModel::ColourColumn).data(Qt::DecorationRole).value<QColor>(),
            QColor(0xaa, 0xbb, 0xcc));
        // Light background, dark text; dark background, light text.
        QCOMPARE(name.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
        QVERIFY(model.setData(model.index(0, WarningLevelModel::ColourColumn), QStringLiteral("#202020")));
        QCOMPARE(name.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        m_document->undoStack()->undo();
        m_document->undoStack()->undo();
        QCOMPARE(name.data(Qt::BackgroundRole).value<QColor>(), QColor(QStringLiteral("#c00000")));
    }

    void newLevelTakesTheFirstFreeRank()
    {
        WarningLevelModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QVERIFY(model.removeRecords({1})); // rank 2
        const QModelIndex added = model.appendRecord();
        QVERIFY(added.isValid());
        QCOMPARE(model.index(added.row(), WarningLevelModel::RankColumn).data().toInt(), 2);
        QCOMPARE(
            model.index(added.row(), WarningLevelModel::NameColumn).data().toString(), QStringLiteral("New level"));
        QVERIFY(!model.setData(model.index(0, WarningLevelModel::ResponseColumn), QStringLiteral("-5")));
        QCOMPARE(model.index(0, WarningLevelModel::ResponseColumn).data().toInt(), 15);
    }

    void levelRankIsUniqueAndFromOneToNine()
    {
        WarningLevelModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const QModelIndex rank = model.index(3, WarningLevelModel::RankColumn); // level IV, rank 4
        QCOMPARE(rank.data().toInt(), 4);
        const int steps = m_document->undoStack()->count();
        // Another level's rank, or one outside 1 to 9, is refused and nothing is written.
        for (const char *refused : {"1", "0", "10", "x"}) {
            QVERIFY2(!model.setData(rank, QString::fromLatin1(refused)), refused);
        }
        QCOMPARE(rank.data().toInt(), 4);
        QCOMPARE(m_document->undoStack()->count(), steps);
        QVERIFY(model.setData(rank, QStringLiteral("7")));
        QCOMPARE(model.index(model.rowOf(model.idAt(3)), WarningLevelModel::RankColumn).data().toInt(), 7);
    }

    // --- Resources and measures ------------------------------------------------------

    void resourceReadinessIsACheckBox()
    {
        ResourceModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const int row = rowWithText(model, ResourceModel::NameColumn, QStringLiteral("Network spare parts"));
        QVERIFY(row >= 0);
        const QModelIndex ready = model.index(row, ResourceModel::ReadyColumn);
        QVERIFY(model.flags(ready) & Qt::ItemIsUserCheckable);
        QVERIFY(!(model.flags(ready) & Qt::ItemIsEditable));
        QCOMPARE(ready.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(model.index(row, ResourceModel::NameColumn).data(Qt::ForegroundRole).isValid()); // not ready stands out
        const QString sql = QStringLiteral("SELECT ready FROM resource WHERE name = 'Network spare parts'");

        QVERIFY(model.setData(ready, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(stored(sql).toInt(), 1);
        QCOMPARE(ready.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(!model.index(row, ResourceModel::NameColumn).data(Qt::ForegroundRole).isValid());
        QVERIFY(model.setData(ready, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(stored(sql).toInt(), 0);
        m_document->undoStack()->undo();
        QCOMPARE(stored(sql).toInt(), 1);
        QCOMPARE(ready.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void resourceQuantityIsANumberOfZeroOrMore_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<double>("quantity");
        QTest::newRow("letters") << QStringLiteral("abc") << false << 2.0;
        QTest::newRow("negative") << QStringLiteral("-1") << false << 2.0;
        QTest::newRow("empty") << QString() << false << 2.0;
        QTest::newRow("fraction") << QStringLiteral("2.5") << true << 2.5;
        QTest::newRow("zero") << QStringLiteral("0") << true << 0.0;
    }

    void resourceQuantityIsANumberOfZeroOrMore()
    {
        QFETCH(QString, typed);
        QFETCH(bool, accepted);
        QFETCH(double, quantity);
        ResourceModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const int row = rowWithText(model, ResourceModel::NameColumn, QStringLiteral("Spare server"));
        QVERIFY(row >= 0);
        const QModelIndex cell = model.index(row, ResourceModel::QuantityColumn);
        QCOMPARE(model.setData(cell, typed), accepted);
        QCOMPARE(
            stored(QStringLiteral("SELECT quantity FROM resource WHERE name = 'Spare server'")).toDouble(), quantity);
        QCOMPARE(cell.data(Qt::EditRole).toDouble(), quantity);
    }

    void measureTypeIsOneOfTheVocabulary()
    {
        MeasureModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        const QModelIndex type = model.index(0, MeasureModel::TypeColumn);
        QCOMPARE(type.data().toString(), QStringLiteral("Technical"));
        QStringList values;
        for (const QVariant &choice : type.data(RecordTableModel::ChoicesRole).toList()) {
            values << choice.toList().value(0).toString();
        }
        QCOMPARE(values, Vocabulary::values(Vocabulary::Kind::MeasureType));

        for (const QString &refused :
            {QStringLiteral("toaster"), QStringLiteral("Recovery"), QString(), QStringLiteral(" recovery")}) {
            QVERIFY2(!model.setData(type, refused), qPrintable(refused));
        }
        QCOMPARE(
            stored(QStringLiteral("SELECT type FROM measure WHERE id = 1")).toString(), QStringLiteral("technical"));
        QCOMPARE(undoSteps(), 0);
        QVERIFY(model.setData(type, QStringLiteral("recovery")));
        QCOMPARE(type.data().toString(), QStringLiteral("Recovery"));
        QCOMPARE(
            stored(QStringLiteral("SELECT type FROM measure WHERE id = 1")).toString(), QStringLiteral("recovery"));
    }

    void measuresAddAndRemoveAsOneStepEach()
    {
        MeasureModel model(m_document.get());
        QAbstractItemModelTester tester(&model, Checking);
        QCOMPARE(model.rowCount(), 11);
        const QModelIndex added = model.appendRecord();
        QCOMPARE(added.row(), 11);
        QCOMPARE(model.index(11, MeasureModel::TitleColumn).data().toString(), QStringLiteral("New measure"));
        QVERIFY(model.removeRecords({0, 1, 11}));
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(stored(QStringLiteral("SELECT COUNT(*) FROM measure")).toInt(), 9);
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 12);
        QCOMPARE(model.index(0, MeasureModel::TitleColumn).data().toString(), QStringLiteral("Data backup"));
        m_document->undoStack()->undo();
        QCOMPARE(model.rowCount(), 11);
    }
};

QTEST_GUILESS_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
