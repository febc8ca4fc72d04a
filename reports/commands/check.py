"""The `claim-audit check` command (to be written)."""

import click


@click.command(name="check", hidden=True)
def command() -> None:
    """Not written yet."""
    raise click.ClickException("not implemented yet")
