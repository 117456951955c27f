"""`make bench`: measure, print the tables and write them to bench/results.md.

    .venv/bin/python -m bench.run [--quick]

Order: build times (which also produce site/ and the offline zip), the plain Material
baseline, sizes, reading pages, plan page start-up, document generation, Lighthouse. Every
baseline is measured in the same run, so a busy machine slows both sides alike.
"""

import argparse
import datetime as dt
import json
import os
import statistics
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from playwright.sync_api import sync_playwright

from . import builds, generation, lighthouse, quick_exit, reading, sizes, startup
from . import webfonts as webfonts_module
from .common import BENCH_DIR, NODE_PYODIDE, ROOT, WORK_DIR, Samples, launch_args, serve
from .report import (
    Row,
    Section,
    Status,
    at_most,
    fmt_bytes,
    fmt_decimal,
    fmt_int,
    fmt_ms,
    fmt_ratio,
    fmt_seconds,
    missed,
    render,
    table,
)

RESULTS = BENCH_DIR / "results.md"
README = ROOT / "README.md"
README_START = "<!-- bench:start -->"
README_END = "<!-- bench:end -->"

READING_LIMIT = 1.0
# Bytecode and a smaller start must beat stock Pyodide started the stock way (issue #12).
READY_LIMIT = 0.8
BLOCKED_LIMIT_MS = 100
LONG_TASK_FLOOR_MS = 50  # the Long Tasks API reports no shorter task
PAYLOAD_LIMIT = 1.0
PLAN_PERFORMANCE_MIN = 95
PLAN_TBT_LIMIT_MS = 200
LIGHTHOUSE_RUNS = 3
DOCUMENT_LIMIT_MS = 50
ZIP_LIMIT = 8_000_000

DOCUMENT_NAMES = {
    "docx": "DOCX (Word)",
    "odt": "ODT (LibreOffice)",
    "txt": "TXT",
    "ics": "ICS (kalender)",
    "json": "Utkast (JSON)",
}


def spread_long_task(samples: Samples) -> str:
    """Like spread_ms, where 0 means no task of 50 ms or more (the Long Tasks API's floor)."""

    def one(value: float, text: str, floor: str) -> str:
        return floor if value < LONG_TASK_FLOOR_MS else text

    median = one(samples.median, fmt_ms(samples.median), "< 50 ms")
    if samples.runs < 2:
        return median
    low, high = samples.spread
    return f"{median} ({one(low, fmt_int(low), '< 50')}–{one(high, fmt_int(high), '< 50')})"


def spread_ms(samples: Samples) -> str:
    """Median with min–max: "2 261 ms (1 980–4 012)"."""
    if samples.runs < 2:
        return fmt_ms(samples.median)
    low, high = samples.spread
    return f"{fmt_ms(samples.median)} ({fmt_int(low)}–{fmt_int(high)})"


def ratio(ours: float, base: float) -> float:
    return ours / base if base else float("inf")


# ---------------------------------------------------------------- sections


