"""The `claim-audit audit` command (to be written)."""

import click


@click.command(name="audit", hidden=True)
def command() -> None:
    """Not written yet."""
    raise click.ClickException("not implemented yet")
