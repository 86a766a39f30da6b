# SPDX-License-Identifier: Apache-2.0
"""The outbox: every file sent to a PACS goes through a persistent queue (SQLite, keyed by SOPInstanceUID
and node), so nothing is lost when the PACS or the network is down and nothing is delivered twice.

A queued file is first copied into the outbox folder, then its row is committed, so a crash leaves either
no row or a row with its file. Sending marks rows ``sending`` (with our process id) before the network
is touched and ``sent`` after the PACS confirmed; a row left ``sending`` by a process that died is sent
again, which the PACS treats as the same instance (same SOPInstanceUID), and before that the PACS is
asked whether it already has it. Failed attempts wait with exponential backoff.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop_app.pacs.errors import PacsError, PacsUnreachable
from desktop_app.pacs.nodes import NodeStore, PacsNode
from desktop_app.pacs.received import checked_uid

STATES = ("pending", "sending", "sent", "failed")
BACKOFF_FIRST_S = 30
BACKOFF_MAX_S = 3600
SENDING_LEASE = timedelta(minutes=15)  # a 'sending' row older than this is taken over (any platform)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    sop_instance_uid TEXT NOT NULL,
    node TEXT NOT NULL,
    study_instance_uid TEXT NOT NULL,
    sop_class_uid TEXT NOT NULL,
    file TEXT NOT NULL,
    source TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('pending', 'sending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT,
    queued_at TEXT NOT NULL,
    last_attempt_at TEXT,
    next_attempt_at TEXT NOT NULL,
    sent_at TEXT,
    claimed_by INTEGER,
    PRIMARY KEY (sop_instance_uid, node)
);
"""


@dataclass(frozen=True)
class OutboxItem:
    """One row of the outbox (``pacs outbox --json`` prints these fields)."""

    sop_instance_uid: str
    node: str
    study_instance_uid: str
    sop_class_uid: str
    file: str
    source: str
    state: str
    attempts: int
    last_error: str | None
    queued_at: str
    last_attempt_at: str | None
    next_attempt_at: str
    sent_at: str | None
    claimed_by: int | None = None


def _now() -> datetime:
    return datetime.now(timezone.utc)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def backoff(attempts: int) -> timedelta:
    """Wait before attempt ``attempts + 1``: 30 s, 1 min, 2 min, ... up to an hour."""
    return timedelta(seconds=min(BACKOFF_FIRST_S * 2 ** max(attempts - 1, 0), BACKOFF_MAX_S))


def default_outbox_dir() -> Path:
    from desktop_app.storage.paths import default_data_dir

    return default_data_dir() / "outbox"


