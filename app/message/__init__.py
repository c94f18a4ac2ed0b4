"""The message model: parse RFC 5322 bytes once; every check reads the result."""

from app.message.limits import DEFAULT_LIMITS, Limits
from app.message.model import Address, Attachment, BodyText, Defect, EmbeddedMessage, Message
from app.message.parse import parse

__all__ = [
    "Address", "Attachment", "BodyText", "DEFAULT_LIMITS", "Defect", "EmbeddedMessage",
    "Limits", "Message", "parse",
]
