"""Plan templates as data, the plan model, its rules and every document a user can take away.

Pure Python (standard library only): runs on CPython >= 3.12 in tests and in Pyodide in the browser.
"""
