-- SPDX-FileCopyrightText: Fallback contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 6: communications during the response (通信与信息保障).
-- audience and audience_channel: the communications plan, who is told, who
-- tells them, over which channel first and over which when that one is down;
-- message_template: the formatted texts (格式化文本) per occasion, audience,
-- channel and language; role_card and role_card_contact: the pocket cards of
-- the key posts (应急处置卡); duty_shift: the duty roster (值班表) of an
-- upgrade's window. A warning level says how often updates go out while it
-- is declared; the plan says how many hours one person may be on duty. A run
-- event of the new kind "update" records a status message sent, to whom and
-- over which channel: SQLite changes a CHECK constraint only by building the
-- table anew; the rows keep their ids.

ALTER TABLE warning_level ADD COLUMN update_minutes INTEGER CHECK (update_minutes > 0);
ALTER TABLE plan ADD COLUMN duty_max_hours INTEGER NOT NULL DEFAULT 12 CHECK (duty_max_hours BETWEEN 1 AND 72);

CREATE TABLE audience (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    sender_group_id INTEGER REFERENCES org_group (id) ON DELETE SET NULL,
    update_minutes INTEGER CHECK (update_minutes > 0),
    note TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))))
) STRICT;
CREATE INDEX audience_sender_idx ON audience (sender_group_id);

CREATE TABLE audience_channel (
    id INTEGER PRIMARY KEY,
    audience_id INTEGER NOT NULL REFERENCES audience (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    channel TEXT NOT NULL DEFAULT 'sms'
        CHECK (channel IN ('sms', 'im', 'email', 'phone', 'phone_bridge', 'satellite', 'radio', 'in_person')),
    address TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX audience_channel_audience_idx ON audience_channel (audience_id, position);

CREATE TABLE message_template (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    occasion TEXT NOT NULL DEFAULT 'update'
        CHECK (occasion IN ('start', 'level', 'update', 'stop', 'rollback', 'restored', 'ended')),
    audience_id INTEGER REFERENCES audience (id) ON DELETE CASCADE,
    channel TEXT NOT NULL DEFAULT 'sms' CHECK (channel IN ('sms', 'im', 'email', 'phone')),
    language TEXT NOT NULL DEFAULT 'zh_CN' CHECK (language IN ('zh_CN', 'en')),
    subject TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX message_template_audience_idx ON message_template (audience_id);

CREATE TABLE role_card (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL DEFAULT 0,
    name TEXT NOT NULL DEFAULT '',
    group_id INTEGER REFERENCES org_group (id) ON DELETE SET NULL,
    holder_role TEXT CHECK (holder_role IN ('lead', 'deputy', 'member')),
    duties TEXT NOT NULL DEFAULT '',
    steps_before TEXT NOT NULL DEFAULT '',
    steps_during TEXT NOT NULL DEFAULT '',
    steps_after TEXT NOT NULL DEFAULT '',
    steps_recovery TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))))
) STRICT;
CREATE INDEX role_card_group_idx ON role_card (group_id);

CREATE TABLE role_card_contact (
    id INTEGER PRIMARY KEY,
    role_card_id INTEGER NOT NULL REFERENCES role_card (id) ON DELETE CASCADE,
    position INTEGER NOT NULL DEFAULT 0,
    member_id INTEGER NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX role_card_contact_card_idx ON role_card_contact (role_card_id, position);
CREATE INDEX role_card_contact_member_idx ON role_card_contact (member_id);

CREATE TABLE duty_shift (
    id INTEGER PRIMARY KEY,
    upgrade_id INTEGER NOT NULL REFERENCES upgrade (id) ON DELETE CASCADE,
    group_id INTEGER REFERENCES org_group (id) ON DELETE SET NULL,
    starts_at TEXT,
    ends_at TEXT,
    member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    backup_member_id INTEGER REFERENCES member (id) ON DELETE SET NULL,
    note TEXT NOT NULL DEFAULT '',
    uid TEXT NOT NULL UNIQUE DEFAULT (lower(printf('%s-%s-4%s-%s%s-%s', hex(randomblob(4)), hex(randomblob(2)), substr(hex(randomblob(2)), 2), substr('89AB', 1 + abs(random() % 4), 1), substr(hex(randomblob(2)), 2), hex(randomblob(6)))))
) STRICT;
CREATE INDEX duty_shift_upgrade_idx ON duty_shift (upgrade_id, starts_at);
CREATE INDEX duty_shift_group_idx ON duty_shift (group_id);
CREATE INDEX duty_shift_member_idx ON duty_shift (member_id);
CREATE INDEX duty_shift_backup_idx ON duty_shift (backup_member_id);

CREATE TABLE run_event_v6 (
    id INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'note' CHECK (kind IN ('note', 'tick', 'decision', 'level', 'update')),
    decision TEXT CHECK (decision IN ('level', 'stop', 'rollback', 'restored', 'ended')),
    warning_level_id INTEGER REFERENCES warning_level (id) ON DELETE SET NULL,
    run_item_id INTEGER REFERENCES run_item (id) ON DELETE SET NULL,
    text TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL DEFAULT '',
    audience_id INTEGER REFERENCES audience (id) ON DELETE SET NULL,
    channel TEXT CHECK (channel IN ('sms', 'im', 'email', 'phone', 'phone_bridge', 'satellite', 'radio', 'in_person')),
    message TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO run_event_v6 (id, run_id, at, kind, decision, warning_level_id, run_item_id, text, reason, actor)
    SELECT id, run_id, at, kind, decision, warning_level_id, run_item_id, text, reason, actor FROM run_event ORDER BY id;
DROP TABLE run_event;
ALTER TABLE run_event_v6 RENAME TO run_event;
CREATE INDEX run_event_run_idx ON run_event (run_id, at);
CREATE INDEX run_event_audience_idx ON run_event (audience_id);
