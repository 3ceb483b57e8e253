"""Article-wide facts that sentence rules ask for are computed once per article (``Analysis.once``)."""
from detente.analyze.context import Analysis
from detente.model import Article


def _analysis() -> Analysis:
    return Analysis(article=Article.of_sentence("The minister met the envoy.", "en", "2026-02-04", id="once"))


def test_a_fact_is_computed_on_the_first_ask_and_kept():
    analysis = _analysis()
    calls: list[str] = []

    def ask(answer: bool):
        return lambda: calls.append("computed") or answer

    assert analysis.once("sports_report", ask(True)) is True
    assert analysis.once("sports_report", ask(False)) is True  # kept: the second computation never runs
    assert calls == ["computed"]


def test_facts_are_kept_per_article_and_per_key():
    first, second = _analysis(), _analysis()
    assert first.once("sports_report", lambda: True) is True
    assert second.once("sports_report", lambda: False) is False  # another article asks afresh
    assert first.once("other_fact", lambda: 3) == 3
