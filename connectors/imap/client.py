"""One IMAP connection (aioimaplib, asyncio) with the few commands the mailbox needs, UID-based throughout.

Every failure surfaces as ImapError with a `stage` (dns, tcp, tls, login,
folder, command) so the connection test can say exactly what went wrong.
Messages are removed only by UID (MOVE, or COPY + STORE \\Deleted + UID
EXPUNGE of that one UID) — never a plain EXPUNGE, which would also expunge
anything else the user had marked \\Deleted.
"""

from __future__ import annotations

import asyncio
import re
import socket
import ssl
from dataclasses import dataclass
from typing import Callable

from aioimaplib import aioimaplib

from connectors.raw_headers import crlf
from connectors.tls import tls_context, warn_if_plaintext

_UIDVALIDITY = re.compile(rb"\[UIDVALIDITY (\d+)\]")
_UIDNEXT = re.compile(rb"\[UIDNEXT (\d+)\]")
_COPYUID = re.compile(rb"\[COPYUID (\d+) ([\d:,]+) ([\d:,]+)\]")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]")
_LIST = re.compile(rb'^\((?P<flags>[^)]*)\) (?P<delim>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.+)$')
_LITERAL = re.compile(rb"\{(\d+)\}$")


class ImapError(Exception):
    def __init__(self, stage: str, message: str):
        super().__init__(f"IMAP {stage}: {message}")
        self.stage = stage


@dataclass(frozen=True)
class ImapConfig:
    host: str
    port: int = 993
    security: str = "ssl"  # ssl | starttls | none (none only for loopback tests)
    user: str = ""
    password: Callable[[], str] | None = None
    oauth_token: Callable[[], str] | None = None  # XOAUTH2
    timeout: float = 30.0
    verify_tls: bool = True
    ca_file: str = ""  # PEM of a private CA that signed the server's certificate (added to the system's)


@dataclass(frozen=True)
class FolderInfo:
    name: str
    uidvalidity: int
    uidnext: int


