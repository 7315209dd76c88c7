#!/usr/bin/python3
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads a vCard file with python3-vobject, a reader independent of Fallback,
and prints what it understood as JSON: one object per card."""
import json
import sys

try:
    import vobject
except ImportError:
    print("python3-vobject is not installed", file=sys.stderr)
    sys.exit(3)


def values(card, name):
    return [child for child in card.getChildren() if child.name == name]


def single(card, name):
    found = values(card, name)
    if len(found) > 1:
        raise SystemExit(f"card {card.getChildValue('fn')!r} has {len(found)} {name} properties")
    return found[0].value if found else None


cards = []
with open(sys.argv[1], encoding="utf-8", newline="") as stream:
    text = stream.read()
for card in vobject.readComponents(text, validate=True):
    phones = {}
    for tel in values(card, "TEL"):
        for kind in tel.params.get("TYPE", []):
            phones[kind.lower()] = tel.value
    name = single(card, "N")
    categories = single(card, "CATEGORIES")
    org = single(card, "ORG")
    cards.append({
        "version": single(card, "VERSION"),
        "uid": single(card, "UID"),
        "fn": single(card, "FN"),
        "family": name.family if name is not None else None,
        "given": name.given if name is not None else None,
        "org": ";".join(org) if org is not None else None,
        "title": single(card, "TITLE"),
        "cell": phones.get("cell"),
        "work": phones.get("work"),
        "email": single(card, "EMAIL"),
        "categories": list(categories) if categories is not None else [],
        "roles": single(card, "X-FALLBACK-ROLES"),
        "backup": single(card, "X-FALLBACK-BACKUP"),
        "verified": single(card, "X-FALLBACK-VERIFIED"),
        "note": single(card, "NOTE"),
    })
json.dump(cards, sys.stdout, ensure_ascii=False)
