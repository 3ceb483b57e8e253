"""Actor resolution (being written): fills Analysis.actors."""


def resolve(analysis) -> None:
    """Placeholder until the actor layer lands."""
