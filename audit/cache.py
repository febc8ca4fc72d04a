"""SQLite cache of raw E-utilities responses, keyed by utility + normalised params, never credentials."""

from __future__ import annotations

import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlencode

from .errors import AuditError

__all__ = ["Cache", "CachedResponse", "CREDENTIAL_PARAMS", "cache_key", "normalise_params"]

#: Parameters that identify the caller, not the question: never part of a key, never stored.
CREDENTIAL_PARAMS = frozenset({"email", "api_key", "tool"})

SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    key TEXT PRIMARY KEY,
    utility TEXT NOT NULL,
    params TEXT NOT NULL,
    body BLOB NOT NULL,
    fetched_at TEXT NOT NULL,
    fetched_ts REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""


@dataclass(frozen=True)
class CachedResponse:
    """One stored response: the raw bytes exactly as NCBI sent them and when we fetched them."""

    key: str
    utility: str
    body: bytes
    fetched_at: str  # ISO 8601 UTC
    fetched_ts: float

    def age(self, now: float | None = None) -> float:
        """Seconds since the response was fetched."""
        return (time.time() if now is None else now) - self.fetched_ts


def normalise_params(params: Mapping[str, object]) -> dict[str, str]:
    """Params as strings, sorted, whitespace collapsed, None and credentials dropped."""
    out: dict[str, str] = {}
    for name in sorted(params):
        value = params[name]
        if value is None or name in CREDENTIAL_PARAMS:
            continue
        if isinstance(value, (list, tuple)):
            value = ",".join(str(v) for v in value)
        out[name] = re.sub(r"\s+", " ", str(value)).strip()
    return out


def cache_key(utility: str, params: Mapping[str, object]) -> str:
    """``utility?a=1&b=2`` over the normalised params (readable, so `sqlite3` users can browse it)."""
    return f"{utility}?{urlencode(normalise_params(params))}"


def _iso(ts: float) -> str:
    return datetime.fromtimestamp(ts, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Cache:
    """Raw-response cache in one SQLite file (WAL, busy timeout): safe for threads and processes.

    Every ``put`` is its own committed transaction, so a killed run keeps everything it fetched.
    The cache never decides freshness on its own: callers pass ``max_age`` to :meth:`get`.
    """

    def __init__(self, path: str | os.PathLike[str], *, busy_timeout: float = 30.0) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(
                self.path, timeout=busy_timeout, isolation_level=None, check_same_thread=False
            )
            self._conn.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
            self._set_up(busy_timeout)
        except sqlite3.DatabaseError as exc:
            raise AuditError(
                f"cannot open the response cache {self.path}: {exc}; pass another --cache path or delete it"
            ) from None
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        return f"Cache({str(self.path)!r})"

    def _set_up(self, busy_timeout: float) -> None:
        """WAL mode and the schema. Two processes creating the same new file race for the switch
        to WAL, which SQLite refuses with "database is locked" without waiting on the busy
        timeout: retry that for up to ``busy_timeout`` seconds."""
        deadline = time.monotonic() + busy_timeout
        while True:
            try:
                self._conn.execute("PRAGMA journal_mode = WAL")
                self._conn.execute("PRAGMA synchronous = NORMAL")
                self._conn.executescript(_SCHEMA)
                self._conn.execute(
                    "INSERT OR IGNORE INTO meta(name, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
                )
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    # -- reading -------------------------------------------------------------------------
    def get(
        self, utility: str, params: Mapping[str, object], *, max_age: float | None = None
    ) -> CachedResponse | None:
        """The stored response, or None when absent or older than ``max_age`` seconds."""
        key = cache_key(utility, params)
        with self._lock:
            row = self._conn.execute(
                "SELECT utility, body, fetched_at, fetched_ts FROM responses WHERE key = ?", (key,)
            ).fetchone()
        if row is None:
            return None
        hit = CachedResponse(key=key, utility=row[0], body=bytes(row[1]), fetched_at=row[2], fetched_ts=row[3])
        if max_age is not None and hit.age() > max_age:
            return None
        return hit

    def __contains__(self, key: object) -> bool:
        with self._lock:
            return self._conn.execute("SELECT 1 FROM responses WHERE key = ?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        with self._lock:
            return int(self._conn.execute("SELECT COUNT(*) FROM responses").fetchone()[0])

    def keys(self, utility: str | None = None) -> Iterator[str]:
        sql = "SELECT key FROM responses" + (" WHERE utility = ?" if utility else "") + " ORDER BY key"
        with self._lock:
            rows = self._conn.execute(sql, (utility,) if utility else ()).fetchall()
        return iter(r[0] for r in rows)

    # -- writing -------------------------------------------------------------------------
    def put(
        self, utility: str, params: Mapping[str, object], body: bytes, *, fetched_ts: float | None = None
    ) -> CachedResponse:
        """Store one response (committed before returning)."""
        return self.put_many(utility, [(params, body)], fetched_ts=fetched_ts)[0]

    def put_many(
        self,
        utility: str,
        items: Iterable[tuple[Mapping[str, object], bytes]],
        *,
        fetched_ts: float | None = None,
    ) -> list[CachedResponse]:
        """Store the parts of one response (e.g. each article of an efetch) in one transaction."""
        ts = time.time() if fetched_ts is None else fetched_ts
        stamp = _iso(ts)
        rows = []
        for params, body in items:
            clean = normalise_params(params)
            rows.append((cache_key(utility, clean), utility, urlencode(clean), bytes(body), stamp, ts))
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(
                    "INSERT INTO responses(key, utility, params, body, fetched_at, fetched_ts) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET body = excluded.body, "
                    "fetched_at = excluded.fetched_at, fetched_ts = excluded.fetched_ts",
                    rows,
                )
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        return [CachedResponse(key=r[0], utility=utility, body=r[3], fetched_at=stamp, fetched_ts=ts) for r in rows]

    def delete(self, utility: str, params: Mapping[str, object]) -> bool:
        with self._lock:
            cur = self._conn.execute("DELETE FROM responses WHERE key = ?", (cache_key(utility, params),))
        return cur.rowcount > 0

    def clear(self, *, older_than: float | None = None) -> int:
        """Delete every response (or those older than ``older_than`` seconds); returns how many."""
        with self._lock:
            if older_than is None:
                cur = self._conn.execute("DELETE FROM responses")
            else:
                cur = self._conn.execute("DELETE FROM responses WHERE fetched_ts < ?", (time.time() - older_than,))
        return cur.rowcount

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
