"""`mailguard` command line: `main` composes the domains' CLIs; `check` is the contract's I/O edge;
`admin` holds the store's administration commands.
"""