def reading_section(
    results: list[list[reading.ReadingResult]],
    site_dir: Path,
    plain_dir: Path,
    webfonts: webfonts_module.GoogleFonts,
) -> Section:
    """results: one list of pages per repeat."""
    section = Section(
        "Lesesider: første besøk med tom cache, mot vanlig Material med og uten nettskrifter",
        "Lesesider",
    )
    runs = str(len(results))
    baselines = (
        # (side, name in the table, whether the target counts)
        ("plain_nofonts", "vanlig Material uten nettskrifter", True),
        ("plain", "vanlig Material med nettskrifter", False),
    )
    for index, first in enumerate(results[0]):
        per_run = [run[index] for run in results]

        def med(side: str, attr: str, per_run: list = per_run) -> float:
            return statistics.median(getattr(getattr(r, side), attr) for r in per_run)

        for side, name, counts in baselines:
            info = "" if counts else " (til info)"
            for attr, what in (("raw", "bytes, ukomprimert"), ("gzip", "bytes, gzip -9")):
                ours, plain = med("ours", attr), med(side, attr)
                factor = ratio(ours, plain)
                section.rows.append(
                    Row(
                        f"{first.label}: {what}{info}",
                        fmt_bytes(ours),
                        f"{name}: {fmt_bytes(plain)}",
                        fmt_ratio(factor),
                        f"≤ {fmt_ratio(READING_LIMIT)}{info}",
                        at_most(factor, READING_LIMIT, info=not counts),
                        runs,
                    )
                )
            ours, plain = med("ours", "requests"), med(side, "requests")
            section.rows.append(
                Row(
                    f"{first.label}: forespørsler{info}",
                    fmt_int(ours),
                    f"{name}: {fmt_int(plain)}",
                    fmt_ratio(ratio(ours, plain)),
                    runs=runs,
                )
            )
    sample = results[0][0]
    query = sample.plain_nofonts.foreign[0] if sample.plain_nofonts.foreign else "–"
    versions = " og ".join(
        f"`@fontsource/{name}@{version}`" for name, version in webfonts.versions.items()
    )
    section.notes += [
        "Alt siden henter til nettverket er stille og alle nettskrifter er lastet (HTML, CSS, "
        "JS, søkeindeks, søke-worker, lunr, favicon, skrifter). «Ukomprimert» er filenes "
        "størrelse (python http.server komprimerer ikke); «gzip -9» er summen av hver fil "
        "komprimert, det en komprimerende server sender i beste fall.",
        "Vanlig Material: de samme `docs/*.md` uendret (lovhenvisninger `[[…]]` og "
        "fasemarkører blir stående som tekst), bygget i samme kjøring med bare "
        '`theme: material`, `language: nb` og `search: lang: ["no"]` '
        "(`.cache/bench/plain/mkdocs.yml`). Den lastes to ganger per side og kjøring, rett "
        "etter vår side: med nettskrifter og uten.",
        f"Målet (≤ {fmt_ratio(READING_LIMIT)}) gjelder **vanlig Material uten nettskrifter**, "
        "den like sammenligningen: vår side bruker systemskrifter (`theme.font: false`) og "
        "henter ingen skrifter, og der blir skriftforespørselen blokkert og talt som én "
        "forespørsel med 0 byte, som om skriftene var slått av. Radene «til info» "
        "sammenligner med **vanlig Material med nettskrifter**, slik Material leveres og det "
        "en besøkende på et vanlig Material-nettsted laster ned.",
        f"Slik etterlignes Google Fonts (her er det ikke nett): vanlig Material lenker til "
        f"`{query}`. Nettleseren i målingen får i stedet et stilark laget av "
        f"{versions} (npm, `bench/package.json`), bygget som det Google sender en ny Chrome "
        "for akkurat denne adressen: én `@font-face` per familie, vekt, stil og tegnsett "
        "(cyrillic-ext, cyrillic, greek-ext, greek, math, symbols, vietnamese, latin-ext, "
        "latin; Roboto Mono har færre), med Googles `unicode-range` (fontsource har dem i "
        "`<vekt>.css` og `<vekt>-italic.css`) og `font-display: fallback` fra adressens "
        "`display=fallback`, og med fil-adresser på `https://fonts.gstatic.com/…`. De "
        "adressene får svar med fontsource sin woff2-fil for samme familie, vekt, stil og "
        "tegnsett (med `Access-Control-Allow-Origin: *`, som hos Google). Da henter "
        "nettleseren, som hos Google, bare filene for tegnsett, vekter og stiler siden "
        "faktisk tegner tekst med. Stilarket telles ukomprimert og med gzip -9; woff2 er "
        "komprimert fra før, så der er gzip = ukomprimert. Kode: `bench/webfonts.py`.",
        "Forbehold: fontsource lager sine woff2-filer fra Google Fonts, så størrelsene er nær, "
        "men ikke garantert like, det Google sender. Dessuten sender Google i dag Roboto og "
        "Roboto Mono til Chrome som variable skrifter: samme fil for alle vekter av én stil "
        "og ett tegnsett. Fontsource-pakkene har én fil per vekt, så der en side bruker "
        "flere vekter av samme stil (Material bruker 300, 400 og 700), henter emuleringen "
        "flere filer enn Google sender: her tre Roboto-filer der Google sender én variabel "
        "fil. Den variable fila er større enn hver av de statiske, men trolig mindre enn "
        "alle tre til sammen, så tallene «med nettskrifter» er trolig noe for høye "
        "(forskjellen kan gå andre veien der en side bruker bare én vekt av en stil).",
        "`display=fallback`: nettleseren venter svært kort (om lag 100 ms) med usynlig tekst, "
        "viser så systemskrift, og bytter bare til Roboto om fila kommer innen om lag 3 s. "
        "Fila lastes ned uansett, så den telles alltid.",
    ]
    fonts = [
        "Nettskrifter hos vanlig Material med nettskrifter (første kjøring; filene er de samme "
        "i alle kjøringer):",
        "",
        "| side | stilark (ukomprimert / gzip -9) | woff2-filer | woff2, byte | filer |",
        "|---|---:|---:|---:|---|",
    ]
    for result in results[0]:
        css = [f for f in result.plain.webfonts if not f.is_font]
        files = result.plain.font_files
        css_cell = " + ".join(f"{fmt_bytes(f.raw)} / {fmt_bytes(f.gzip)}" for f in css) or "–"
        names = ", ".join(sorted(f"`{f.name.rsplit('/', 1)[-1]}`" for f in files)) or "–"
        fonts.append(
            f"| {result.label} | {css_cell} | {len(files)} "
            f"| {fmt_bytes(sum(f.raw for f in files))} | {names} |"
        )
    section.extra = [
        *fonts,
        "",
        f"Hva som skiller ({sample.label}, mot vanlig Material med nettskrifter; filer med "
        "ulik størrelse, størst gzip-forskjell først):",
        "",
        "| fil | vår | vanlig Material | forskjell, gzip -9 |",
        "|---|---:|---:|---:|",
    ]
    for diff in reading.file_diffs(sample.ours, site_dir, sample.plain, plain_dir):

        def cell(sizes: tuple[int, int] | None) -> str:
            return f"{fmt_bytes(sizes[0])} / {fmt_bytes(sizes[1])}" if sizes else "–"

        gap = (diff.ours or (0, 0))[1] - (diff.plain or (0, 0))[1]
        sign = "+" if gap >= 0 else "\N{MINUS SIGN}"
        section.extra.append(
            f"| `{diff.name}` | {cell(diff.ours)} | {cell(diff.plain)} "
            f"| {sign}{fmt_bytes(abs(gap))} |"
        )
    section.extra += ["", "(ukomprimert / gzip -9)"]
    return section


