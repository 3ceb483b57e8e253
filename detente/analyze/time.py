"""Time expressions (being written)."""


def resolve(analysis) -> None:
    """Placeholder until the time layer lands."""
