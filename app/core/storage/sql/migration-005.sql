-- SPDX-FileCopyrightText: Fallback contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 5: an upgrade's status follows its live runs, and a run that was
-- stopped and not rolled back leaves its upgrade "stopped", a status the
-- column could not hold. SQLite changes a CHECK constraint only by building
-- the table anew; the rows keep their ids, so every reference stays valid.
CREATE TABLE upgrade_v5 (
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
        CHECK (status IN ('planned', 'in_progress', 'completed', 'stopped', 'rolled_back', 'cancelled')),
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))))
) STRICT;
INSERT INTO upgrade_v5 (id, name, version_from, version_to, window_start, window_end, impact, notify,
        rollback_plan, go_criteria, template_id, status, uid)
    SELECT id, name, version_from, version_to, window_start, window_end, impact, notify,
        rollback_plan, go_criteria, template_id, status, uid
    FROM upgrade ORDER BY id;
DROP TABLE upgrade;
ALTER TABLE upgrade_v5 RENAME TO upgrade;
