"""TLS for the IMAP and SMTP connectors: verified by default, a council's private CA when given,
and a loud warning when a connection to another machine goes without TLS at all."""

from __future__ import annotations

import ipaddress
import logging
import ssl

log = logging.getLogger("mailguard.tls")
LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def tls_context(*, verify: bool = True, ca_file: str = "") -> ssl.SSLContext:
    """The system's trusted CAs, plus `ca_file` (PEM) for a server whose certificate a private CA signed."""
    context = ssl.create_default_context()
    if ca_file:
        context.load_verify_locations(cafile=ca_file)  # added to the system's, not instead of them
    if not verify:
        context.check_hostname, context.verify_mode = False, ssl.CERT_NONE
    return context


def is_loopback(host: str) -> bool:
    if host.lower() in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def plaintext_warning(protocol: str, host: str, port: int) -> str | None:
    """The warning for `security none` to a host that is not this machine, or None."""
    if is_loopback(host):
        return None
    return (f"{protocol} to {host}:{port} uses no TLS (security none): the password and every message "
            "cross the network readable by anyone on the path. Use ssl or starttls "
            "(with --ca-file for a private certificate authority).")


def warn_if_plaintext(protocol: str, security: str, host: str, port: int) -> None:
    if security == "none" and (warning := plaintext_warning(protocol, host, port)):
        log.warning(warning)