def startup_section(result: startup.StartupResults, page_weights: dict) -> Section:
    section = Section(f"Planside: oppstart ({startup.PLAN_PAGE}), mot bar Pyodide", "Planside")
    rows = section.rows
    cases = (
        ("http", "cold", result.ours_http, "kald", "bar, http"),
        ("http", "warm", result.ours_http, "varm", "bar, http"),
        ("file://", "cold", result.ours_file, "kald", "bar, http\\*"),
        ("file://", "warm", result.ours_file, "varm", "bar, http\\*"),
    )
    for scheme, which, series, word, base_name in cases:
        ours = series.ready(which)
        base = result.bare_http.ready(which)
        factor = ratio(ours.median, base.median)
        status = at_most(factor, READY_LIMIT)
        target = f"≤ {fmt_ratio(READY_LIMIT)}"
        rows.append(
            Row(
                f"Python klar, {word}, {scheme}",
                spread_ms(ours),
                f"{base_name}: {spread_ms(base)}",
                fmt_ratio(factor),
                target,
                status,
                f"{ours.runs} / {base.runs}",
            )
        )
    bare_file = result.bare_file.failures()
    rows.append(
        Row(
            "Bar Pyodide fra file://",
            "–",
            "bar, file://: starter ikke ("
            + (bare_file[0][:60] + "…" if bare_file else "startet likevel?")
            + ")",
            runs=str(len(result.bare_file.cold)),
        )
    )
    for scheme, which, series, word, _ in cases:
        typed = series.input(which)
        rows.append(
            Row(
                f"Skjemaet tar imot tekst, {word}, {scheme}",
                spread_ms(typed),
                runs=str(typed.runs),
            )
        )
    # The row (the longest task), then a stricter one for information.
    main_thread = (
        ("Lengste oppgave på hovedtråden før klar", startup.Series.longest_task, False),
        ("Lengste venting for en tidtaker før klar", startup.Series.blocked, True),
    )
    for label, samples_of, info in main_thread:
        spread = spread_ms if info else spread_long_task
        suffix = " (til info)" if info else ""
        for scheme, which, series, word, base_name in cases:
            ours, base = samples_of(series, which), samples_of(result.bare_http, which)
            rows.append(
                Row(
                    f"{label}, {word}, {scheme}{suffix}",
                    spread(ours),
                    f"{base_name}: {spread(base)}",
                    fmt_ratio(ratio(ours.median, base.median))
                    if info or min(ours.median, base.median) >= LONG_TASK_FLOOR_MS
                    else "–",
                    f"≤ {BLOCKED_LIMIT_MS} ms{suffix}",
                    at_most(ours.median, BLOCKED_LIMIT_MS, info=info),
                    runs=f"{ours.runs} / {base.runs}",
                )
            )
    ours_w, bare_w = page_weights["ours"], page_weights["bare"]
    for attr, what in (("raw", "ukomprimert"), ("gzip", "gzip -9")):
        ours, base = getattr(ours_w, attr), getattr(bare_w, attr)
        rows.append(
            Row(
                f"Planside, første besøk: bytes, {what}",
                fmt_bytes(ours),
                f"bar: {fmt_bytes(base)}",
                fmt_ratio(ratio(ours, base)),
            )
        )
    rows.append(
        Row(
            "Planside, første besøk: forespørsler",
            fmt_int(ours_w.requests),
            f"bar: {fmt_int(bare_w.requests)}",
            fmt_ratio(ratio(ours_w.requests, bare_w.requests)),
        )
    )
    failures = [
        f for s in (result.ours_http, result.ours_file, result.bare_http) for f in s.failures()
    ]
    section.notes += [
        "Tider er `performance.now()` i siden, altså millisekunder fra navigasjonen startet. "
        '«Python klar» er når `#plan-form` får `data-ready="true"` (vår side: Pyodide i en '
        "worker, `py_widgets` lastet fra nettstedets `pyodide-lock.json` og `PlanPage` "
        "laget) og når `loadPyodide()` er ferdig (bar side). Tabellen viser median (min–maks).",
        "Kald: ny Chromium med tom `--user-data-dir` for hver kjøring. Varm: samme adresse "
        "på nytt i samme profil (2 ganger per profil). Vår side, bar side og file:// kjøres "
        "vekselvis, så en travel maskin rammer alle likt.",
        "Bar Pyodide («bar»): en side med bare `<script src=pyodide/pyodide.js>` og "
        "`loadPyodide({indexURL})` fra `node_modules/pyodide` (samme npm-pakke), servert "
        "med riktige MIME-typer. \\* Fra file:// kan vanlig Pyodide ikke starte (nettleseren "
        "stopper fetch og import av file://-adresser, se raden «Bar Pyodide fra file://»), "
        "så vår file://-tid sammenlignes med bar Pyodide over http.",
        "Varm start: over http henter workeren Pyodides filer fra nettstedet, og nettleseren "
        "har dem i cachen sammen med den kompilerte koden (wasm og JavaScript), som for bar "
        "Pyodide. Fra file:// har nettleseren ingen cache: filene leses fra disk og "
        "kompileres hver gang, så varm start der er nesten like treg som kald.",
        "«Lengste oppgave»: den lengste enkeltoppgaven på sidens hovedtråd som begynte før "
        "Python var klar, målt med nettleserens Long Tasks API (`PerformanceObserver`, "
        "`longtask`), som Lighthouse bruker for «total blocking time». API-et melder bare "
        "oppgaver på 50 ms eller mer; «< 50 ms» betyr at ingen var så lange. Mellom to "
        "oppgaver kan nettleseren ta imot et tastetrykk eller klikk.",
        "«Lengste venting for en tidtaker» (til info): hvor mye for sent en tidtaker som skal "
        "gå hvert 10. ms kom på det meste før Python var klar. Den er strengere enn "
        "«lengste oppgave»: mens siden lastes, kjører nettleseren arbeid med å lese og tegne "
        "siden før tidtakere, så tidtakeren kan vente på flere oppgaver etter hverandre. "
        "Første gang planskjemaet tegnes (kald start, ny nettleser), går mest tid til stil og "
        "oppsett av hele skjemaet (om lag 10 800 px tekst og felt).",
        "«Skjemaet tar imot tekst»: Playwright skriver i det første tekstfeltet så snart "
        "det kan, og tiden er når siden har behandlet `input`-hendelsen. Bar side har intet "
        "skjema. Når tallet er nær «Python klar», var hovedtråden opptatt med å starte "
        "Python, og tastetrykket måtte vente.",
        "«Planside, første besøk» teller alle filer siden henter (også Material og "
        "søket); bar side er bare Pyodide.",
    ]
    if failures:
        section.notes.append(f"Oppstart som feilet: {len(failures)} ({failures[0][:120]}).")
    section.extra = breakdown_table(result)
    return section


