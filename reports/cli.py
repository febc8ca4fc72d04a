"""The ``claim-audit`` command line: a thin skin over the library calls of the three stages."""

from __future__ import annotations

import importlib

import click

from .commands._errors import DOMAIN_ERRORS, handle_errors

__all__ = ["main", "handle_errors", "DOMAIN_ERRORS"]

#: Modules under reports/commands/ that each define one click command (or group) named ``command``.
COMMAND_MODULES = ("extract", "library", "audit", "report", "check", "diff", "batch")


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
