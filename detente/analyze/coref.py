"""Rule-based in-document coreference: surnames, titles and pronouns become mentions of known actors.

No neural coreference model is available offline, so three cheap rules cover the cases event and quote
attribution need: a bare surname joins the person named in full ("Petro" → Gustavo Petro); a definite
singular title joins the person of that country holding it ("the Colombian president"); a third-person
pronoun outside quotes joins the most recent compatible person subject of the last few sentences.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from detente.analyze.actors.matcher import token_texts
from detente.analyze.actors.name_origin import name_country
from detente.analyze.actors.repeated_groups import repeated_group_countries
from detente.analyze.actors.resolve import ActorDraft, MentionSite
from detente.analyze.actors.titled_names import name_titles
from detente.analyze.coref_binding import bound_subject_spans
from detente.analyze.context import Analysis
from detente.knowledge.actors import rank_prefixes
from detente.knowledge.actors.normalize import phrase_key
from detente.model import Mention

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "él": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f", "ella": "f"}
REFLEXIVE = {"himself", "herself"}
INDEFINITE = {"a", "an", "un", "una", "another", "one"}
OPEN_QUOTES, CLOSE_QUOTES, TOGGLE_QUOTES = {"“", "‘", "«"}, {"”", "’", "»"}, {'"'}
SENTENCE_WINDOW = 3
TITLE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI", "OPP", "REB"}


def link_mentions(analysis: Analysis, drafts: list[ActorDraft]) -> list[ActorDraft]:
    drafts = name_titles(drafts)  # "Manhattan's top federal prosecutor, Geoffrey Berman": his title's country
    drafts = merge_surnames(drafts)
    drafts = merge_family_names(drafts)
    drafts = merge_bare_heads(drafts)
    drafts = merge_honoured_first_names(drafts)
    drafts = link_titles(drafts)
    drafts = repeated_group_countries(drafts)  # "Polish farmers ... joined by farmers": Polish
    owners = link_pronouns(analysis, drafts)
    return link_relatives(drafts, owners) if owners else drafts


def _person_drafts(drafts: list[ActorDraft]) -> list[ActorDraft]:
    return [d for d in drafts if d.code.kind == "person"]


def _bare_name(draft: ActorDraft) -> bool:
    """An unresolved name the tagger did not read as a person ("Ramaswamy" tagged as an organization): if it is the
    end of a person's name in the same article, it is that person's surname."""
    return draft.code.kind in ("org", "unknown") and not draft.code.resolved and not draft.code.titles


def merge_surnames(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """An unknown person named by the end of a longer unknown name joins it ("Martínez Roque",
    "Roque" → "Julio Martínez Roque"); so does an unresolved bare name that is such an ending ("Wilson" tagged as an
    organization after "Judge Cory Wilson")."""
    people = [d for d in _person_drafts(drafts) if not d.code.entity_id]
    names = {id(d): tuple(phrase_key(d.code.name).split()) for d in people}
    names.update({id(d): tuple(phrase_key(d.code.name).split()) for d in drafts if _bare_name(d)})
    bare_full = [d for d in drafts if _bare_name(d) and len(names[id(d)]) > 1]  # "Vivek Ramaswamy" tagged as an org
    by_ending: dict[tuple[str, ...], list[ActorDraft]] = {}  # every proper ending of each name → its people
    for person in people + bare_full:
        name = names[id(person)]
        for cut in range(1, len(name)):
            by_ending.setdefault(name[cut:], []).append(person)

    def owner(draft: ActorDraft) -> ActorDraft | None:
        words = names.get(id(draft), ())
        longer = [d for d in by_ending.get(words, ()) if d is not draft] if words else []
        if any(d.code.kind == "person" for d in longer) or not _bare_name(draft):
            longer = [d for d in longer if d.code.kind == "person"]  # a person's names join people first
        if not longer and words and _bare_name(draft):
            longer = [d for d in people if names[id(d)] == words]  # "Wilson" beside "Judge Wilson"
        return max(longer, key=lambda d: len(names[id(d)])) if longer else None

    return _fold(drafts, owner)


def _fold(drafts: list[ActorDraft], owner) -> list[ActorDraft]:
    """The drafts, each one that ``owner(draft)`` gives another draft for folded into it (its mentions and pronouns
    join the owner's): the one merge step that every name-joining rule below shares."""
    kept = []
    for draft in drafts:
        target = owner(draft)
        if target is not None and target is not draft:
            target.mentions.extend(draft.mentions)
            target.pronouns.extend(draft.pronouns)
            continue
        kept.append(draft)
    return kept


def merge_family_names(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """'Liu Xiaming ... Liu said': in a family-name-first name (name_origin.py: "Liu Xiaming", "Kim Min-jae") the
    first word is the surname, so a lone unknown name equal to it joins the one such person of the article."""
    fuller: dict[str, list[ActorDraft]] = {}
    for person in _person_drafts(drafts):
        words = person.code.name.split()
        if not person.code.entity_id and len(words) > 1 and name_country(words) is not None:
            fuller.setdefault(phrase_key(words[0]), []).append(person)
    if not fuller:
        return drafts

    def owner(draft: ActorDraft) -> ActorDraft | None:
        single = draft.code.kind in ("person", "org", "unknown") and not draft.code.entity_id \
            and not draft.code.titles and len(draft.code.name.split()) == 1
        owners = fuller.get(phrase_key(draft.code.name), []) if single else []
        return owners[0] if len(owners) == 1 else None

    return _fold(drafts, owner)


def _bare_head(draft: ActorDraft) -> bool:
    """An unresolved one-word capitalised name ("la Comisión", "the Commission")."""
    words = draft.code.name.split()
    return _bare_name(draft) and len(words) == 1 and draft.code.name[:1].isupper() and not draft.code.region


def merge_bare_heads(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """'la Comisión Europea ... la Comisión la rechazó', 'the European Commission ... the Commission said': a bare
    capitalised head noun, unresolved, is the one organisation named in full before it whose mention holds that word."""
    bare = [d for d in drafts if _bare_head(d)]
    if not bare:
        return drafts
    bodies = [d for d in drafts if d.code.kind in ("org", "group") and (d.code.entity_id or d.code.sector)
              and d.code.country and not _bare_head(d)]

    def owner(draft: ActorDraft) -> ActorDraft | None:
        if not any(draft is b for b in bare):
            return None
        word, first = phrase_key(draft.code.name), draft.first_start()
        owners = [b for b in bodies if any(m.start < first and len(m.text.split()) > 1
                                           and word in phrase_key(m.text).split() for m in b.mentions)]
        return owners[0] if len(owners) == 1 else None

    return _fold(drafts, owner)


HONORIFICS = {"sir", "dame"}  # British usage names a knight by first name: "Sir Keir" is Sir Keir Starmer


def merge_honoured_first_names(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """'Sir Keir Starmer ... Sir Keir said': a one-word unknown name after "Sir"/"Dame" joins the one person of the
    article named in full with that first name."""
    singles = [d for d in _person_drafts(drafts) if not d.code.entity_id and len(d.code.name.split()) == 1
               and all(m.span.start > 0 and m.span.doc[m.span.start - 1].lower_ in HONORIFICS for m in d.mentions)]
    if not singles:
        return drafts
    by_first: dict[str, list[ActorDraft]] = {}
    for person in _person_drafts(drafts):
        words = phrase_key(person.code.name).split()
        if len(words) > 1:
            by_first.setdefault(words[0], []).append(person)

    def owner(draft: ActorDraft) -> ActorDraft | None:
        fuller = by_first.get(phrase_key(draft.code.name), []) if any(draft is s for s in singles) else []
        return fuller[0] if len(fuller) == 1 else None

    return _fold(drafts, owner)


def _is_title_mention(site: MentionSite) -> bool:
    span = site.span
    root = span.root
    plural = root.tag_ in {"NNS", "NNPS"} or "Number=Plur" in str(root.morph)
    return not plural and span[0].lower_ not in INDEFINITE


def _closest_person(candidates: list[ActorDraft], position: int) -> ActorDraft | None:
    """The candidate mentioned last before ``position``, else the first one mentioned after it."""
    before = [(max(m.start for m in d.mentions if m.start < position), d) for d in candidates
              if any(m.start < position for m in d.mentions)]
    if before:
        return max(before, key=lambda item: item[0])[1]
    after = [(min(m.start for m in d.mentions), d) for d in candidates]
    return min(after, key=lambda item: item[0])[1] if after else None


def link_titles(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """'The Colombian president' → the person actor of Colombia titled or serving as president."""
    people = _person_drafts(drafts)
    kept = []
    for draft in drafts:
        code = draft.code
        if code.kind != "group" or code.title_kind not in {"head", "person"} or code.sector not in TITLE_SECTORS:
            kept.append(draft)
            continue
        candidates = [p for p in people if _title_fits(p, code)]
        # "UAW President Shawn Fain ... this president": a bare title goes to a holder of its own sector first
        candidates = [p for p in candidates if p.code.sector == code.sector] or candidates
        remaining = []
        for site in draft.mentions:
            target = _closest_person(candidates, site.start) if _is_title_mention(site) else None
            if target is None:
                remaining.append(site)
            else:
                target.mentions.append(site)
        if remaining:
            draft.mentions = remaining
            kept.append(draft)
    return kept


def _title_fits(person: ActorDraft, title) -> bool:
    if title.country and person.code.country != title.country:
        return False
    if title.title_kind == "head" and person.code.head:
        return True
    if person.code.titles & title.titles:
        return title.country is not None or len(person.mentions) > 0
    return title.title_kind == "person" and not person.code.head and _holds_longer_title(person, title.titles)


def _holds_longer_title(person: ActorDraft, titles: set[str]) -> bool:
    """'Foreign Minister X ... the minister', 'X (listed as Foreign Minister of Russia) ... the foreign minister':
    a longer title, or the listed role, whose head word is the bare title and which no rank word opens
    ('deputy minister', 'vice president' and 'prime minister' are other people)."""
    held = set(person.code.titles)
    if person.code.role:
        held.add(phrase_key(person.code.role.split(" of ")[0].split(" (")[0]))
    ranks = rank_prefixes()
    if held & ranks:
        return False  # "Deputy Foreign Minister X": the rank word is a title unit of its own
    for have in held:
        words = have.split()
        if not words or words[0] in ranks or words[0].startswith(("vice", "ex")):
            continue
        for title in titles:
            if have == title or have.endswith(" " + title) or have.startswith(title + " de "):
                return True
    return False


def link_pronouns(analysis: Analysis, drafts: list[ActorDraft]) -> dict[tuple[int, int], ActorDraft]:
    """Third-person pronouns outside quotes → the most recent compatible person (subjects first). Returns the
    person each possessive pronoun ("his", "her") stands for, by (paragraph doc id, index of the owned token)."""
    owners: dict[tuple[int, int], ActorDraft] = {}
    sites: dict[int, list[tuple[MentionSite, ActorDraft]]] = {}
    for draft in _person_drafts(drafts):
        for site in draft.mentions:
            sites.setdefault(id(site.parsed), []).append((site, draft))
    history: list[tuple[int, ActorDraft, bool, int]] = []  # (start, draft, subject, sentence number)
    sentence_number = 0
    for parsed in analysis.parsed:
        paragraph_sites = sorted(sites.get(id(parsed), []), key=lambda item: item[0].start)
        texts, _ = token_texts(parsed.doc)  # cached strings: Token objects only for pronouns
        marked = _quote_and_pronoun_tokens(texts)
        doc = parsed.doc
        in_quote = False
        for sent in parsed.sents:
            sentence_number += 1
            sent_start = parsed.offset + sent.start_char
            sent_end = parsed.offset + sent.end_char
            pending = [item for item in paragraph_sites if sent_start <= item[0].start < sent_end]
            for i in marked[bisect_left(marked, sent.start):bisect_left(marked, sent.end)]:
                text = texts[i]
                if text in OPEN_QUOTES:
                    in_quote = True
                elif text in CLOSE_QUOTES:
                    in_quote = False
                elif text in TOGGLE_QUOTES:
                    in_quote = not in_quote
                lower = text.lower()
                gender = PRONOUN_GENDER.get(lower)
                if gender is None:
                    continue
                token = doc[i]
                position = parsed.offset + token.idx
                while pending and pending[0][0].start <= position:  # mentions before the pronoun enter first
                    site, draft = pending.pop(0)
                    history.append((site.start, draft, site.subject, sentence_number))
                if in_quote or token.pos_ != "PRON" and token.tag_ not in {"PRP", "PRP$"}:
                    continue
                bound = bound_subject_spans(token, parsed.offset)  # "X ..., blaming him": not X
                free = [h for h in history if not any(low <= h[0] < high for low, high in bound)] if bound else history
                target = _antecedent(free, gender, sentence_number, lower in REFLEXIVE)
                if bound and (near := [h for h in free if h[3] == sentence_number and (h[1].code.gender in (None, gender))]):
                    target = near[-1][1]  # "X opened by swiping at Trump, blaming him": the one just named, not a subject before
                if target is None:
                    continue
                target.pronouns.append(Mention(text, position, position + len(text)))
                if (token.tag_ == "PRP$" or token.dep_ == "poss") and _named_just_before(target, parsed, i):
                    owners[(id(doc), token.head.i)] = target
                history.append((position, target, token.dep_.startswith("nsubj"), sentence_number))
            for site, draft in pending:
                history.append((site.start, draft, site.subject, sentence_number))
    return owners


PERSON_LABELS = {"PERSON", "PER"}


def _named_just_before(person: ActorDraft, parsed, index: int) -> bool:
    """The person is named earlier in the paragraph and no other person is named since ("Keir Starmer had failed
    to declare gifts to his wife"), so a possessive pronoun surely stands for them."""
    named = [site for site in person.mentions if site.parsed is parsed and site.span.end <= index]
    if not named:
        return False
    last = max(named, key=lambda site: site.span.end)
    return not any(ent.label_ in PERSON_LABELS and last.span.end <= ent.start < index
                   and not any(site.span.start <= ent.start < site.span.end for site in named)
                   for ent in parsed.doc.ents)


RELATIVE_ELITE_SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "ELI"}


def link_relatives(drafts: list[ActorDraft], owners: dict[tuple[int, int], ActorDraft]) -> list[ActorDraft]:
    """'Biden ... his wife': a relative named by a possessive pronoun takes the country of the person the
    pronoun stands for, and is ELI when that person is an official or former official (PLOVER codebook:
    "family members of (former) government officials"), else CVL."""
    result: list[ActorDraft] = []
    for draft in drafts:
        if draft.code.kind != "group" or draft.code.title_kind != "kin":
            result.append(draft)
            continue
        split: dict[int, ActorDraft] = {}
        kept = []
        for site in draft.mentions:
            owner = owners.get((id(site.span.doc), site.span.root.i))
            if owner is None:
                kept.append(site)
                continue
            relative = split.get(id(owner))
            if relative is None:
                official = owner.code.sector in RELATIVE_ELITE_SECTORS or owner.code.head
                bare = draft.code.name == draft.code.name.lower()  # "wife", not "wife Bushra Bibi"
                code = replace(draft.code, name=f"{owner.code.name}'s {draft.code.name}" if bare else draft.code.name,
                               country=owner.code.country, sector="ELI" if official else "CVL",
                               titles=set(draft.code.titles), country_from_context=False)
                relative = split[id(owner)] = ActorDraft(draft.key + (owner.code.name,), code, [])
            relative.mentions.append(site)
        if kept:
            draft.mentions = kept
            result.append(draft)
        result.extend(split.values())
    return result


QUOTE_MARKS = OPEN_QUOTES | CLOSE_QUOTES | TOGGLE_QUOTES


def _quote_and_pronoun_tokens(texts: list[str]) -> list[int]:
    """Indexes of the only tokens the pronoun pass reads: quotation marks and gendered pronouns."""
    marked = {text for text in set(texts) if text in QUOTE_MARKS or text.lower() in PRONOUN_GENDER}
    return [i for i, text in enumerate(texts) if text in marked]


def _antecedent(history, gender: str, sentence: int, reflexive: bool) -> ActorDraft | None:
    def compatible(draft: ActorDraft) -> bool:
        return draft.code.gender in (None, gender)

    recent = [h for h in history if sentence - h[3] <= (0 if reflexive else SENTENCE_WINDOW) and compatible(h[1])]
    if not recent:
        return None
    subjects = [h for h in recent if h[2]]
    return (subjects or recent)[-1][1] if not reflexive else recent[-1][1]
