"""TLS of the IMAP and SMTP connectors: a private CA through --ca-file, and warnings for no TLS.

A real TLS server on loopback presents a certificate signed by a CA made here:
without the CA file the connection is refused as unverified, with it it succeeds.
"""

from __future__ import annotations

import socket
import ssl
import subprocess
import sys
import threading
from datetime import datetime, timedelta, timezone
from ipaddress import IPv4Address

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from app.imap.mailbox import imap_config, smtp_config
from connectors import ConnectorError
from connectors.imap.client import ImapConnection
from connectors.smtp import SmtpSubmitter
from connectors.tls import is_loopback, plaintext_warning, tls_context


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


@pytest.fixture(scope="module")
def private_ca(tmp_path_factory):
    """(CA file, server cert file, server key file): a council's own CA and a server certificate for 127.0.0.1."""
    folder = tmp_path_factory.mktemp("pki")
    now = datetime.now(timezone.utc)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (x509.CertificateBuilder().subject_name(_name("Example Council CA")).issuer_name(_name("Example Council CA"))
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                                       key_encipherment=False, data_encipherment=False, key_agreement=False,
                                       encipher_only=False, decipher_only=False), critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder().subject_name(_name("mail.example-council.test")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(IPv4Address("127.0.0.1"))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
            .sign(ca_key, hashes.SHA256()))
    ca_file, cert_file, key_file = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_file.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_file.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return ca_file, cert_file, key_file


@pytest.fixture
def smtps_server(private_ca):
    """An SMTP server with implicit TLS on loopback that answers EHLO, NOOP and QUIT (enough for check())."""
    _, cert_file, key_file = private_ca
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_file, key_file)
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(10)
    port = listener.getsockname()[1]
    stop = threading.Event()

    def serve():
        while not stop.is_set():
            try:
                raw, _ = listener.accept()
            except OSError:
                return
            try:
                with context.wrap_socket(raw, server_side=True) as conn:
                    conn.sendall(b"220 mail.example-council.test ESMTP\r\n")
                    for line in conn.makefile("rb"):
                        verb = line[:4].upper()
                        conn.sendall({b"EHLO": b"250 mail.example-council.test\r\n",
                                      b"QUIT": b"221 bye\r\n"}.get(verb, b"250 ok\r\n"))
                        if verb == b"QUIT":
                            break
            except (ssl.SSLError, OSError):
                continue  # the client refused our certificate: wait for the next one

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield port
    stop.set()
    listener.close()
    thread.join(timeout=5)


def _smtp(port: int, ca_file: str = "") -> SmtpSubmitter:
    part = {"host": "127.0.0.1", "port": port, "security": "ssl", "user": ""}
    if ca_file:
        part["ca_file"] = ca_file
    return SmtpSubmitter(smtp_config({"smtp": part}))


def test_smtp_trusts_a_private_ca_only_when_given_its_file(smtps_server, private_ca):
    ca_file = str(private_ca[0])
    with pytest.raises(ConnectorError, match="CERTIFICATE_VERIFY_FAILED|certificate verify failed"):
        _smtp(smtps_server).check()
    _smtp(smtps_server, ca_file).check()  # the same server, now verified against the council's CA


def test_imap_tls_context_verifies_against_the_ca_file(smtps_server, private_ca):
    """The IMAP client's own TLS context, in a real handshake with the loopback TLS server."""
    ca_file = str(private_ca[0])
    config = imap_config({"imap": {"host": "127.0.0.1", "port": smtps_server, "ca_file": ca_file}})
    assert config.ca_file == ca_file
    for context, ok in ((ImapConnection(imap_config({"imap": {"host": "127.0.0.1"}}))._tls_context(), False),
                        (ImapConnection(config)._tls_context(), True)):
        with socket.create_connection(("127.0.0.1", smtps_server), timeout=10) as raw:
            if ok:
                with context.wrap_socket(raw, server_hostname="127.0.0.1") as conn:
                    assert conn.recv(100).startswith(b"220")
            else:
                with pytest.raises(ssl.SSLCertVerificationError):
                    context.wrap_socket(raw, server_hostname="127.0.0.1")


def test_a_bad_ca_file_is_refused(tmp_path):
    bad = tmp_path / "not-a-cert.pem"
    bad.write_text("hello", encoding="utf-8")
    with pytest.raises(ssl.SSLError):
        tls_context(ca_file=str(bad))


def test_no_tls_to_another_machine_is_warned_about_but_loopback_is_not(caplog):
    assert is_loopback("127.0.0.1") and is_loopback("localhost") and is_loopback("::1")
    assert not is_loopback("mail.example.org") and not is_loopback("10.0.0.5")
    assert plaintext_warning("IMAP", "127.0.0.1", 143) is None
    warning = plaintext_warning("IMAP", "mail.example.org", 143)
    assert "no TLS" in warning and "mail.example.org:143" in warning
    with caplog.at_level("WARNING", logger="mailguard.tls"):
        with pytest.raises(ConnectorError):  # nothing listens there: the point is the warning before it
            SmtpSubmitter(smtp_config({"smtp": {"host": "mail.invalid", "port": 25, "security": "none"}})).check()
    assert any("SMTP to mail.invalid:25 uses no TLS" in r.getMessage() for r in caplog.records)


def test_add_imap_says_loudly_that_security_none_to_a_remote_host_is_insecure(tmp_path):
    env_db = {"MAILGUARD_DATABASE_URL": f"sqlite:///{tmp_path / 'x.db'}", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "app.cli.main", "mailbox", "add-imap", "--council", "nowhere",
         "--host", "imap.example.org", "--security", "none", "--user", "clerk", "--password-env", "IMAP_PW",
         "--smtp-host", "127.0.0.1", "--smtp-security", "none", "--skip-test"],
        capture_output=True, text=True, timeout=60, env=env_db)
    assert "WARNING: IMAP to imap.example.org:993 uses no TLS" in result.stderr
    assert "SMTP to 127.0.0.1" not in result.stderr  # loopback: no warning
