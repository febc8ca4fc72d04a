"""``python -m reports`` runs the ``claim-audit`` command line."""

from .cli import main

main()
