"""Plan templates and documents; runs in the browser under Pyodide and on CPython."""
