"""Protocol packs as data: the schema and loader, the YAML reader and each pack's example cases.

`mailguard packs check` lives beside this package (app/engine/verify_packs.py): it runs the engine
over the cases, and the engine itself imports the packs.
"""
