-- SPDX-FileCopyrightText: Fallback contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema version 1: every entity of the emergency plan.
-- Dates are ISO 8601 text (YYYY-MM-DD), times ISO 8601 UTC text (YYYY-MM-DDTHH:MM:SSZ).
-- Statements end with a semicolon at the end of a line; the migrator splits on that.

CREATE TABLE plan (
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
    band_critical_from INTEGER NOT NULL DEFAULT 17 CHECK (band_critical_from BETWEEN 1 AND 25)
) STRICT;

CREATE TABLE scope_system (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    type TEXT NOT NULL DEFAULT 'application' CHECK (type IN ('os', 'database', 'application', 'network', 'other')),
    owner TEXT NOT NULL DEFAULT '',
    criticality TEXT NOT NULL DEFAULT 'medium' CHECK (criticality IN ('low', 'medium', 'high', 'critical')),
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE reference (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('law', 'regulation', 'standard', 'company', 'other')),
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE org_group (
    id INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES org_group (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    duty TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE member (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    department TEXT NOT NULL DEFAULT '',
    job_title TEXT NOT NULL DEFAULT '',
    phone_office TEXT NOT NULL DEFAULT '',
    phone_mobile TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    backup_member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    verified_on TEXT,
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE group_member (
    group_id INTEGER NOT NULL REFERENCES org_group (id) ON DELETE CASCADE,
    member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('lead', 'deputy', 'member')),
    escalation_order INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (group_id, member_id)
) STRICT;

CREATE TABLE warning_level (
    id INTEGER PRIMARY KEY,
    rank INTEGER NOT NULL UNIQUE CHECK (rank BETWEEN 1 AND 9),
    name TEXT NOT NULL DEFAULT '',
    colour TEXT NOT NULL DEFAULT '#808080',
    criteria TEXT NOT NULL DEFAULT '',
    notified TEXT NOT NULL DEFAULT '',
    activated_by TEXT NOT NULL DEFAULT '',
    response_minutes INTEGER CHECK (response_minutes >= 0)
) STRICT;

CREATE TABLE warning_level_group (
    warning_level_id INTEGER NOT NULL REFERENCES warning_level (id) ON DELETE CASCADE,
    group_id INTEGER NOT NULL REFERENCES org_group (id) ON DELETE CASCADE,
    PRIMARY KEY (warning_level_id, group_id)
) STRICT;

CREATE TABLE risk_category (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE risk (
    id INTEGER PRIMARY KEY,
    category_id INTEGER REFERENCES risk_category (id) ON DELETE SET NULL,
    description TEXT NOT NULL DEFAULT '',
    cause TEXT NOT NULL DEFAULT '',
    likelihood INTEGER NOT NULL DEFAULT 3 CHECK (likelihood BETWEEN 1 AND 5),
    impact INTEGER NOT NULL DEFAULT 3 CHECK (impact BETWEEN 1 AND 5),
    prevention TEXT NOT NULL DEFAULT '',
    contingency TEXT NOT NULL DEFAULT '',
    owner_group_id INTEGER REFERENCES org_group (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'mitigated', 'accepted', 'closed'))
) STRICT;

CREATE TABLE measure (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    type TEXT NOT NULL DEFAULT 'technical'
        CHECK (type IN ('technical', 'business', 'personnel', 'funds', 'equipment', 'technology', 'recovery')),
    title TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE resource (
    id INTEGER PRIMARY KEY,
    type TEXT NOT NULL DEFAULT 'equipment' CHECK (type IN ('personnel', 'funds', 'equipment', 'technology')),
    name TEXT NOT NULL DEFAULT '',
    quantity REAL NOT NULL DEFAULT 1,
    unit TEXT NOT NULL DEFAULT '',
    location TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    ready INTEGER NOT NULL DEFAULT 0 CHECK (ready IN (0, 1)),
    last_checked TEXT,
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE checklist_template (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE checklist_template_item (
    id INTEGER PRIMARY KEY,
    template_id INTEGER NOT NULL REFERENCES checklist_template (id) ON DELETE CASCADE,
    phase TEXT NOT NULL DEFAULT 'before' CHECK (phase IN ('before', 'during', 'after', 'recovery')),
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    offset_minutes INTEGER,
    duration_minutes INTEGER CHECK (duration_minutes >= 0)
) STRICT;

CREATE TABLE upgrade (
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
        CHECK (status IN ('planned', 'in_progress', 'completed', 'rolled_back', 'cancelled'))
) STRICT;

CREATE TABLE upgrade_system (
    upgrade_id INTEGER NOT NULL REFERENCES upgrade (id) ON DELETE CASCADE,
    system_id INTEGER NOT NULL REFERENCES scope_system (id) ON DELETE CASCADE,
    PRIMARY KEY (upgrade_id, system_id)
) STRICT;

CREATE TABLE upgrade_item (
    id INTEGER PRIMARY KEY,
    upgrade_id INTEGER NOT NULL REFERENCES upgrade (id) ON DELETE CASCADE,
    phase TEXT NOT NULL DEFAULT 'before' CHECK (phase IN ('before', 'during', 'after', 'recovery')),
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    offset_minutes INTEGER,
    duration_minutes INTEGER CHECK (duration_minutes >= 0)
) STRICT;

CREATE TABLE drill (
    id INTEGER PRIMARY KEY,
    scheduled_on TEXT,
    scenario TEXT NOT NULL DEFAULT 'crash' CHECK (scenario IN ('crash', 'data_loss', 'incompatibility', 'custom')),
    scenario_text TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    result TEXT CHECK (result IN ('pass', 'partial', 'fail')),
    findings TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE run (
    id INTEGER PRIMARY KEY,
    upgrade_id INTEGER NOT NULL REFERENCES upgrade (id) ON DELETE CASCADE,
    drill_id INTEGER REFERENCES drill (id) ON DELETE SET NULL,
    kind TEXT NOT NULL DEFAULT 'live' CHECK (kind IN ('live', 'rehearsal')),
    started_at TEXT,
    ended_at TEXT,
    status TEXT NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'stopped', 'rolled_back', 'completed', 'abandoned')),
    warning_level_id INTEGER REFERENCES warning_level (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE run_item (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    upgrade_item_id INTEGER REFERENCES upgrade_item (id) ON DELETE SET NULL,
    phase TEXT NOT NULL DEFAULT 'before' CHECK (phase IN ('before', 'during', 'after', 'recovery')),
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    responsible TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'skipped', 'failed')),
    ticked_at TEXT,
    ticked_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE run_event (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'tick', 'decision', 'level')),
    decision TEXT CHECK (decision IN ('level', 'stop', 'rollback', 'restored', 'ended')),
    warning_level_id INTEGER REFERENCES warning_level (id) ON DELETE SET NULL,
    run_item_id INTEGER REFERENCES run_item (id) ON DELETE SET NULL,
    text TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE run_milestone (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('occurred', 'detected', 'reported', 'stopped', 'restored', 'ended')),
    at TEXT NOT NULL,
    original_at TEXT NOT NULL,
    edited_by TEXT NOT NULL DEFAULT '',
    UNIQUE (run_id, kind)
) STRICT;

CREATE TABLE revision (
    id INTEGER PRIMARY KEY,
    version TEXT NOT NULL DEFAULT '',
    published_on TEXT,
    author TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    approver TEXT NOT NULL DEFAULT '',
    snapshot TEXT
) STRICT;

CREATE TABLE review (
    id INTEGER PRIMARY KEY,
    run_id INTEGER REFERENCES run (id) ON DELETE SET NULL,
    title TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'in_review', 'approved')),
    summary TEXT NOT NULL DEFAULT '',
    impact_users TEXT NOT NULL DEFAULT '',
    impact_systems TEXT NOT NULL DEFAULT '',
    impact_minutes INTEGER CHECK (impact_minutes >= 0),
    root_cause TEXT NOT NULL DEFAULT '',
    contributing_factors TEXT NOT NULL DEFAULT '',
    went_well TEXT NOT NULL DEFAULT '',
    went_badly TEXT NOT NULL DEFAULT '',
    lessons TEXT NOT NULL DEFAULT '',
    commendations TEXT NOT NULL DEFAULT '',
    reviewer TEXT NOT NULL DEFAULT '',
    reviewed_on TEXT,
    approver TEXT NOT NULL DEFAULT '',
    approved_on TEXT
) STRICT;

CREATE TABLE review_action (
    id INTEGER PRIMARY KEY,
    review_id INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'verified', 'dropped')),
    verified_by TEXT NOT NULL DEFAULT '',
    revision_id INTEGER REFERENCES revision (id) ON DELETE SET NULL
) STRICT;

CREATE TABLE drill_action (
    id INTEGER PRIMARY KEY,
    drill_id INTEGER NOT NULL REFERENCES drill (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    owner TEXT NOT NULL DEFAULT '',
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done', 'verified', 'dropped')),
    revision_id INTEGER REFERENCES revision (id) ON DELETE SET NULL
) STRICT;

CREATE INDEX group_parent_idx ON org_group (parent_id);
CREATE INDEX group_member_member_idx ON group_member (member_id);
CREATE INDEX risk_category_idx ON risk (category_id);
CREATE INDEX template_item_template_idx ON checklist_template_item (template_id, phase, position);
CREATE INDEX upgrade_item_upgrade_idx ON upgrade_item (upgrade_id, phase, position);
CREATE INDEX run_upgrade_idx ON run (upgrade_id);
CREATE INDEX run_item_run_idx ON run_item (run_id, phase, position);
CREATE INDEX run_event_run_idx ON run_event (run_id, at);
CREATE INDEX review_action_review_idx ON review_action (review_id, position);
CREATE INDEX drill_action_drill_idx ON drill_action (drill_id, position);

INSERT INTO plan (id) VALUES (1);
