"""Persistence: engines and migrations, the tables (one module per domain), records, intents,
the audit chain and the per-council pack/directory cache. Data functions flush; use cases commit.
"""
