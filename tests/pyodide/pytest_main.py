"""pytest inside Pyodide: run tests/py_widgets and print the closing 'N passed, N failed' line."""

import pytest


class _Counts:
    def __init__(self) -> None:
        self.passed = self.failed = self.skipped = 0

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        if report.when == "call" and report.passed:
            self.passed += 1
        elif report.failed:
            self.failed += 1
        elif report.skipped:
            self.skipped += 1

    def pytest_collectreport(self, report: pytest.CollectReport) -> None:
        if report.failed:  # a module that cannot even be imported counts as a failure
            self.failed += 1


def main(project: str) -> int:
    counts = _Counts()
    rc = pytest.main(
        [
            "-q",
            "-p",
            "no:cacheprovider",  # nothing written into the mounted project
            f"--rootdir={project}",
            f"--confcutdir={project}/tests/py_widgets",  # tests/conftest.py builds the site
            f"{project}/tests/py_widgets",
        ],
        plugins=[counts],
    )
    print(f"Pyodide: {counts.passed} passed, {counts.failed} failed, {counts.skipped} skipped")
    return int(rc)
