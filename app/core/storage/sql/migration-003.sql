-- SPDX-FileCopyrightText: Fallback contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 3: the plan, every contact, upgrade, drill and run get a
-- stable identifier (uid, a random UUID) that export and import keep and that
-- vCard UIDs and iCalendar UIDs are made from; a contact keeps the family and
-- given name it was imported with (vCard N, 姓/名 columns) instead of having
-- them guessed from the full name; the plan records its time zone (an IANA id;
-- empty until Fallback fills in the zone of the machine that opens it first).
-- SQLite adds a column with a generated default only by rebuilding the table;
-- the migrator turns foreign key enforcement off around the step, so dropping
-- the old table deletes nothing that refers to it, and checks them before it commits.
-- Every rebuilt table keeps its columns in their order and its ids; the new columns come last.

CREATE TABLE plan_v3 (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    title TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    version TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    effective_date TEXT,
    purpose TEXT NOT NULL DEFAULT '',
    scope_note TEXT NOT NULL DEFAULT '',
    interpretation TEXT NOT NULL DEFAULT '',
    precedence TEXT NOT NULL DEFAULT '',
    supplementary TEXT NOT NULL DEFAULT '',
    band_medium_from INTEGER NOT NULL DEFAULT 5 CHECK (band_medium_from BETWEEN 1 AND 25),
    band_high_from INTEGER NOT NULL DEFAULT 10 CHECK (band_high_from BETWEEN 1 AND 25),
    band_critical_from INTEGER NOT NULL DEFAULT 17 CHECK (band_critical_from BETWEEN 1 AND 25),
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6))))),
    time_zone TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO plan_v3 (id, title, organisation, version, classification, language, effective_date, purpose,
        scope_note, interpretation, precedence, supplementary, band_medium_from, band_high_from, band_critical_from)
    SELECT id, title, organisation, version, classification, language, effective_date, purpose,
        scope_note, interpretation, precedence, supplementary, band_medium_from, band_high_from, band_critical_from
    FROM plan ORDER BY id;
DROP TABLE plan;
ALTER TABLE plan_v3 RENAME TO plan;

CREATE TABLE member_v3 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    phone_office TEXT NOT NULL DEFAULT '',
    phone_mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    backup_member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    verified_on TEXT,
    note TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6))))),
    family_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO member_v3 (id, name, department, job_title, phone_office, phone_mobile, email, backup_member_id,
        verified_on, note)
    SELECT id, name, department, job_title, phone_office, phone_mobile, email, backup_member_id, verified_on, note
    FROM member ORDER BY id;
DROP TABLE member;
ALTER TABLE member_v3 RENAME TO member;
CREATE INDEX member_backup_idx ON member (backup_member_id);

CREATE TABLE upgrade_v3 (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    version_from TEXT NOT NULL DEFAULT '',
    version_to TEXT NOT NULL DEFAULT '',
    window_start TEXT,
    window_end TEXT,
    impact TEXT NOT NULL DEFAULT '',
    notify TEXT NOT NULL DEFAULT '',
    rollback_plan TEXT NOT NULL DEFAULT '',
    go_criteria TEXT NOT NULL DEFAULT '',
    template_id INTEGER REFERENCES checklist_template (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'completed', 'rolled_back', 'cancelled')),
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))))
) STRICT;
INSERT INTO upgrade_v3 (id, name, version_from, version_to, window_start, window_end, impact, notify,
        rollback_plan, go_criteria, template_id, status)
    SELECT id, name, version_from, version_to, window_start, window_end, impact, notify,
        rollback_plan, go_criteria, template_id, status
    FROM upgrade ORDER BY id;
DROP TABLE upgrade;
ALTER TABLE upgrade_v3 RENAME TO upgrade;

CREATE TABLE drill_v3 (
    id INTEGER PRIMARY KEY,
    scheduled_on TEXT,
    scenario TEXT NOT NULL DEFAULT 'crash' CHECK (scenario IN ('crash', 'data_loss', 'incompatibility', 'custom')),
    scenario_text TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    result TEXT CHECK (result IN ('pass', 'partial', 'fail')),
    findings TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))))
) STRICT;
INSERT INTO drill_v3 (id, scheduled_on, scenario, scenario_text, participants, result, findings)
    SELECT id, scheduled_on, scenario, scenario_text, participants, result, findings FROM drill ORDER BY id;
DROP TABLE drill;
ALTER TABLE drill_v3 RENAME TO drill;

CREATE TABLE run_v3 (
    id INTEGER PRIMARY KEY,
    upgrade_id INTEGER NOT NULL REFERENCES upgrade (id) ON DELETE CASCADE,
    drill_id INTEGER REFERENCES drill (id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'live' CHECK (kind IN ('live', 'rehearsal')),
    started_at TEXT,
    ended_at TEXT,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'stopped', 'rolled_back', 'completed', 'abandoned')),
    warning_level_id INTEGER REFERENCES warning_level (id) ON DELETE SET NULL,
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))))
) STRICT;
INSERT INTO run_v3 (id, upgrade_id, drill_id, kind, started_at, ended_at, status, warning_level_id)
    SELECT id, upgrade_id, drill_id, kind, started_at, ended_at, status, warning_level_id FROM run ORDER BY id;
DROP TABLE run;
ALTER TABLE run_v3 RENAME TO run;
CREATE INDEX run_upgrade_idx ON run (upgrade_id);