def breakdown_table(result: startup.StartupResults) -> list[str]:
    """Where the time goes: until loadPyodide() is called, inside it, and after it."""
    lines = [
        "Hvor tiden går (median, ms fra navigasjonen):",
        "",
        "| oppsett | `loadPyodide()` kalt | `loadPyodide()` ferdig | klar | "
        "`loadPyodide()` varte |",
        "|---|---:|---:|---:|---:|",
    ]
    settings = (
        ("vår, http", result.ours_http),
        ("vår, file://", result.ours_file),
        ("bar Pyodide, http", result.bare_http),
    )
    for name, series in settings:
        for which, word in (("cold", "kald"), ("warm", "varm")):
            visits = [
                v
                for v in (series.cold if which == "cold" else series.warm)
                if v.state == "true" and v.load_start is not None and v.load_end is not None
            ]
            if not visits:
                continue
            start = statistics.median(v.load_start for v in visits)  # type: ignore[misc]
            end = statistics.median(v.load_end for v in visits)  # type: ignore[misc]
            ready = statistics.median(v.ready for v in visits)
            took = statistics.median(v.load_end - v.load_start for v in visits)  # type: ignore[operator]
            lines.append(
                f"| {name}, {word} | {fmt_int(start)} | {fmt_int(end)} | {fmt_int(ready)} "
                f"| {fmt_int(took)} |"
            )
    return lines


