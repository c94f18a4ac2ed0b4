"""The review desk: server-rendered pages under /review/ and sign-in at /login."""
