"""The message model: parse RFC 5322 bytes once; every check reads the result."""

from app.engine.message.limits import DEFAULT_LIMITS, Limits
from app.engine.message.model import Address, Attachment, BodyText, Defect, EmbeddedMessage, Message
from app.engine.message.parse import parse

__all__ = [
    "Address", "Attachment", "BodyText", "DEFAULT_LIMITS", "Defect", "EmbeddedMessage",
    "Limits", "Message", "parse",
]
