-- SPDX-FileCopyrightText: Fallback contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 2: the link tables get their own id, so that one membership,
-- notified group or upgraded system can be edited, reordered and undone like
-- any other record. Rows keep their order (rowid order becomes id order).

CREATE TABLE group_member_v2 (
    id INTEGER PRIMARY KEY,
    group_id INTEGER NOT NULL REFERENCES org_group (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('lead', 'deputy', 'member')),
    escalation_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (group_id, member_id)
) STRICT;
INSERT INTO group_member_v2 (group_id, member_id, role, escalation_order)
    SELECT group_id, member_id, role, escalation_order FROM group_member ORDER BY rowid;
DROP TABLE group_member;
ALTER TABLE group_member_v2 RENAME TO group_member;
CREATE INDEX group_member_member_idx ON group_member (member_id);

CREATE TABLE warning_level_group_v2 (
    id INTEGER PRIMARY KEY,
    warning_level_id INTEGER NOT NULL REFERENCES warning_level (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES org_group (id) ON DELETE CASCADE,
    UNIQUE (warning_level_id, group_id)
) STRICT;
INSERT INTO warning_level_group_v2 (warning_level_id, group_id)
    SELECT warning_level_id, group_id FROM warning_level_group ORDER BY rowid;
DROP TABLE warning_level_group;
ALTER TABLE warning_level_group_v2 RENAME TO warning_level_group;
CREATE INDEX warning_level_group_group_idx ON warning_level_group (group_id);

CREATE TABLE upgrade_system_v2 (
    id INTEGER PRIMARY KEY,
    upgrade_id INTEGER NOT NULL REFERENCES upgrade (id) ON DELETE CASCADE,
    system_id INTEGER NOT NULL REFERENCES scope_system (id) ON DELETE CASCADE,
    UNIQUE (upgrade_id, system_id)
) STRICT;
INSERT INTO upgrade_system_v2 (upgrade_id, system_id)
    SELECT upgrade_id, system_id FROM upgrade_system ORDER BY rowid;
DROP TABLE upgrade_system;
ALTER TABLE upgrade_system_v2 RENAME TO upgrade_system;
CREATE INDEX upgrade_system_system_idx ON upgrade_system (system_id);
CREATE INDEX risk_owner_idx ON risk (owner_group_id);
CREATE INDEX member_backup_idx ON member (backup_member_id);
