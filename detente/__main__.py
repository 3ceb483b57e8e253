"""`python -m detente` runs the same command as `detente`."""
from detente.cli import main

main()