class Outbox:
    """The outbox in ``folder`` (``outbox.sqlite3`` plus one copy per queued file)."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else default_outbox_dir()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise PacsError(f"Cannot open the outbox in {self.folder}: {err.strerror or err}") from err
        with self._db() as db:
            db.executescript(_SCHEMA)

    @contextmanager
    def _db(self) -> Iterator[sqlite3.Connection]:
        """A connection; any SQLite failure (disk full, locked too long, damaged) becomes a PacsError."""
        try:
            db = sqlite3.connect(self.folder / "outbox.sqlite3", timeout=30, isolation_level=None)
        except sqlite3.Error as err:
            raise PacsError(f"Cannot open the outbox in {self.folder}: {err}") from err
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.row_factory = sqlite3.Row
            yield db
        except sqlite3.Error as err:
            raise PacsError(f"The outbox in {self.folder} cannot be used: {err}") from err
        finally:
            db.close()

    # -- queueing ------------------------------------------------------------------------------------

    def enqueue(self, path: str | os.PathLike[str], node: str) -> bool:
        """Queue the DICOM file ``path`` for ``node``; False when this instance is already queued or sent."""
        from desktop_app.fsutil import WriteError, atomic_write_bytes
        from desktop_app.pacs.send import read_for_sending

        ds = read_for_sending(Path(path))
        uid = checked_uid(ds.SOPInstanceUID, "SOPInstanceUID")
        if self.item(uid, node) is not None:
            return False
        spool = self.folder / node / f"{uid}.dcm"
        try:
            spool.parent.mkdir(parents=True, exist_ok=True)
            atomic_write_bytes(spool, Path(path).read_bytes())
        except (OSError, WriteError) as err:
            raise PacsError(f"Cannot queue {path} for {node}: {err}") from err
        now = _iso(_now())
        with self._db() as db:
            cursor = db.execute(
                "INSERT OR IGNORE INTO outbox (sop_instance_uid, node, study_instance_uid, sop_class_uid, file, "
                "source, state, queued_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
                (uid, node, str(ds.StudyInstanceUID), str(ds.SOPClassUID), str(spool), str(path), now, now))
        return cursor.rowcount == 1

    def items(self, node: str | None = None) -> list[OutboxItem]:
        where, args = ("", ()) if node is None else (" WHERE node = ?", (node,))
        with self._db() as db:
            rows = db.execute(f"SELECT * FROM outbox{where} ORDER BY queued_at, sop_instance_uid", args).fetchall()
        return [OutboxItem(**dict(row)) for row in rows]

    def item(self, sop_instance_uid: str, node: str) -> OutboxItem | None:
        return next((i for i in self.items(node) if i.sop_instance_uid == sop_instance_uid), None)

    def waiting(self, node: str | None = None) -> list[OutboxItem]:
        """Items not delivered yet (pending, sending or failed)."""
        return [i for i in self.items(node) if i.state != "sent"]

    # -- sending -------------------------------------------------------------------------------------

    def flush(self, node: str | None = None, *, due_only: bool = False, nodes: NodeStore | None = None,
              say: Callable[[str], None] | None = None) -> list[OutboxItem]:
        """Send what waits (for ``node``, or every node); the items still waiting afterwards.

        ``due_only`` leaves items whose backoff has not run out (the periodic retry); without it every
        waiting item is tried now (``scanlens pacs flush``).
        """
        store = nodes or NodeStore()
        for name, claimed in self._claim(node, due_only).items():
            self._deliver(name, claimed, store, say or (lambda line: None))
        return self.waiting(node)

    def _claim(self, node: str | None, due_only: bool) -> dict[str, list[OutboxItem]]:
        """Mark the items to send now as ``sending`` by this process, grouped by node."""
        now = _now()
        with self._db() as db:
            db.execute("BEGIN IMMEDIATE")
            rows = [OutboxItem(**dict(r)) for r in db.execute("SELECT * FROM outbox WHERE state != 'sent'")]
            chosen = [i for i in rows if (node is None or i.node == node) and _claimable(i, now, due_only)]
            db.executemany("UPDATE outbox SET state = 'sending', claimed_by = ?, last_attempt_at = ? "
                           "WHERE sop_instance_uid = ? AND node = ?",
                           [(os.getpid(), _iso(now), i.sop_instance_uid, i.node) for i in chosen])
            db.execute("COMMIT")
        grouped: dict[str, list[OutboxItem]] = {}
        for item in chosen:
            grouped.setdefault(item.node, []).append(item)
        return grouped

    def _deliver(self, name: str, items: list[OutboxItem], store: NodeStore, say: Callable[[str], None]) -> None:
        from desktop_app.pacs.query import instances_present
        from desktop_app.pacs.send import store_files

        items = self._readable(items)
        try:
            pacs: PacsNode = store.get(name)
            interrupted = [i for i in items if i.claimed_by is not None]
            present = instances_present(pacs, interrupted) if interrupted else set()
            for item in (i for i in items if i.sop_instance_uid in present):
                self._mark_sent(item)
            to_send = [i for i in items if i.sop_instance_uid not in present]
            outcomes = store_files(pacs, [Path(i.file) for i in to_send]) if to_send else []
        except PacsError as err:
            retry = isinstance(err, PacsUnreachable)
            for item in items:
                if self._state(item) == "sending":
                    self._mark_failed(item, str(err), retry=retry)
            say(f"{len(items)} item(s) for {name} wait in the outbox: {err}")
            return
        for item, outcome in zip(to_send, outcomes, strict=True):
            if outcome.error:
                self._mark_failed(item, outcome.error, retry=False)
            else:
                self._mark_sent(item)
        sent = sum(1 for o in outcomes if not o.error) + len(present)
        say(f"sent {sent} of {len(items)} item(s) to {name}")

    def _readable(self, items: list[OutboxItem]) -> list[OutboxItem]:
        """``items`` whose outbox copy can be read; the others are marked failed with the reason."""
        from desktop_app.pacs.send import read_for_sending

        readable = []
        for item in items:
            try:
                read_for_sending(Path(item.file))
                readable.append(item)
            except PacsError as err:
                self._mark_failed(item, str(err), retry=False)
        return readable

    def _state(self, item: OutboxItem) -> str | None:
        current = self.item(item.sop_instance_uid, item.node)
        return current.state if current else None

    def _mark_sent(self, item: OutboxItem) -> None:
        with self._db() as db:
            db.execute("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL, claimed_by = NULL, "
                       "attempts = attempts + 1 WHERE sop_instance_uid = ? AND node = ?",
                       (_iso(_now()), item.sop_instance_uid, item.node))
        Path(item.file).unlink(missing_ok=True)  # the PACS has it; the outbox copy is no longer needed

    def _mark_failed(self, item: OutboxItem, error: str, *, retry: bool) -> None:
        wait = backoff(item.attempts + 1)
        with self._db() as db:
            db.execute("UPDATE outbox SET state = ?, last_error = ?, claimed_by = NULL, attempts = attempts + 1, "
                       "next_attempt_at = ? WHERE sop_instance_uid = ? AND node = ?",
                       ("pending" if retry else "failed", error, _iso(_now() + wait), item.sop_instance_uid,
                        item.node))


def _claimable(item: OutboxItem, now: datetime, due_only: bool) -> bool:
    if item.state == "sending":  # another process is sending it, unless that process is gone
        started = datetime.fromisoformat(item.last_attempt_at or item.queued_at)
        return not _process_alive(item.claimed_by) or now - started > SENDING_LEASE
    if item.state == "failed" and due_only:  # refused by the PACS: only an explicit flush tries again
        return False
    return not due_only or datetime.fromisoformat(item.next_attempt_at) <= now


def _process_alive(pid: int | None) -> bool:
    if pid is None or pid == os.getpid():
        return pid == os.getpid()
    if os.name != "posix":
        return True  # no cheap probe: rely on the lease
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
