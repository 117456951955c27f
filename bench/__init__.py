"""`make bench`: size and speed of the site against plain Material and bare Pyodide."""
