"""Lighthouse 12.2.3 (bench/package.json; 13.x needs Node 22) with Debian Chromium, mobile
defaults, one run per page, against a server that gzips text like a typical web host."""

import json
import os
import subprocess
import tempfile
from dataclasses import dataclass, field

from tests.support.browser import CHROMIUM, CHROMIUM_ARGS

from .common import BENCH_DIR, WORK_DIR

LIGHTHOUSE = BENCH_DIR / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = {
    "performance": "Ytelse",
    "accessibility": "Tilgjengelighet",
    "best-practices": "Beste praksis",
    "seo": "SEO",
}


def require() -> None:
    """`make bench` installs Lighthouse first (npm ci --prefix bench, pinned by the lock)."""
    if not LIGHTHOUSE.exists():
        raise RuntimeError(f"{LIGHTHOUSE} mangler: kjør 'make bench' (den installerer Lighthouse)")


@dataclass
class Report:
    """Scores 0–100 by category, and the audits that kept a category below 100."""

    scores: dict[str, int]
    failing: dict[str, list[str]] = field(default_factory=dict)
    error: str = ""
    tbt_ms: float | None = None
    """Total blocking time (the main thread busy > 50 ms at a stretch, summed)."""


def run(url: str, name: str) -> Report:
    """One Lighthouse run in a fresh Chromium profile; the JSON report is kept in .cache/bench."""
    out_dir = WORK_DIR / "lighthouse"
    out_dir.mkdir(parents=True, exist_ok=True)
    output = out_dir / f"{name}.json"
    with tempfile.TemporaryDirectory(prefix="bench-lighthouse-") as profile:
        flags = " ".join(["--headless", *CHROMIUM_ARGS, f"--user-data-dir={profile}"])
        result = subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                f"--chrome-flags={flags}",
                "--output=json",
                f"--output-path={output}",
                "--quiet",
            ],
            env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
            capture_output=True,
            text=True,
            timeout=180,
            check=False,
        )
    if result.returncode != 0 or not output.exists():
        return Report({}, error=(result.stderr or result.stdout).strip()[-300:])
    return parse(json.loads(output.read_text(encoding="utf-8")))


def parse(report: dict) -> Report:
    """Scores and failing audit ids from Lighthouse's JSON."""
    scores: dict[str, int] = {}
    failing: dict[str, list[str]] = {}
    for key in CATEGORIES:
        category = report["categories"][key]
        if category["score"] is None:
            continue
        scores[key] = round(category["score"] * 100)
        bad = []
        for ref in category["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref.get("weight", 0) > 0 and audit.get("score") is not None and audit["score"] < 1:
                bad.append(ref["id"])
        failing[key] = bad
    runtime_error = report.get("runtimeError", {}).get("message", "")
    tbt = report["audits"].get("total-blocking-time", {}).get("numericValue")
    return Report(scores, failing, runtime_error, tbt)


def median_run(url: str, name: str, runs: int) -> Report:
    """The run with the median performance score of `runs` (each saved as <name>-<i>.json)."""
    reports = [run(url, f"{name}-{i}") for i in range(1, runs + 1)]
    scored = sorted(
        (r for r in reports if "performance" in r.scores), key=lambda r: r.scores["performance"]
    )
    return scored[len(scored) // 2] if scored else reports[0]


def measure(pages: dict[str, str], prefix: str, runs: int = 1) -> dict[str, Report]:
    """pages: {name: url}; reports are saved as <prefix>-<name>-<run>.json. Runs one after
    another (Lighthouse wants the CPU to itself)."""
    require()
    return {name: median_run(url, f"{prefix}-{name}", runs) for name, url in pages.items()}
