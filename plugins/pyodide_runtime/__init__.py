"""Ship the Pyodide runtime and the py_widgets package with the site, for http and file://."""