def quick_exit_section(result: dict[str, Samples]) -> Section:
    plan, front = result["plan"], result["front"]
    rows = [
        Row(
            "«Forlat siden» 1 s etter åpning, planside (Python starter)",
            spread_ms(plan),
            f"forsiden: {spread_ms(front)}",
            fmt_ratio(ratio(plan.median, front.median)),
            runs=f"{plan.runs} / {front.runs}",
        )
    ]
    notes = [
        "Fra klikket (hendelsens tid i siden) til navigasjonen til den nøytrale siden begynner "
        "(dens `performance.timeOrigin`), begge i nettleserens egen klokke. Klikket kommer 1 s "
        f"etter at siden åpnet ({startup.PLAN_PAGE}: Python starter fortsatt), ny profil hver "
        "gang; den nøytrale siden besvares lokalt. Kode: `bench/quick_exit.py`.",
    ]
    return Section("Hurtigutgang: fra klikk til ny side", "Hurtigutgang", rows, notes)


def generation_section(result: dict[str, generation.DocumentTimes]) -> Section:
    section = Section(
        "Dokumenter: fra klikk til ferdig nedlastet (Fase 3-planen, utfylt)", "Dokumenter"
    )
    for kind, times in result.items():
        end_to_end = times.samples("end_to_end")
        section.rows.append(
            Row(
                DOCUMENT_NAMES[kind],
                spread_ms(end_to_end),
                target=f"≤ {DOCUMENT_LIMIT_MS} ms",
                status=at_most(end_to_end.median, DOCUMENT_LIMIT_MS),
                runs=str(end_to_end.runs),
            )
        )
    section.notes += [
        "Planen er fylt ut med `tests/support/plan_form.py` sin `fill_all` (alle felt, to rader "
        "i hver gruppe). Knappene trykkes etter tur, ti ganger hver; første gang for hver "
        "knapp er med (Python importerer da det dokumentet trenger). Etter hver tiende "
        "nedlasting venter målingen 3 s: headless Chromium slipper ikke gjennom den 11. "
        "nedlastingen rett etter ti raske fra samme side.",
        "«Klikk → ferdig nedlastet»: fra klikket (klokka i siden) til Playwright melder at "
        "fila er lagret. «Gitt til nettleseren»: i siden, fra klikket til den skjulte "
        "nedlastingslenken trykkes (sjekk av skjemaet, Python, Blob). «Python alene»: "
        "`PlanPage.document()` i `py_widgets.bridge` med `toJs`, målt i siden utenfor klikket.",
    ]
    section.extra = [
        "| dokument | størrelse | klikk → ferdig nedlastet | klikk → gitt til nettleseren "
        "| Python alene |",
        "|---|---:|---:|---:|---:|",
    ]
    for kind, times in result.items():
        section.extra.append(
            f"| {DOCUMENT_NAMES[kind]} | {fmt_bytes(times.size)} "
            f"| {fmt_ms(times.samples('end_to_end').median)} "
            f"| {fmt_ms(times.samples('handed').median)} "
            f"| {fmt_ms(times.samples('python').median)} |"
        )
    return section


