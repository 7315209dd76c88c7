-- SPDX-FileCopyrightText: Fallback contributors
-- SPDX-License-Identifier: GPL-3.0-or-later
-- Schema 4: two provisions of the paper template the plan could not hold yet.
-- warning_terms: how a warning is issued, raised or lowered and lifted (预警发布、调整和解除);
-- aftermath: the review after an emergency and the commendation and reward
-- of the people who responded (事后总结、表彰和奖励).
ALTER TABLE plan ADD COLUMN warning_terms TEXT NOT NULL DEFAULT '';
ALTER TABLE plan ADD COLUMN aftermath TEXT NOT NULL DEFAULT '';
