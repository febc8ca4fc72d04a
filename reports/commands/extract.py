"""The `claim-audit extract` command (to be written)."""

import click


@click.command(name="extract", hidden=True)
def command() -> None:
    """Not written yet."""
    raise click.ClickException("not implemented yet")