def sizes_section(result: sizes.Sizes, plain_site: Path) -> Section:
    plain_bytes, plain_files = sizes.tree_size(plain_site)
    rows = [
        Row(
            "Nettstedet (`site/`)",
            f"{fmt_bytes(result.site_bytes)}, {result.site_files} filer",
            f"vanlig Material: {fmt_bytes(plain_bytes)}, {plain_files} filer",
        ),
        Row(
            "Offline-pakken, zip",
            fmt_bytes(result.zip_bytes),
            target=f"≤ {fmt_bytes(ZIP_LIMIT)}",
            status=at_most(result.zip_bytes, ZIP_LIMIT),
        ),
        Row(
            "Offline-pakken, pakket ut",
            f"{fmt_bytes(result.bundle_bytes)}, {result.bundle_files} filer",
        ),
    ]
    for attr, what in (("raw", "ukomprimert"), ("gzip", "gzip -9")):
        ours, base = getattr(result.payload, attr), getattr(result.bare, attr)
        counts = attr == "gzip"  # what a compressing server sends
        rows.append(
            Row(
                f"Python på planside ({result.payload.files} filer), {what}",
                fmt_bytes(ours),
                f"bar: {fmt_bytes(base)}",
                fmt_ratio(ratio(ours, base)),
                f"≤ {fmt_ratio(PAYLOAD_LIMIT)}" if counts else "",
                at_most(ratio(ours, base), PAYLOAD_LIMIT) if counts else Status.NONE,
            )
        )
    files = ", ".join(
        f"`{name.rsplit('/', 1)[-1]}` {fmt_bytes(size)}"
        for name, size in result.payload_files.items()
    )
    notes = [
        "«Python på planside» er det siden laster for Python over http: `app-data.js`, "
        "Pyodides filer og hjulet med `py_widgets` fra `assets/pyodide/` + `plan-runtime.js` "
        "+ `plan-*.js`: "
        f"{files}. Bar Pyodide: " + ", ".join(f"`{n}`" for n in sizes.BARE_FILES) + ".",
        "MB og kB er desimale (1 MB = 1 000 000 byte), som i byggets egen melding om zip-fila.",
    ]
    return Section("Størrelser", "Størrelser", rows, notes)


def build_section(result: builds.BuildResults, plain_seconds: float) -> Section:
    runs = str(result.site.runs)
    site = result.site.median
    rows = [
        Row(
            "`make site`",
            _seconds_spread(result.site),
            f"vanlig Material (`mkdocs build`): {fmt_seconds(plain_seconds)}",
            fmt_ratio(ratio(site, plain_seconds)),
            runs=runs,
        ),
        Row("`make bundle`", _seconds_spread(result.bundle), runs=str(result.bundle.runs)),
    ]
    cache = "varm" if result.cache_warm_at_start else "kald (første bygg gzipper wasm-fila)"
    notes = [
        f"Veggklokke, median (min–maks). `.cache/pyodide-runtime` var {cache} før første "
        "bygg; `make bundle` kjøres først, så `make site`.",
    ]
    return Section("Byggetid", "Byggetid", rows, notes)


def _seconds_spread(samples: Samples) -> str:
    if samples.runs < 2:
        return fmt_seconds(samples.median)
    low, high = samples.spread
    return f"{fmt_seconds(samples.median)} ({fmt_decimal(low, 1)}–{fmt_decimal(high, 1)})"


LIGHTHOUSE_PAGES = (
    # (name, label, our page, plain page or None, whether performance has a target)
    ("forside", "Forside", "index.html", "index.html", True),
    ("fase-3", "Faseside (fase-3)", "fase-3.html", "fase-3/index.html", True),
    ("oppfolgingsplan", "Planside (oppfolgingsplan)", "oppfolgingsplan.html", None, False),
)


