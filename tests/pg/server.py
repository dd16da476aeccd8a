"""A throwaway PostgreSQL server for the test suite (standard library only).

``python3 tests/pg/server.py run -- CMD ...`` initialises a cluster in a temporary folder, starts
it on 127.0.0.1 at a free port, runs ``CMD`` with ``DIGESTBOT_TEST_PG_URL`` set to the server's
admin URL, then stops the server and deletes the folder, whatever ``CMD`` did (an error, Ctrl-C
or SIGTERM included). It exits with ``CMD``'s code, or 3 if no server could be started.

The server binaries (``initdb``, ``pg_ctl``, ``postgres``) come from ``$DIGESTBOT_PG_BINDIR``,
Debian's ``/usr/lib/postgresql/<version>/bin`` (package ``postgresql``), or ``PATH``. PostgreSQL
refuses to run as root: as root the cluster belongs to the ``postgres`` user (the Debian package
creates it) and every server command runs as that user through ``runuser``.
"""
from __future__ import annotations

import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

ENV_URL = "DIGESTBOT_TEST_PG_URL"
RUN_AS = "postgres"
SETTINGS = {  # a test server: speed over durability (the data is thrown away)
    "listen_addresses": "127.0.0.1",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "max_connections": "300",
    "shared_buffers": "64MB",
    "max_parallel_workers_per_gather": "0",  # tiny queries; no dynamic shared memory (small /dev/shm in containers)
    "timezone": "Asia/Kathmandu",  # not UTC (+05:45): a datetime that is not naive UTC shows up
}


class ServerError(RuntimeError):
    """The server could not be set up or started."""


def bindir() -> Path:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest Debian version first)."""
    given = os.environ.get("DIGESTBOT_PG_BINDIR")
    if given:
        return Path(given)

    def version(p: Path) -> tuple[int, ...]:
        return tuple(int(x) for x in re.findall(r"\d+", p.parent.name))

    debian = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: version(p.parent))
    if debian:
        return debian[-1].parent
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent
    raise ServerError("no PostgreSQL server binaries (initdb, pg_ctl): install Debian's 'postgresql' package "
                      "(apt-get install postgresql) or set DIGESTBOT_PG_BINDIR")


def free_port() -> int:
    """A TCP port on 127.0.0.1 nobody listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """One temporary cluster: :meth:`start`, then :meth:`stop` (idempotent)."""

    def __init__(self) -> None:
        self.bin = bindir()
        self.root = Path(tempfile.mkdtemp(prefix="digestbot-pg-"))
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self.port = 0
        self.started = False
        self.user: pwd.struct_passwd | None = None
        if os.geteuid() == 0:
            try:
                self.user = pwd.getpwnam(RUN_AS)
            except KeyError:
                raise ServerError(f"running as root and there is no '{RUN_AS}' user to run the server as "
                                  f"(Debian's postgresql package creates it)") from None
            os.chown(self.root, self.user.pw_uid, self.user.pw_gid)
        os.chmod(self.root, 0o700)

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        cmd = [str(self.bin / args[0]), *args[1:]]
        if self.user is not None:
            cmd = ["runuser", "-u", self.user.pw_name, "--", *cmd]
        return subprocess.run(cmd, capture_output=True, text=True, cwd=self.root, timeout=120)

    @property
    def url(self) -> str:
        """The superuser's URL (SQLAlchemy, psycopg 3) of the ``postgres`` database."""
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def start(self, attempts: int = 3) -> str:
        """Initialise and start the cluster; return its URL."""
        done = self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                         "--locale=C", "--no-sync")
        if done.returncode != 0:
            raise ServerError(f"initdb failed: {(done.stderr or done.stdout).strip()[-1500:]}")
        for _ in range(attempts):  # a port taken between free_port() and the server's bind: try another
            self.port = free_port()
            opts = " ".join([f"-p {self.port}", f"-k {self.root}"] + [f"-c {k}={v}" for k, v in SETTINGS.items()])
            done = self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-o", opts, "-w", "-t", "60", "start")
            if done.returncode == 0:
                self.started = True
                return self.url
        log = self.log.read_text(errors="replace")[-1500:] if self.log.exists() else ""
        raise ServerError(f"pg_ctl start failed: {(done.stderr or done.stdout).strip()[-500:]}\n{log}")

    def stop(self) -> None:
        """Stop the server (fast: the data is thrown away) and delete its folder."""
        if self.started:
            self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            self.started = False
        shutil.rmtree(self.root, ignore_errors=True)


def _raise_exit(signum: int, _frame: FrameType | None) -> None:
    raise SystemExit(128 + signum)


def run(cmd: list[str]) -> int:
    """Run ``cmd`` with a fresh server in ``$DIGESTBOT_TEST_PG_URL``; the server is gone afterwards."""
    signal.signal(signal.SIGTERM, _raise_exit)
    signal.signal(signal.SIGHUP, _raise_exit)
    try:
        server = Server()
    except ServerError as exc:
        print(f"postgresql: {exc}", file=sys.stderr)
        return 3
    try:
        try:
            url = server.start()
        except (ServerError, OSError, subprocess.SubprocessError) as exc:
            print(f"postgresql: {exc}", file=sys.stderr)
            return 3
        print(f"postgresql: test server on 127.0.0.1:{server.port} ({server.bin})", file=sys.stderr, flush=True)
        child = subprocess.Popen(cmd, env={**os.environ, ENV_URL: url})
        try:
            return child.wait()
        except BaseException:
            child.terminate()
            try:
                child.wait(timeout=20)
            except subprocess.TimeoutExpired:
                child.kill()
            raise
    finally:
        server.stop()


def main(argv: list[str]) -> int:
    """``run -- CMD ...``."""
    if len(argv) < 3 or argv[0] != "run" or argv[1] != "--":
        print("usage: python3 tests/pg/server.py run -- CMD ...", file=sys.stderr)
        return 2
    return run(argv[2:])


if __name__ == "__main__":
    started = time.monotonic()
    code = main(sys.argv[1:])
    print(f"postgresql: test server stopped after {time.monotonic() - started:.0f}s", file=sys.stderr)
    sys.exit(code)
