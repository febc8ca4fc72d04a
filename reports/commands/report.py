"""The `claim-audit report` command (to be written)."""

import click


@click.command(name="report", hidden=True)
def command() -> None:
    """Not written yet."""
    raise click.ClickException("not implemented yet")