def lighthouse_section(ours: dict[str, lighthouse.Report], plain: dict) -> Section:
    section = Section(
        "Lighthouse 12.2.3, mobil (ytelse · tilgjengelighet · beste praksis · SEO)", "Lighthouse"
    )
    keys = list(lighthouse.CATEGORIES)

    def scores(report: lighthouse.Report) -> str:
        if report.error and not report.scores:
            return f"feil: {report.error[:80]}"
        return " · ".join(str(report.scores.get(k, "–")) for k in keys)

    for name, label, _, plain_page, perf_target in LIGHTHOUSE_PAGES:
        report = ours[name]
        minimum = {k: 100 for k in keys}
        if not perf_target:
            minimum["performance"] = PLAN_PERFORMANCE_MIN
        ok = bool(report.scores) and all(report.scores.get(k, 0) >= m for k, m in minimum.items())
        target = " · ".join(("≥ " if m < 100 else "") + str(m) for m in minimum.values())
        base = f"vanlig Material: {scores(plain[name])}" if plain_page else "–"
        section.rows.append(
            Row(
                label,
                scores(report),
                base,
                target=target,
                status=Status.MET if ok else Status.MISSED,
                runs=f"{LIGHTHOUSE_RUNS} / 1" if plain_page else str(LIGHTHOUSE_RUNS),
            )
        )
    plan = ours["oppfolgingsplan"]
    if plan.tbt_ms is not None:
        section.rows.append(
            Row(
                "Planside (oppfolgingsplan): total blocking time",
                fmt_ms(plan.tbt_ms),
                target=f"≤ {PLAN_TBT_LIMIT_MS} ms",
                status=at_most(plan.tbt_ms, PLAN_TBT_LIMIT_MS),
                runs=str(LIGHTHOUSE_RUNS),
            )
        )
    section.notes.append(
        f"Vår side: {LIGHTHOUSE_RUNS} kjøringer per side, og tabellen viser kjøringen med "
        "median ytelsestall (det varierer fra kjøring til kjøring på en delt maskin; de andre "
        "tallene er stabile). Vanlig Material: én kjøring per side. "
        "Serveren gzipper tekst som et vanlig webhotell. "
        "Rapportene: `.cache/bench/lighthouse/*.json`. Vanlig Material får `errors-in-console` "
        "fordi Google Fonts er blokkert (her er det ikke nett)."
    )
    for name, label, *_ in LIGHTHOUSE_PAGES:
        for which, reports in (("vår", ours), ("vanlig Material", plain)):
            report = reports.get(name)
            if report is None:
                continue
            failing = [
                f"{lighthouse.CATEGORIES[k]}: " + ", ".join(f"`{a}`" for a in report.failing[k])
                for k in keys
                if report.failing.get(k)
            ]
            if failing:
                section.notes.append(f"{label}, {which}, under 100: " + "; ".join(failing) + ".")
    return section


# ---------------------------------------------------------------- the run


def chromium_version() -> str:
    out = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True)
    return out.stdout.strip() or "ukjent"


def git_commit() -> str:
    out = subprocess.run(
        ["git", "describe", "--always", "--dirty"], cwd=ROOT, capture_output=True, text=True
    )
    return out.stdout.strip() or "ukjent"


def update_readme(summary: str) -> None:
    """Replace the generated part of README.md's "Ytelse" section, if the markers are there."""
    text = README.read_text(encoding="utf-8")
    start, end = text.find(README_START), text.find(README_END)
    if start == -1 or end == -1:
        return
    new = text[: start + len(README_START)] + "\n" + summary + text[end:]
    README.write_text(new, encoding="utf-8")


