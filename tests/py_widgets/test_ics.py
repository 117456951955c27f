"""The calendar file: RFC 5545 lines, folding and escaping, and neutral titles by default."""

import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from py_widgets.documents import Options, build_document
from py_widgets.plan import Plan, one_line, plan_from_values
from py_widgets.render.ics import NEUTRAL_TITLE, escape_text, events, fold
from py_widgets.render.outline import clean
from py_widgets.template import Template, parse_template
from tests.py_widgets.agreement_fixtures import family_plan
from tests.py_widgets.conftest import NOW, SAMPLE
from tests.py_widgets.helpers import DATES, USER_TEXT, filled_values, plan_values

TEMPLATE = parse_template(SAMPLE)


def _ics(plan: Plan, descriptive: bool = False) -> str:
    options = Options(descriptive_titles=descriptive, now=NOW)
    return build_document(plan, "ics", options).content.decode("utf-8")


def unfold(text: str) -> list[str]:
    """Content lines as RFC 5545 section 3.1 defines them."""
    assert text.endswith("\r\n")
    return text[:-2].replace("\r\n ", "").split("\r\n")


def unescape(value: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def _events(lines: list[str]) -> list[dict[str, str]]:
    found, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            found.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return found


def test_neutral_calendar(filled: Plan):
    lines = unfold(_ics(filled))
    assert lines[:5] == [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//plan//plan 1.0//NB",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    assert lines[-1] == "END:VCALENDAR"
    assert "TZID:Europe/Oslo" in lines
    found = _events(lines)
    assert [e["SUMMARY"] for e in found] == [NEUTRAL_TITLE] * 3
    evaluation, timed, all_day = found
    assert evaluation["DTSTART;TZID=Europe/Oslo"] == "20270115T130000"
    assert evaluation["DTEND;TZID=Europe/Oslo"] == "20270115T140000"
    assert timed["DTSTART;TZID=Europe/Oslo"] == "20261201T093000"
    assert all_day["DTSTART;VALUE=DATE"] == "20261224"
    assert all_day["DTEND;VALUE=DATE"] == "20261225"
    assert {e["DTSTAMP"] for e in found} == {"20261125T093000Z"}
    uids = [e["UID"] for e in found]
    assert len(set(uids)) == 3 and all(re.fullmatch(r"[0-9a-f]{32}@plan", u) for u in uids)


def test_neutral_mode_leaks_no_user_text_and_no_template_words(template: Template):
    plan = plan_from_values(template, filled_values(template))
    text = _ics(plan)
    assert "krisesenter" not in text.lower()
    assert "Svar" not in text and "linje" not in text  # the filled-in texts
    for f in template.fields():
        assert f.label not in text
        for child in f.fields:
            assert child.label not in text
    assert "Evaluering" not in text and "DESCRIPTION" not in text and "LOCATION" not in text


def test_descriptive_titles_when_chosen(filled: Plan):
    found = _events(unfold(_ics(filled, descriptive=True)))
    assert [e["SUMMARY"] for e in found] == [
        "Evaluering av planen",
        "Avtale: Møte hos NAV",
        "Avtale: Julefeiring",
    ]


def test_uids_are_stable_across_exports(filled: Plan):
    first = [e["UID"] for e in _events(unfold(_ics(filled)))]
    assert first == [e["UID"] for e in _events(unfold(_ics(filled, descriptive=True)))]


def test_no_timezone_block_without_timed_events(template: Template):
    plan = plan_from_values(template, {"evaluering": "2027-01-15"})
    text = _ics(plan)
    assert "VTIMEZONE" not in text and "TZID" not in text
    assert [e.day for e in events(plan)] == [date(2027, 1, 15)]


def test_escaping_and_folding():
    assert escape_text("a;b,c\\d\ne\r\nf\x00\x7f\tg") == "a\\;b\\,c\\\\d\\ne\\nf\tg"
    assert fold("x" * 75) == "x" * 75
    assert fold("x" * 76) == "x" * 75 + "\r\n x"
    folded = fold("SUMMARY:" + "ø" * 80)
    assert [len(line.encode()) for line in folded.split("\r\n")] == [
        74,
        75,
        21,
    ]  # never inside a two-byte "ø"


@given(
    st.lists(st.tuples(DATES, USER_TEXT), min_size=1, max_size=3),
    st.booleans(),
)
def test_lines_are_short_crlf_and_unfold_to_the_content(rows, descriptive):
    values = {"avtaler": [{"dato": day, "hva": text, "tid": "08:00"} for day, text in rows]}
    plan = plan_from_values(TEMPLATE, values)
    text = _ics(plan, descriptive)
    raw_lines = text.split("\r\n")
    assert raw_lines[-1] == ""
    for line in raw_lines[:-1]:
        assert len(line.encode("utf-8")) <= 75
        assert "\r" not in line and "\n" not in line
    found = _events(unfold(text))
    assert len(found) == len(rows)  # user text cannot start an event of its own
    for event, (_, text_in) in zip(found, rows, strict=True):
        what = one_line(text_in)
        if descriptive:
            expected = "Avtale: " + clean(what) if what else "Avtale"
            expected = "".join(ch for ch in expected if ch >= " " and ch != "\x7f")
            assert unescape(event["SUMMARY"]) == expected
        else:
            assert event["SUMMARY"] == NEUTRAL_TITLE


@given(plan_values(TEMPLATE))
def test_any_plan_gives_valid_lines(values):
    plan = plan_from_values(TEMPLATE, values)
    if not events(plan):
        return
    for line in _ics(plan, descriptive=True).split("\r\n")[:-1]:
        assert len(line.encode("utf-8")) <= 75
        assert not any(ch < " " and ch != "\t" for ch in line)


def test_dates_of_questions_not_asked_stay_out():
    # «Dato for første samtale» is asked only when the first conversation is agreed.
    plan = family_plan(**{"samtaler-onsket": "apent"})
    assert "forste-samtale" not in [e.key for e in events(plan)]
    assert "forste-samtale" in [e.key for e in events(family_plan())]
