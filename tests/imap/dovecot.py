"""A throwaway Dovecot IMAP server on a loopback port (Debian dovecot-imapd), for the IMAP tests.

Configuration, passwd-file users, maildirs, sockets and logs all live in one
temporary directory. As root, mail is owned by `nobody` and the login
processes run as `dovenull`, as Dovecot requires.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"

CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
first_valid_uid = 1
mail_location = maildir:~/Maildir
mail_uid = {mail_user}
mail_gid = {mail_group}
imap_idle_notify_interval = 1 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {root}/passwd
  default_fields = home={root}/home/%u
}}
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Dovecot:
    def __init__(self, users: dict[str, str]):
        if not Path(DOVECOT).exists():
            raise RuntimeError("dovecot not installed: `apt-get install -y dovecot-imapd` (tests/run.sh does this)")
        self.root = Path(tempfile.mkdtemp(prefix="mailguard-dovecot-"))
        os.chmod(self.root, 0o755)  # mail processes run as an unprivileged user and must reach their home
        self.port = free_port()
        root_user = os.geteuid() == 0
        me = pwd.getpwuid(os.geteuid()).pw_name
        self.mail_user = "nobody" if root_user else me
        mail_entry = pwd.getpwnam(self.mail_user)
        self._owner = (mail_entry.pw_uid, mail_entry.pw_gid)
        (self.root / "passwd").write_text("")
        for name, password in users.items():
            self.add_user(name, password)
        self.conf = self.root / "dovecot.conf"
        self.conf.write_text(CONFIG.format(
            root=self.root, port=self.port, internal="dovecot" if root_user else me,
            login="dovenull" if root_user else me, mail_user=mail_entry.pw_uid, mail_group=mail_entry.pw_gid))

    def add_user(self, name: str, password: str) -> None:
        """A new mail user; Dovecot re-reads a changed passwd-file, so this works while it runs."""
        home = self.root / "home" / name
        home.mkdir(parents=True)
        os.chown(home, *self._owner)
        with open(self.root / "passwd", "a", encoding="utf-8") as passwd:
            passwd.write(f"{name}:{{PLAIN}}{password}::::::\n")
        # Dovecot notices a changed passwd-file by its mtime (whole seconds): make each change visible.
        self._passwd_version = max(getattr(self, "_passwd_version", 0) + 1, int(time.time()))
        os.utime(self.root / "passwd", (self._passwd_version, self._passwd_version))

    def start(self) -> None:
        check = subprocess.run([DOVECOT, "-n", "-c", str(self.conf)], capture_output=True, text=True)
        if check.returncode != 0:
            raise RuntimeError(f"dovecot config rejected:\n{check.stderr}")
        # The master daemonises: its stdout must not be our pipe, or run() waits for it forever.
        with open(self.root / "start.err", "wb") as errors:
            result = subprocess.run([DOVECOT, "-c", str(self.conf)], stdin=subprocess.DEVNULL,
                                    stdout=subprocess.DEVNULL, stderr=errors, timeout=30)
        if result.returncode != 0:
            raise RuntimeError(f"dovecot did not start:\n{(self.root / 'start.err').read_text()}\n{self.log()}")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1) as conn:
                    if conn.recv(100).startswith(b"* OK"):
                        return
            except OSError:
                time.sleep(0.05)
        raise RuntimeError(f"dovecot not listening on {self.port}:\n{self.log()}")

    def stop(self) -> None:
        subprocess.run([DOVECOT, "-c", str(self.conf), "stop"], stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and (self.root / "run" / "master.pid").exists():
            time.sleep(0.05)

    def kick(self, user: str) -> str:
        """Disconnect every IMAP session of `user` (as a provider's restart or a NAT timeout would)."""
        result = subprocess.run([DOVEADM, "-c", str(self.conf), "kick", user], capture_output=True, text=True)
        return result.stdout + result.stderr

    def maildir(self, user: str) -> Path:
        return self.root / "home" / user / "Maildir"

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace")[-4000:] if path.exists() else "(no log)"

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)
