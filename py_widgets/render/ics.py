"""The plan's dates as an iCalendar file (RFC 5545): appointments, deadlines, evaluation.

Calendars often sync to shared or cloud accounts, so by default every event is just "Avtale":
no text the user wrote and no words from the template reach the calendar. Descriptive titles
are used only when the user asks for them.
"""

import hashlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from ..plan import Plan, is_valid_time, one_line, parse_date
from ..template import Field
from ..values import Value, rows
from .outline import clean

MEDIA_TYPE = "text/calendar; charset=utf-8"
NEUTRAL_TITLE = "Avtale"
PRODID = "-//plan//plan 1.0//NB"  # neutral on purpose: calendar apps may show it
TZID = "Europe/Oslo"
# Spelled out because Pyodide has no time zone database; EU rules since 1996.
VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:+0100",
    "TZOFFSETTO:+0200",
    "TZNAME:CEST",
    "DTSTART:19810329T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:+0200",
    "TZOFFSETTO:+0100",
    "TZNAME:CET",
    "DTSTART:19961027T030000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)
LINE_OCTETS = 75
TIMED_DURATION = timedelta(hours=1)


@dataclass(frozen=True)
class Event:
    key: str  # the date field's form name, e.g. "avtaler.0.dato"
    day: date
    start: time | None  # None: an all-day event
    title: str  # from the template (descriptive mode only)
    detail: str  # what the user wrote (descriptive mode only)


def events(plan: Plan) -> list[Event]:
    """Every filled-in, valid date that the template marks as a calendar date, in form order.

    These are the overview's dates (key dates, evaluation) and the deadlines of its measures;
    answers to questions that are not asked (show_when) are left out, as in every document.
    """
    values = plan.visible_values()
    found: list[Event] = []
    for f in plan.template.fields():
        if f.kind == "group":
            for i, row in enumerate(rows(values[f.id])):
                found.extend(_events(f.fields, row, f"{f.id}.{i}."))
        else:
            found.extend(_events((f,), values, ""))
    return found


def _events(fields: tuple[Field, ...], scope: Mapping[str, Value], prefix: str) -> Iterator[Event]:
    for f in fields:
        day = parse_date(str(scope.get(f.id, "")))
        if f.calendar is None or day is None:
            continue
        when = str(scope.get(f.calendar.time, "")) if f.calendar.time else ""
        start = time.fromisoformat(when) if is_valid_time(when) else None
        detail = one_line(str(scope.get(f.calendar.summary, ""))) if f.calendar.summary else ""
        yield Event(prefix + f.id, day, start, f.calendar.title, detail)


def render_ics(plan: Plan, found: list[Event], *, descriptive: bool, now: datetime) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"]
    lines.append("METHOD:PUBLISH")
    if any(e.start is not None for e in found):
        lines.extend(VTIMEZONE)
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for event in found:
        lines.extend(["BEGIN:VEVENT", f"UID:{_uid(plan, event)}", f"DTSTAMP:{stamp}"])
        lines.extend(_when(event))
        lines.append(f"SUMMARY:{escape_text(_summary(event) if descriptive else NEUTRAL_TITLE)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines).encode("utf-8")


def _summary(event: Event) -> str:
    return f"{event.title}: {event.detail}" if event.detail else event.title


def _when(event: Event) -> list[str]:
    if event.start is None:
        end = event.day + timedelta(days=1)
        return [f"DTSTART;VALUE=DATE:{event.day:%Y%m%d}", f"DTEND;VALUE=DATE:{end:%Y%m%d}"]
    start = datetime.combine(event.day, event.start)
    end = start + TIMED_DURATION
    return [
        f"DTSTART;TZID={TZID}:{start:%Y%m%dT%H%M%S}",
        f"DTEND;TZID={TZID}:{end:%Y%m%dT%H%M%S}",
    ]


def _uid(plan: Plan, event: Event) -> str:
    # Stable for the same date in the same plan, so importing again updates instead of
    # duplicating; a hash, so the UID itself reveals nothing.
    start = event.start.isoformat() if event.start else ""
    seed = f"{plan.template.id}|{event.key}|{event.day.isoformat()}|{start}"
    return hashlib.sha256(seed.encode()).hexdigest()[:32] + "@plan"


def escape_text(text: str) -> str:
    """An RFC 5545 TEXT value: backslash, semicolon, comma and line breaks escaped, no controls."""
    text = clean(text).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(ch for ch in text if ch in "\t\n" or (ch >= " " and ch != "\x7f"))
    for raw, escaped in (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n")):
        text = text.replace(raw, escaped)
    return text


def fold(line: str) -> str:
    """Split a content line into lines of at most 75 octets, never inside a UTF-8 sequence."""
    parts: list[str] = []
    current, size = "", 0
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > LINE_OCTETS:
            parts.append(current)
            current, size = " ", 1  # a continuation line starts with one space
        current += ch
        size += width
    parts.append(current)
    return "\r\n".join(parts)
