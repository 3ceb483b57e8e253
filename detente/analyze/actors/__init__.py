"""Actor resolution: entities and actor noun phrases → coded :class:`~detente.model.Actor` records.

``resolve(analysis)`` is the pipeline stage; ``resolve_text(text, date, lang)`` codes a short actor
string ("Colombian President Gustavo Petro", "Shanghai police") without a document;
``add_entity_ruler(nlp, lang)`` tags known people so the statistical NER does not call "Petro" a GPE.
"""
from detente.analyze.actors.coding import ActorCode
from detente.analyze.actors.resolve import resolve
from detente.analyze.actors.ruler import add_entity_ruler
from detente.analyze.actors.text import resolve_text

__all__ = ["ActorCode", "add_entity_ruler", "resolve", "resolve_text"]
