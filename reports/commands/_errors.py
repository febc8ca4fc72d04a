"""How every command fails: one ``Error: …`` line and an exit code, never a traceback."""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from audit.errors import AuditError
from claims.errors import ClaimsError

from ..errors import ReportError

__all__ = ["DOMAIN_ERRORS", "handle_errors"]

F = TypeVar("F", bound=Callable[..., Any])

DOMAIN_ERRORS = (ClaimsError, AuditError, ReportError)


def handle_errors(exit_code: int = 1) -> Callable[[F], F]:
    """Turn domain errors and OS errors into a one-line ``Error: …`` and an exit code, no traceback.

    A closed output pipe (``claim-audit extract … | head``) is not an error: the command stops
    quietly with exit 0, as Unix tools do.
    """

    def wrap(func: F) -> F:
        @functools.wraps(func)
        def inner(*args: Any, **kwargs: Any) -> Any:
            try:
                return func(*args, **kwargs)
            except BrokenPipeError:
                _silence_stdout()
                sys.exit(0)
            except DOMAIN_ERRORS as exc:
                click.echo(f"Error: {exc}", err=True)
                sys.exit(exit_code)
            except OSError as exc:
                where = getattr(exc, "filename", None)
                message = exc.strerror or str(exc)
                click.echo(f"Error: {message}: {where}" if where else f"Error: {message}", err=True)
                sys.exit(exit_code)

        return inner  # type: ignore[return-value]

    return wrap


def _silence_stdout() -> None:
    """Point stdout at /dev/null so Python's exit-time flush does not raise again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
