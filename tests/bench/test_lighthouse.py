"""Lighthouse in the benchmark: which of several runs is reported (no Lighthouse run here)."""

import pytest

from bench import lighthouse


def test_the_run_with_the_median_performance_score_is_kept(monkeypatch: pytest.MonkeyPatch):
    scores = iter([90, 100, 95])
    monkeypatch.setattr(
        lighthouse, "run", lambda url, name: lighthouse.Report({"performance": next(scores)})
    )
    assert lighthouse.median_run("http://127.0.0.1/", "forside", 3).scores["performance"] == 95


def test_a_failed_run_is_reported_when_no_run_has_a_score(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(lighthouse, "run", lambda url, name: lighthouse.Report({}, error="krasj"))
    assert lighthouse.median_run("http://127.0.0.1/", "forside", 3).error == "krasj"
