#!/usr/bin/python3
# SPDX-FileCopyrightText: Fallback contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Reads an iCalendar file with python3-icalendar, a reader independent of
Fallback, and prints its events as JSON: times in UTC as ISO 8601, all-day
events as dates."""
import datetime
import json
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed", file=sys.stderr)
    sys.exit(3)


def when(property):
    if property is None:
        return None
    value = property.dt
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            raise SystemExit(f"floating time {value}: events must say their zone")
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


with open(sys.argv[1], "rb") as stream:
    calendar = icalendar.Calendar.from_ical(stream.read())
events = []
for event in calendar.walk("VEVENT"):
    start = event.get("DTSTART")
    events.append({
        "uid": str(event.get("UID")),
        "summary": str(event.get("SUMMARY")),
        "description": str(event.get("DESCRIPTION", "")),
        "start": when(start),
        "end": when(event.get("DTEND")),
        "allDay": not isinstance(start.dt, datetime.datetime),
        "status": str(event.get("STATUS", "")),
    })
json.dump({"name": str(calendar.get("X-WR-CALNAME", "")), "events": events}, sys.stdout, ensure_ascii=False)