def quote(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _unquote(token: bytes) -> str:
    text = token.decode("utf-8", "replace")
    if len(text) >= 2 and text[0] == text[-1] == '"':
        text = re.sub(r"\\(.)", r"\1", text[1:-1])
    return text


class ImapConnection:
    def __init__(self, config: ImapConfig):
        self.config = config
        self.client: aioimaplib.IMAP4 | None = None
        self.lost = asyncio.Event()
        self.selected: str | None = None

    # -- connecting -------------------------------------------------------
    async def open(self) -> None:
        c = self.config
        warn_if_plaintext("IMAP", c.security, c.host, c.port)
        await self._resolve()
        context = self._tls_context() if c.security == "ssl" else None
        self.client = aioimaplib.IMAP4(host=c.host, port=c.port, timeout=c.timeout, ssl_context=context,
                                       conn_lost_cb=lambda exc: self.lost.set())
        try:
            await self._greeting()
        except ssl.SSLError as exc:
            raise ImapError("tls", f"{c.host}:{c.port}: {exc}") from None
        except (OSError, asyncio.TimeoutError) as exc:
            raise ImapError("tcp", f"{c.host}:{c.port}: {exc or 'no greeting from the server'}") from None
        if c.security == "starttls":
            await self._starttls()
        await self._login()

    async def _greeting(self) -> None:
        """The server's greeting; a connection closed before it fails at once, not after the timeout.

        aioimaplib waits for the greeting until its command timeout even when the server has
        already hung up (a refused TCP connect it does raise at once).
        """
        hello = asyncio.ensure_future(self.client.wait_hello_from_server())
        lost = asyncio.ensure_future(self.lost.wait())
        try:
            await asyncio.wait({hello, lost}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            lost.cancel()
        if hello.done():
            hello.result()  # raises what the connect or the greeting raised
            return
        hello.cancel()
        raise ConnectionError("the server closed the connection before its greeting")

    async def _resolve(self) -> None:
        try:
            await asyncio.get_running_loop().getaddrinfo(self.config.host, self.config.port,
                                                         type=socket.SOCK_STREAM)
        except socket.gaierror as exc:
            raise ImapError("dns", f"{self.config.host}: {exc.strerror or exc}") from None

    def _tls_context(self) -> ssl.SSLContext:
        return tls_context(verify=self.config.verify_tls, ca_file=self.config.ca_file)

    async def _starttls(self) -> None:
        protocol = self.client.protocol
        if "STARTTLS" not in protocol.capabilities:
            raise ImapError("tls", "the server does not offer STARTTLS")
        response = await protocol.execute(aioimaplib.Command("STARTTLS", protocol.new_tag(), loop=protocol.loop))
        if response.result != "OK":
            raise ImapError("tls", f"STARTTLS refused: {_lines(response)}")
        try:
            protocol.transport = await protocol.loop.start_tls(
                protocol.transport, protocol, self._tls_context(), server_hostname=self.config.host)
        except (ssl.SSLError, OSError) as exc:
            raise ImapError("tls", f"{self.config.host}: {exc}") from None
        await protocol.capability()  # capabilities before TLS must not be trusted (RFC 3501 §6.2.1)

    async def _login(self) -> None:
        c = self.config
        try:
            if c.oauth_token is not None:
                response = await self.client.xoauth2(c.user, c.oauth_token())
            else:
                response = await self.client.login(c.user, c.password() if c.password else "")
        except (aioimaplib.AioImapException, asyncio.TimeoutError, OSError) as exc:
            raise ImapError("login", str(exc)) from None
        if response.result != "OK":
            raise ImapError("login", f"{c.user}: {_lines(response)}")

    async def close(self) -> None:
        if self.client is None:
            return
        try:
            if not self.lost.is_set():
                await asyncio.wait_for(self.client.logout(), 5)
        except Exception:  # noqa: BLE001 - closing a broken connection
            pass
        transport = getattr(self.client.protocol, "transport", None)
        if transport is not None:
            transport.close()
        self.client = None

    def has(self, capability: str) -> bool:
        return self.client is not None and self.client.has_capability(capability)

    # -- commands ---------------------------------------------------------
    async def _ok(self, response, what: str, stage: str = "command"):
        if response.result != "OK":
            raise ImapError(stage, f"{what}: {response.result} {_lines(response)}")
        return response

    async def list_folders(self) -> list[tuple[str, set[str], str]]:
        """(name, attributes, delimiter) of every folder; SPECIAL-USE attributes included."""
        extra = ("RETURN", "(SPECIAL-USE)") if self.has("SPECIAL-USE") else ()
        protocol = self.client.protocol
        response = await asyncio.wait_for(protocol.execute(aioimaplib.Command(
            "LIST", protocol.new_tag(), '""', '"*"', *extra, loop=protocol.loop)), self.config.timeout)
        await self._ok(response, "LIST", "folder")
        out = []
        lines = list(response.lines[:-1])
        for index, line in enumerate(lines):
            if not isinstance(line, bytes):
                continue
            match = _LIST.match(line)
            if not match:
                continue
            name = match.group("name")
            literal = _LITERAL.search(name)
            if literal and index + 1 < len(lines):
                name = bytes(lines[index + 1])
            delim = _unquote(match.group("delim")) if match.group("delim") != b"NIL" else "/"
            out.append((_unquote(name), set(match.group("flags").decode().split()), delim))
        return out

    async def create(self, name: str) -> None:
        response = await self.client.create(quote(name))
        if response.result != "OK" and b"ALREADYEXISTS" not in b" ".join(_bytes(response)).upper():
            raise ImapError("folder", f"CREATE {name}: {_lines(response)}")

    async def select(self, name: str) -> FolderInfo:
        response = await self.client.select(quote(name))
        if response.result != "OK":
            self.selected = None
            raise ImapError("folder", f"SELECT {name}: {_lines(response)}")
        self.selected = name
        joined = b" ".join(_bytes(response))
        validity, uidnext = _UIDVALIDITY.search(joined), _UIDNEXT.search(joined)
        return FolderInfo(name, int(validity.group(1)) if validity else 0, int(uidnext.group(1)) if uidnext else 0)

    async def ensure_selected(self, name: str) -> FolderInfo | None:
        if self.selected != name:
            return await self.select(name)
        return None

    async def uids_from(self, first: int, since: str | None = None) -> list[int]:
        """UIDs >= first in the selected folder (n:* also matches the top UID when n is above it)."""
        criteria = (f"UID {max(first, 1)}:*", "UNDELETED") + (("SINCE", since) if since else ())
        response = await self._ok(await self.client.uid_search(*criteria, charset=None), "SEARCH")
        return sorted(u for u in _numbers(response) if u >= first)

    async def uids_since(self, date: str) -> list[int]:
        response = await self._ok(await self.client.uid_search("SINCE", date, "UNDELETED", charset=None), "SEARCH")
        return sorted(_numbers(response))

    async def find_message_id(self, message_id: str) -> list[int]:
        """UIDs in the selected folder whose Message-ID is exactly `message_id` (SEARCH is a substring test)."""
        if not message_id:
            return []
        response = await self._ok(await self.client.uid_search(
            "HEADER", "Message-ID", quote(message_id), charset=None), "SEARCH")
        exact = []
        for uid in sorted(_numbers(response)):
            header = await self.fetch(uid, "BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)]")
            if header is not None and message_id.encode() in header.split():
                exact.append(uid)
        return exact

    async def fetch(self, uid: int, part: str = "BODY.PEEK[]") -> bytes | None:
        response = await self._ok(await self.client.uid("fetch", str(uid), f"(UID {part})"), "FETCH")
        for index, line in enumerate(response.lines):
            if isinstance(line, bytes) and _LITERAL.search(line) and index + 1 < len(response.lines):
                return bytes(response.lines[index + 1])
        return None

    async def append(self, folder: str, raw: bytes, flags: str = "\\Seen") -> int | None:
        response = await self.client.append(crlf(raw), mailbox=quote(folder), flags=f"({flags})" if flags else None)
        await self._ok(response, f"APPEND {folder}")
        match = _APPENDUID.search(b" ".join(_bytes(response)))
        return int(match.group(2)) if match else None

    async def move(self, uid: int, folder: str) -> int | None:
        """Move one message (by UID) from the selected folder; its new UID when the server says (COPYUID)."""
        if self.has("MOVE"):
            response = await self._ok(await self.client.uid("move", str(uid), quote(folder)), f"MOVE {folder}")
        else:
            response = await self._ok(await self.client.uid("copy", str(uid), quote(folder)), f"COPY {folder}")
            await self.delete(uid)
        match = _COPYUID.search(b" ".join(_bytes(response)))
        return int(match.group(3)) if match and match.group(3).isdigit() else None

    async def delete(self, uid: int) -> None:
        """Remove exactly this UID: STORE \\Deleted, then UID EXPUNGE (UIDPLUS) — never a plain EXPUNGE."""
        await self._ok(await self.client.uid("store", str(uid), "+FLAGS.SILENT", "(\\Deleted)"), "STORE")
        if not self.has("UIDPLUS"):
            # Without UIDPLUS only a plain EXPUNGE could remove it, and that would take other \Deleted mail
            # with it; the message stays flagged \Deleted and is hidden from our scans instead.
            return
        await self._ok(await self.client.uid("expunge", str(uid)), "UID EXPUNGE")

    async def noop(self) -> None:
        await self._ok(await self.client.noop(), "NOOP")


def _bytes(response) -> list[bytes]:
    return [bytes(line) for line in response.lines]


def _lines(response) -> str:
    return " ".join(line.decode("utf-8", "replace") for line in _bytes(response))[:300]


def _numbers(response) -> list[int]:
    numbers: list[int] = []
    for line in response.lines[:-1]:
        if isinstance(line, bytes):
            text = line.decode("ascii", "replace")
            if text.startswith("ESEARCH"):
                continue
            numbers += [int(n) for n in text.split() if n.isdigit()]
    return numbers
