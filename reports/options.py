"""Options shared by the commands that need evidence (audit, check, batch), from one decorator."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import click

from audit.source import EvidenceSource

__all__ = ["EvidenceSettings", "evidence_options", "format_option", "overrides_option"]


@dataclass(frozen=True)
class EvidenceSettings:
    """Where evidence comes from: a local library, a response cache, live PubMed, or layers of them."""

    library: Path | None = None
    cache: Path | None = None
    offline: bool = False
    email: str | None = None
    api_key: str | None = None
    refresh: bool = False
    max_age: float | None = None
    base_url: str | None = None

    def open(self) -> EvidenceSource:
        """Open the source (``audit.sources.open_evidence``); fails fast offline without evidence."""
        from audit.sources import open_evidence

        return open_evidence(
            library=self.library,
            cache=self.cache,
            offline=self.offline,
            email=self.email,
            api_key=self.api_key,
            refresh=self.refresh,
            max_age=self.max_age,
            base_url=self.base_url,
        )


def evidence_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add --offline/--library/--cache/--email/--api-key/--refresh/--max-age/--base-url, passed on as
    one ``evidence: EvidenceSettings`` argument."""
    path = click.Path(dir_okay=False, path_type=Path)
    options = [
        click.option("--offline", is_flag=True, help="Never touch the network: answer from --library and/or --cache."),
        click.option("--library", type=click.Path(exists=True, dir_okay=False, path_type=Path),
                     help="Local evidence library: a .sqlite library or PubMed XML (.xml, .xml.gz), "
                          "e.g. examples/dry-needling-evidence.xml."),
        click.option("--cache", type=path, help="SQLite cache of raw PubMed responses (default: the user cache)."),
        click.option("--email", metavar="E", help="Contact email NCBI asks for (default: $NCBI_EMAIL)."),
        click.option("--api-key", metavar="K", help="NCBI API key: 10 requests/s instead of 3 (default: $NCBI_API_KEY)."),
        click.option("--refresh", is_flag=True, help="Ignore cached responses and ask PubMed again."),
        click.option("--max-age", type=float, metavar="DAYS", help="Treat cached responses older than this as missing."),
        click.option("--base-url", metavar="URL", help="E-utilities base URL (a mirror, or the test emulator)."),
    ]

    @functools.wraps(func)
    def inner(*args: Any, **kwargs: Any) -> Any:
        max_age = kwargs.pop("max_age")
        kwargs["evidence"] = EvidenceSettings(
            library=kwargs.pop("library"),
            cache=kwargs.pop("cache"),
            offline=kwargs.pop("offline"),
            email=kwargs.pop("email"),
            api_key=kwargs.pop("api_key"),
            refresh=kwargs.pop("refresh"),
            max_age=max_age * 86400 if max_age is not None else None,
            base_url=kwargs.pop("base_url"),
        )
        return func(*args, **kwargs)

    for option in reversed(options):
        inner = option(inner)
    return inner


def format_option(default: str, *, many: bool) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    from .formats import FORMATS

    what = "Comma-separated report formats" if many else "Report format"
    return click.option("--format", "-f", "formats", default=default, show_default=True, metavar="FORMATS" if many else "FORMAT",
                        help=f"{what}: {', '.join(FORMATS)}.")


overrides_option = click.option(
    "--overrides",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="Reviewer overrides (JSON or CSV mapping claim ids to verdict, note, reviewer), applied to every report.",
)
