"""Places (being written)."""


def resolve(analysis) -> None:
    """Placeholder until the places layer lands."""
