"""Pages of the program.

Station and service pages (station.py, service.py, lookup.py) belong to the
road of life; the others (home, My eID, settings, diagnostics...) to the shell.
Import the module you need: importing this package stays cheap at start-up.
"""
