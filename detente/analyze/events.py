"""PLOVER event coding (being written)."""


def code(analysis) -> None:
    """Placeholder until the event coder lands."""
