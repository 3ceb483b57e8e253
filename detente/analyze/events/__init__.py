"""PLOVER event coding: a rule and lexicon engine over the dependency parse (English and Spanish), complemented
by an opt-in learned sentence classifier where the rules code nothing (DETENTE_LEARNED_EVENTS=1 on, 0 off).

``code(analysis)`` is the pipeline stage; it fills ``analysis.events``. Knowledge (lexicons, cue lists,
scores, the classifier's weights) lives in ``detente/knowledge/plover``. Modules: lexicon (data loaders), triggers
(cue matching), arguments (source/target actors), flags (negated/hypothetical/future), dating (date, historical),
location (place), coder (assembly, dedupe), implicit (protests with unnamed protesters), implied_sides (the
conventional recipient or doer a sentence leaves unnamed), learned / learned_model (the classifier complement).
"""
from detente.analyze.context import Analysis
from detente.analyze.events import calibration, coder, implicit, learned
from detente.analyze.events.implied_sides import add_implied_sides
from detente.analyze.events.statement_places import settle_places
from detente.analyze.events.coder import code_sentence
from detente.analyze.events.lexicon import score_for

__all__ = ["code", "code_readings", "code_rules", "code_sentence", "score_for"]


def code_rules(analysis: Analysis) -> None:
    """The rules alone: what the pipeline codes with the learned complement off (bench/events_learned_eval.py
    compares the two on the same parses)."""
    coder.code(analysis)
    implicit.add_implicit_protests(analysis)  # protests whose protesters are not named
    add_implied_sides(analysis)  # unnamed recipients of protests and coercion, doers of arrests and bombings (codebook conventions)
    settle_places(analysis)  # statements lose topic places; attacks get goal sites; the day's home statements the dateline


def code_readings(analysis: Analysis) -> None:
    """The rules, then the learned complement (opt-in: DETENTE_LEARNED_EVENTS=1). Each event's confidence is still
    the coder's strength of that reading, which ranks the readings of one sentence (the gold evaluation compares a
    sentence's strongest reading)."""
    code_rules(analysis)
    try:
        learned.complement(analysis)
    except Exception:  # noqa: BLE001 - the learned step must never lose the rules' events
        pass


def code(analysis: Analysis) -> None:
    """Pipeline stage: the readings, then each event's confidence calibrated to the probability that it is right in
    every respect (calibration.py), which is what an analyst filters on."""
    code_readings(analysis)
    calibration.calibrate(analysis.events, analysis.text, analysis.article.language == "es")
