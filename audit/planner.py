"""Request planning for a whole article: one search per distinct query, ids fetched once in batches."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .errors import AuditError
from .model import QueryRun, Record
from .source import EvidenceSource

__all__ = [
    "PlannedQuery",
    "PlanError",
    "PlanResult",
    "run_plan",
    "plan_owners",
    "normalise_query",
    "FETCH_BATCH",
    "Progress",
]

#: Ids per fetch call (NCBI's recommended efetch maximum).
FETCH_BATCH = 200

#: ``progress(stage, done, total)``: stage is "search" or "fetch"; done/total count searches or ids.
Progress = Callable[[str, int, int], None]


def normalise_query(query: str) -> str:
    """A query with runs of whitespace collapsed: the form searched, cached, deduplicated, reported."""
    return " ".join(query.split())


@dataclass(frozen=True)
class PlannedQuery:
    """A query someone (a claim id or a citation-mention id) needs answered, and why."""

    owner: str
    query: str
    purpose: str


@dataclass(frozen=True)
class PlanError:
    """A search or a fetch batch that failed; ``owners`` are the claims/mentions it leaves short."""

    stage: str  # "search" or "fetch"
    message: str
    query: str | None = None
    ids: tuple[str, ...] = ()
    owners: tuple[str, ...] = ()

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class PlanResult:
    """Everything a plan found: query runs per owner, the fetched records, what failed, what it cost."""

    runs: dict[str, tuple[QueryRun, ...]]
    records: dict[str, Record]
    errors: tuple[PlanError, ...] = ()
    requests: int | None = None
    searches: int = 0
    fetch_batches: int = 0
    owners_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def runs_for(self, owner: str) -> tuple[QueryRun, ...]:
        return self.runs.get(owner, ())

    def ids_for(self, owner: str) -> tuple[str, ...]:
        """Ids the owner's queries returned (deduplicated, first seen first)."""
        return self.owners_ids.get(owner, ())

    def records_for(self, owner: str) -> list[Record]:
        """The fetched records of the owner's ids, in search order; ids that failed are absent."""
        return [self.records[i] for i in self.ids_for(owner) if i in self.records]

    def errors_for(self, owner: str) -> tuple[PlanError, ...]:
        """Failures that leave this owner's evidence incomplete (its verdict should then be error)."""
        return tuple(e for e in self.errors if owner in e.owners)

    def count_by(self, owner: str, key: Callable[[Record], Any]) -> Counter[Any]:
        """Counts over the owner's fetched records, e.g. by design: no extra count queries needed."""
        return Counter(key(r) for r in self.records_for(owner))

    @property
    def distinct_queries(self) -> int:
        return self.searches

    def floor(self) -> int:
        """Fewest requests a cold plan can make: one per query plus one per 200 unique ids."""
        ids = {i for ids in self.owners_ids.values() for i in ids}
        return self.searches + math.ceil(len(ids) / FETCH_BATCH)


def run_plan(
    planned: Iterable[PlannedQuery],
    source: EvidenceSource,
    *,
    retmax: int = 50,
    progress: Progress | None = None,
) -> PlanResult:
    """Run every distinct query once, fetch the union of ids in batches of ≤200, never twice.

    A failing search or fetch batch is recorded (``QueryRun.error``, ``PlanResult.errors``) and the
    rest of the plan goes on; nothing here raises for one query's failure.
    """
    items = list(planned)
    before = _requests(source)
    by_query: dict[str, list[PlannedQuery]] = {}
    for item in items:
        by_query.setdefault(normalise_query(item.query), []).append(item)

    runs: dict[str, list[QueryRun]] = {}
    owner_ids: dict[str, dict[str, None]] = {}
    errors: list[PlanError] = []
    all_ids: dict[str, None] = {}
    for n, (query, wanted_by) in enumerate(by_query.items(), start=1):
        owners = tuple(dict.fromkeys(p.owner for p in wanted_by))
        try:
            result = source.search(query, retmax=retmax)
        except AuditError as exc:
            message = f"search failed for {query}: {exc}"
            errors.append(PlanError("search", message, query=query, owners=owners))
            for p in wanted_by:
                runs.setdefault(p.owner, []).append(QueryRun(query=query, purpose=p.purpose, error=str(exc)))
                owner_ids.setdefault(p.owner, {})
        else:
            for p in wanted_by:
                run = QueryRun(
                    query=query,
                    purpose=p.purpose,
                    count=result.count,
                    ids=result.ids,
                    source=result.source,
                    fetched_at=result.fetched_at,
                )
                runs.setdefault(p.owner, []).append(run)
                owner_ids.setdefault(p.owner, {}).update(dict.fromkeys(result.ids))
            all_ids.update(dict.fromkeys(result.ids))
        if progress is not None:
            progress("search", n, len(by_query))

    records: dict[str, Record] = {}
    ids = list(all_ids)
    batches = 0
    for start in range(0, len(ids), FETCH_BATCH):
        batch = [i for i in ids[start : start + FETCH_BATCH] if i not in records]
        if not batch:
            continue
        batches += 1
        try:
            for record in source.fetch(batch):
                records[record.key] = record
        except AuditError as exc:
            wanted = set(batch)
            owners = tuple(o for o, got in owner_ids.items() if wanted.intersection(got))
            errors.append(PlanError("fetch", f"fetch failed for {len(batch)} ids: {exc}", ids=tuple(batch), owners=owners))
        if progress is not None:
            progress("fetch", min(start + FETCH_BATCH, len(ids)), len(ids))

    after = _requests(source)
    return PlanResult(
        runs={o: tuple(r) for o, r in runs.items()},
        records=records,
        errors=tuple(errors),
        requests=None if before is None or after is None else after - before,
        searches=len(by_query),
        fetch_batches=batches,
        owners_ids={o: tuple(i) for o, i in owner_ids.items()},
    )


def _requests(source: object) -> int | None:
    made = getattr(source, "requests_made", None)
    return made if isinstance(made, int) else None


def plan_owners(planned: Sequence[PlannedQuery]) -> list[str]:
    """Owners in first-seen order (handy for reports and progress bars)."""
    return list(dict.fromkeys(p.owner for p in planned))
