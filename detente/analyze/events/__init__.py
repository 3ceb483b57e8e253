"""PLOVER event coding: a rule and lexicon engine over the dependency parse (English and Spanish).

``code(analysis)`` is the pipeline stage; it fills ``analysis.events``. Knowledge (lexicons, cue lists,
scores) lives in ``detente/knowledge/plover``. Modules: lexicon (data loaders), triggers (cue matching),
arguments (source/target actors), flags (negated/hypothetical/future), dating (date, historical),
location (place), coder (assembly, dedupe).
"""
from detente.analyze.events.coder import code, code_sentence
from detente.analyze.events.lexicon import score_for

__all__ = ["code", "code_sentence", "score_for"]
