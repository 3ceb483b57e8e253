"""Object control in Spanish parses: "obligar/forzar a X a + infinitive" (run from nlp_spanish's repairs).

The one obliged does the act of the infinitive ("la presión de los sindicatos obligó al gobierno a retirar el
proyecto": the government withdraws it), not the one who obliges; the small parser hangs the obliged on the matrix verb
as an indirect object and the infinitive as its xcomp, so later stages took the matrix subject for the doer ("la
amenaza del cártel obligó a reforzar la seguridad" coded a MOBILIZE by the cartel). The repair makes the obliged the
infinitive's subject; with no one named (or only a clitic), the infinitive becomes a plain complement (ccomp), whose
doer is left unknown. Passives ("el gobierno se vio obligado a", "fue forzado a") keep their subject as the doer."""
from __future__ import annotations

from spacy.tokens import Doc, Token

CONTROL_STEMS = ("oblig", "forz", "fuerz", "compel", "constriñ", "constreñ")  # obligar, forzar, compeler, constreñir
OBLIGED_DEPS = {"iobj", "obj"}


def may_hold_control(text: str) -> bool:
    """A cheap test on the lower-cased text: False when no word can be an object-control verb."""
    return any(stem in text for stem in CONTROL_STEMS)


def object_control(doc: Doc) -> None:
    """Apply the repair to every active object-control verb of ``doc`` (see the module docstring)."""
    for verb in doc:
        if verb.pos_ == "VERB" and verb.lower_.startswith(CONTROL_STEMS):
            _repair(verb)


def _repair(verb: Token) -> None:
    from detente.analyze.nlp_spanish import _attach

    if "Part" in verb.morph.get("VerbForm") or any(c.dep_ in {"aux:pass", "expl:pass"} for c in verb.children):
        return  # "se vio obligado a", "fue forzado a": the subject is the one obliged
    act = next((c for c in verb.children if c.dep_ in {"xcomp", "advcl"} and c.i > verb.i
                and "Inf" in c.morph.get("VerbForm") and any(m.lower_ == "a" and m.dep_ == "mark" for m in c.children)), None)
    if act is None or any(c.dep_ in {"nsubj", "nsubj:pass"} for c in act.children):
        return
    obliged = next((c for c in verb.children if c.dep_ in OBLIGED_DEPS and verb.i < c.i < act.i
                    and c.pos_ in {"NOUN", "PROPN"}), None)
    if obliged is not None:
        _attach(obliged, act, "nsubj")  # "obligó al gobierno a retirar el proyecto": the government withdraws it
    else:
        act.dep_ = "ccomp"  # "obligó a reforzar la seguridad", "los obligó a huir": the doer is not named
