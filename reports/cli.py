"""The ``claim-audit`` command line: a thin skin over the library calls of the three stages."""

from __future__ import annotations

import functools
import importlib
import sys
from typing import Any, Callable, TypeVar

import click

from audit.errors import AuditError
from claims.errors import ClaimsError

from .errors import ReportError

__all__ = ["main", "handle_errors", "DOMAIN_ERRORS"]

F = TypeVar("F", bound=Callable[..., Any])

DOMAIN_ERRORS = (ClaimsError, AuditError, ReportError)

#: Modules under reports/commands/ that each define one click command (or group) named ``command``.
COMMAND_MODULES = ("extract", "library", "audit", "report", "check", "diff", "batch")


def handle_errors(exit_code: int = 1) -> Callable[[F], F]:
    """Turn domain errors and OS errors into a one-line ``Error: …`` and an exit code, no traceback."""

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def inner(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except DOMAIN_ERRORS as exc:
                click.echo(f"Error: {exc}", err=True)
                sys.exit(exit_code)
            except OSError as exc:
                click.echo(f"Error: {exc.strerror or exc}: {getattr(exc, 'filename', '') or ''}".rstrip(": "), err=True)
                sys.exit(exit_code)

        return inner  # type: ignore[return-value]

    return wrap


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="claim-audit")
def main() -> None:
    """Audit the health claims of an article against PubMed.

    Extract every claim, search PubMed (live, cached or from a local library) for the
    literature behind it, grade that evidence and write reports that mark each claim
    supported, weak, misattributed, contradicted or without evidence.
    """


for _name in COMMAND_MODULES:
    _module = importlib.import_module(f"reports.commands.{_name}")
    main.add_command(_module.command)


if __name__ == "__main__":  # pragma: no cover
    main()
