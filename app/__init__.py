"""Council MailGuard: checks outgoing council mail against the council's own protocol."""

__version__ = "0.1.0"
