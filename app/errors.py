"""Domain errors. They carry no HTTP codes; the API maps them to responses."""

from __future__ import annotations


class MailGuardError(Exception):
    """Base of every error the service raises on purpose."""


class ConfigError(MailGuardError):
    """A pack, directory or setting cannot be used. The message reads `file: key: problem`."""


class PackError(ConfigError):
    pass


class DirectoryError(ConfigError):
    pass


class NotFound(MailGuardError):
    pass


class Conflict(MailGuardError):
    pass


class Forbidden(MailGuardError):
    pass


class InvalidTransition(Conflict):
    pass


class InvalidInput(MailGuardError, ValueError):
    """A request a use case cannot act on as given (a missing reason, an unknown mode)."""
