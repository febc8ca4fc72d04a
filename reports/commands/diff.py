"""The `claim-audit diff` command (to be written)."""

import click


@click.command(name="diff", hidden=True)
def command() -> None:
    """Not written yet."""
    raise click.ClickException("not implemented yet")
