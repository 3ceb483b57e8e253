"""`python -m detente.cli` runs the same command as `detente`."""
from detente.cli import main

main()
