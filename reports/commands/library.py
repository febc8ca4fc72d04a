"""The `claim-audit library` command (to be written)."""

import click


@click.command(name="library", hidden=True)
def command() -> None:
    """Not written yet."""
    raise click.ClickException("not implemented yet")
