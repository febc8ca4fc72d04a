"""The `claim-audit batch` command (to be written)."""

import click


@click.command(name="batch", hidden=True)
def command() -> None:
    """Not written yet."""
    raise click.ClickException("not implemented yet")
