"""The pure core: parse a message once, run the checks, apply the council's pack, give a verdict.

No I/O here beyond reading pack and directory files: no database, no HTTP, no connectors
(import-linter enforces it). `app.engine.evaluate` is the one entry point.
"""
