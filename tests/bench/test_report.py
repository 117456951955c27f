"""The benchmark's table formatter (bench/report.py). The benchmark itself runs only in
`make bench`: no timing here."""

from types import SimpleNamespace

from bench import startup
from bench.common import Samples
from bench.report import (
    Row,
    Section,
    Status,
    at_most,
    fmt_bytes,
    fmt_decimal,
    fmt_int,
    fmt_ms,
    fmt_ratio,
    missed,
    render,
    table,
)
from bench.run import spread_long_task, startup_section


def test_numbers_are_written_the_norwegian_way():
    assert fmt_int(1234567) == "1 234 567"
    assert fmt_decimal(1.234, 2) == "1,23"
    assert fmt_ratio(1.1) == "1,10\N{MULTIPLICATION SIGN}"
    assert fmt_ms(12.34) == "12,3 ms"
    assert fmt_ms(2261.4) == "2 261 ms"
    assert fmt_bytes(999) == "999 B"
    assert fmt_bytes(102_428) == "102,4 kB"
    assert fmt_bytes(6_582_293) == "6,58 MB"


def test_targets_are_met_up_to_and_including_the_limit():
    assert at_most(1.0, 1.0) is Status.MET
    assert at_most(1.01, 1.0) is Status.MISSED
    assert at_most(1.0, 1.0, info=True) is Status.INFO_MET
    assert at_most(1.01, 1.0, info=True) is Status.INFO_MISSED


def test_table_has_one_line_per_row_and_escapes_pipes():
    rows = [
        Row("a|b", "1", target="≤ 2", status=Status.MET),
        Row("c", "3", target="≤ 2", status=Status.MISSED),
    ]
    lines = table(rows).splitlines()
    assert len(lines) == 4
    assert lines[2].startswith("| a\\|b | 1 |")
    assert "**ikke nådd**" in lines[3]


def test_missed_targets_are_listed_by_section_and_row():
    section = Section("Lesesider: lang tittel", "Lesesider")
    section.rows = [
        Row("x", "1", status=Status.MISSED),
        Row("y", "1", status=Status.MET),
        Row("z (til info)", "1", status=Status.INFO_MISSED),
    ]
    assert missed([section]) == ["Lesesider: x"]
    text = render("Tittel", ["intro"], [section], ["slutt"])
    assert text.startswith("# Tittel\n\nintro\n\n## Lesesider: lang tittel\n")
    assert text.endswith("slutt\n")


def test_long_tasks_under_the_api_floor_read_as_under_50_ms():
    assert spread_long_task(Samples((0.0, 0.0, 62.0))) == "< 50 ms (< 50–62)"
    assert spread_long_task(Samples((55.0, 70.0, 81.0))) == "70,0 ms (55–81)"
    assert spread_long_task(Samples((0.0,))) == "< 50 ms"


def test_main_thread_rows_give_no_ratio_under_the_long_task_floor():
    def visit(ready: float, blocked: float, longest_task: float) -> startup.Visit:
        return startup.Visit(ready, "true", 100.0, 50.0, blocked=blocked, longest_task=longest_task)

    def series(longest_task: float) -> startup.Series:
        return startup.Series(cold=[visit(1400, 120, longest_task)], warm=[visit(900, 40, 0)])

    weights = SimpleNamespace(raw=1, gzip=1, requests=1)
    results = startup.StartupResults(series(0), series(80), series(1900), startup.Series())
    rows = {
        row.what: row.cells()
        for row in startup_section(results, {"ours": weights, "bare": weights}).rows
    }
    cold_http = rows["Lengste oppgave på hovedtråden før klar, kald, http"]
    assert cold_http[1:5] == ("< 50 ms", "bar, http: 1 900 ms", "–", "≤ 100 ms")
    cold_file = rows["Lengste oppgave på hovedtråden før klar, kald, file://"]
    assert cold_file[1:4] == ("80,0 ms", "bar, http\\*: 1 900 ms", fmt_ratio(80 / 1900))
    timer = rows["Lengste venting for en tidtaker før klar, kald, http (til info)"]
    assert timer[5] == Status.INFO_MISSED.value
