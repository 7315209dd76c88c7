// SPDX-FileCopyrightText: Fallback contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace fallback {

/// What a phone number and an e-mail address of a contact may look like, the
/// same for a value typed into the roster and one read from an import. The
/// checks are deliberately forgiving about layout and strict about content: a
/// number someone will dial in an outage must be digits.
namespace ContactDetails {

/// True for a phone number as people write them: digits with an optional
/// leading "+", spaces, hyphens, dots, slashes and parentheses (also their
/// full-width forms), at least three digits, and optionally an extension
/// ("ext. 12", "x12", "#12", "转12", "分机12").
bool isPhoneNumber(const QString &text);
/// True for an address of the form local@domain.tld without spaces.
bool isEmailAddress(const QString &text);

} // namespace ContactDetails

} // namespace fallback
