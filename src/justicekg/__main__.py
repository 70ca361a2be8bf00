"""``python -m justicekg`` runs the command-line interface."""

from justicekg.cli import main

main()