def summary_table(sections: list[Section]) -> str:
    """The rows that have a target (also those «til info»), for the README."""
    rows = [
        replace(row, what=f"{s.short}: {row.what}")
        for s in sections
        for row in s.rows
        if row.status is not Status.NONE
    ]
    return table(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="few runs, results to .cache/bench/ (for working on the benchmark)",
    )
    args = parser.parse_args(argv)
    start_time = time.perf_counter()
    started = dt.datetime.now(dt.UTC)
    load_before = os.getloadavg()
    profile_runs, doc_runs, build_runs, reading_runs = (1, 2, 1, 1) if args.quick else (7, 10, 3, 3)
    exit_runs = 1 if args.quick else 5

    def step(message: str) -> None:
        print(f"[{time.perf_counter() - start_time:5.0f} s] {message}", flush=True)

    WORK_DIR.mkdir(parents=True, exist_ok=True)
    webfonts_module.require()
    google_fonts = webfonts_module.GoogleFonts()
    step(f"bygger: make bundle og make site, {build_runs} ganger hver")
    built = builds.measure(build_runs)
    step("bygger vanlig Material (grunnlinje)")
    plain_start = time.perf_counter()
    plain_site = reading.build_plain_site()
    plain_seconds = time.perf_counter() - plain_start
    bare_dir = startup.bare_page_dir()
    site_dir = ROOT / "site"
    size_result = sizes.measure(site_dir, built.zip_path, built.bundle_dir)

    with (
        serve(site_dir) as site_url,
        serve(plain_site) as plain_url,
        serve(bare_dir) as bare_url,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(**launch_args())
        browser_version = browser.version
        step(f"lesesider, {reading_runs} ganger")
        reading_results = [
            reading.measure(browser, site_url, site_dir, plain_url, plain_site, google_fonts)
            for _ in range(reading_runs)
        ]
        plan_weights = {
            "ours": reading.page_weight(browser, site_url, site_dir, startup.PLAN_PAGE),
            "bare": reading.page_weight(browser, bare_url, bare_dir, "bare.html"),
        }
        step(f"hurtigutgang, {exit_runs} ganger per side")
        exits = quick_exit.measure(
            browser, site_url, {"plan": startup.PLAN_PAGE, "front": "index.html"}, exit_runs
        )
        step(f"dokumenter, {doc_runs} ganger hver")
        documents = generation.measure(browser, site_url, runs=doc_runs)
        browser.close()
        step(f"oppstart av planside, {profile_runs} nye profiler per oppsett")
        startup_result = startup.measure(
            playwright, site_url, built.bundle_dir, bare_url, bare_dir, runs=profile_runs
        )

    step("Lighthouse")
    with serve(site_dir, use_gzip=True) as site_gz, serve(plain_site, use_gzip=True) as plain_gz:
        ours_lh = lighthouse.measure(
            {n: site_gz + p for n, _, p, _, _ in LIGHTHOUSE_PAGES}, "ours", LIGHTHOUSE_RUNS
        )
        plain_lh = lighthouse.measure(
            {n: plain_gz + q for n, _, _, q, _ in LIGHTHOUSE_PAGES if q is not None}, "plain"
        )

    sections = [
        reading_section(reading_results, site_dir, plain_site, google_fonts),
        startup_section(startup_result, plan_weights),
        quick_exit_section(exits),
        generation_section(documents),
        sizes_section(size_result, plain_site),
        build_section(built, plain_seconds),
        lighthouse_section(ours_lh, plain_lh),
    ]
    elapsed = time.perf_counter() - start_time
    load_after = os.getloadavg()
    pyodide_version = json.loads((NODE_PYODIDE / "package.json").read_text())["version"]
    not_met = missed(sections)
    intro = [
        "Laget av `make bench` (kode i `bench/`). Mål står ved siden av hver måling; de er "
        "ikke testkrav. Maskinen er delt og ujevnt belastet, så hver grunnlinje er målt i "
        "samme kjøring, og tider er medianer. n = antall kjøringer.",
        "",
        f"- Kjørt {started:%Y-%m-%d %H:%M} UTC på commit `{git_commit()}`, "
        f"{os.cpu_count()} kjerner, lastsnitt (1 min) {fmt_decimal(load_before[0], 1)} før og "
        f"{fmt_decimal(load_after[0], 1)} etter; hele kjøringen tok "
        f"{fmt_decimal(elapsed / 60, 1)} min.",
        f"- Headless Debian Chromium {browser_version} ({chromium_version()}), Playwright for "
        f"Python, Pyodide {pyodide_version} (npm), Lighthouse 12.2.3, "
        + ", ".join(f"@fontsource/{n} {v}" for n, v in google_fonts.versions.items())
        + f" (npm), Python {sys.version.split()[0]}.",
        "- Mål som ikke er nådd: " + ("; ".join(not_met) if not_met else "ingen") + ".",
    ]
    outro = [
        "Kjør på nytt med `make bench` (under 10 minutter; første gang installeres "
        "Lighthouse og fontsource-skriftene i `bench/node_modules`)."
    ]
    text = render("Ytelse: resultater", intro, sections, outro)
    if args.quick:
        (WORK_DIR / "results-quick.md").write_text(text, encoding="utf-8")
    else:
        RESULTS.write_text(text, encoding="utf-8")
        update_readme(summary_table(sections))
    print(text)
    step(f"ferdig på {fmt_decimal(elapsed, 0)} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
