"""Entity mentions from parsed articles, and canonical names across a corpus.

`Putin`, `Wladimir Putin`, `Präsident Putin` and `Putins` are one person; `Kirijenko` and
`Kiriyenko`, `Peskow` and `Peskov` share a transliteration key; `WSJ` is the Wall Street Journal.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

from factcli.model import DateValue, Entity, EntityLabel, Mention
from factcli.names import ROLE_SUFFIX, TITLES
from factcli.outlets import canonical_outlet, nominative

NAME_LABELS: tuple[EntityLabel, ...] = ("PER", "ORG", "LOC", "MISC")
LEADING_WORDS = re.compile(r"^(?:(?:der|die|das|dem|den|des|ein|eine|einem|einer|the)\s+)+", re.IGNORECASE)
# Transliteration variants of the same (mostly Slavic) name: Peskow/Peskov, Kirijenko/Kiriyenko.
TRANSLITERATION = (("ß", "ss"), ("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("kh", "ch"), ("ck", "k"),
                   ("ph", "f"), ("w", "v"), ("j", "y"), ("z", "s"))  # fmt: skip


def name_key(name: str) -> str:
    """A spelling-insensitive key: case, accents, transliteration, final -y/-i."""
    text = unicodedata.normalize("NFKD", name.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for old, new in TRANSLITERATION:
        text = text.replace(old, new)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    words = [re.sub(r"(?:yy|iy|y)$", "i", word) for word in text.split()]
    return " ".join(words)


def nominative_words(name: str) -> str:
    """The name with every capitalised word before the last in the nominative (`Deutschen Bahn` ->
    `Deutsche Bahn`, as for paper names); for organisations and places, whose first words are
    adjectives taking the case of their phrase."""
    words = name.split(" ")
    return " ".join([nominative(w) if w[:1].isupper() else w for w in words[:-1]] + words[-1:])


def strip_titles(text: str) -> str:
    """'Kremlsprecher Dmitri Peskow' -> 'Dmitri Peskow'; 'der russische Präsident Putin' -> 'Putin'."""
    words = LEADING_WORDS.sub("", text.strip()).split()
    while len(words) > 1 and (words[0] in TITLES or words[0][:1].islower() or _is_role(words[0])):
        words = words[1:]
    return " ".join(words)


def _is_role(word: str) -> bool:
    return len(word) > 5 and bool(ROLE_SUFFIX.search(word.lower()))


def name_mention_key(label: EntityLabel, text: str) -> str:
    """The key a name mention is grouped by: `ORG:deutsche bahn` for "der Deutschen Bahn"."""
    plain = strip_titles(text)
    return f"{label}:{name_key(plain if label == 'PER' else nominative_words(plain))}"


def mentions_from_doc(doc: Doc, *, article: str) -> list[Mention]:
    """Named entities (PER/ORG/LOC/MISC) and dates of one article, in text order."""
    mentions: list[Mention] = []
    for ent in doc.ents:
        if ent.label_ not in NAME_LABELS:
            continue
        label: EntityLabel = ent.label_
        text = ent.text
        key = f"{label}:{ent.kb_id_}" if ent.kb_id_ else name_mention_key(label, text)
        mentions.append(Mention(article, text, ent.start_char, ent.end_char, label, key, is_media=bool(ent.kb_id_)))
    for span in doc.spans.get("dates", []):
        value: DateValue | None = span._.date_value
        key = f"DATE:{value.start}/{value.end}" if value else f"DATE:{span.text.lower()}"
        mentions.append(Mention(article, span.text, span.start_char, span.end_char, "DATE", key, value=value))
    return sorted(mentions, key=lambda m: (m.start, m.end))


def group_entities(mentions: Iterable[Mention]) -> list[Entity]:
    """Merge mentions into entities: one canonical name per person, organisation, place, date."""
    mentions = list(mentions)
    aliases = _aliases(mentions)
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        groups[aliases.get(mention.key, mention.key)].append(mention)
    entities = [_entity(key.split(":", 1)[0], group) for key, group in groups.items()]  # type: ignore[arg-type]
    return sorted(entities, key=lambda e: (-e.count, e.label, e.name))


def _aliases(mentions: list[Mention]) -> dict[str, str]:
    """Keys that name the same entity as another key, across articles and labels.

    'PER:putin', 'PER:putins' and even a mislabelled 'LOC:putin' map to the most frequent full
    name ending in 'putin'; 'LOC:russlands' maps to 'LOC:russland' when that form occurs; a name
    seen under several labels takes the label most of its mentions have ('PER:china' -> 'LOC:china').
    """
    counts = Counter(m.key for m in mentions if m.label != "DATE" and not m.is_media)
    full_names = Counter({key: n for key, n in counts.items() if key.startswith("PER:") and " " in key})
    full_by_family: dict[str, str] = {}
    for key, _count in full_names.most_common():
        full_by_family.setdefault(key.rsplit(" ", 1)[-1], key)

    def base(word: str) -> str:
        """Drop a genitive -s when the form without it occurs too."""
        if word.endswith("s") and any(f"{label}:{word[:-1]}" in counts for label in NAME_LABELS):
            return word[:-1]
        return word

    by_word: dict[str, Counter[str]] = defaultdict(Counter)
    for key, n in counts.items():
        label, word = key.split(":", 1)
        by_word[base(word)][label] += n
    aliases: dict[str, str] = {}
    for key in counts:
        label, word = key.split(":", 1)
        word = base(word)
        if " " not in word and word in full_by_family:
            target = full_by_family[word]
        else:
            target = f"{by_word[word].most_common(1)[0][0]}:{word}"
        if target != key:
            aliases[key] = target
    return aliases


def _entity(label: EntityLabel, group: list[Mention]) -> Entity:
    first = group[0]
    if label == "DATE":
        name = first.value.start if first.value and first.value.start == first.value.end else first.text
        if first.value and first.value.start != first.value.end:
            name = f"{first.value.start}/{first.value.end}"
        return Entity(name, "DATE", tuple(group), value=first.value)
    return Entity(_canonical_name(label, group), label, tuple(group), is_media=any(m.is_media for m in group))


def _canonical_name(label: EntityLabel, group: list[Mention]) -> str:
    media = [m for m in group if m.is_media]
    if media:
        return media[0].key_name
    forms = Counter(strip_titles(m.text) for m in group)
    # a genitive ("Elon Musks", "Russlands") is never the name when the plain form occurs
    # nor an adjective's oblique case ("Deutschen Bahn") when the nominative occurs
    plain = {
        form: n
        for form, n in forms.items()
        if not (form.endswith("s") and form[:-1] in forms)
        and not (label != "PER" and (nominative := nominative_words(form)) != form and nominative in forms)
    }
    if label == "PER":
        # the most frequent full name, not the bare family name used in running text
        full = [(n, form) for form, n in plain.items() if len(form.split()) > 1]
        if full:
            return max(full)[1]
    return max(plain.items(), key=lambda item: (item[1], -len(item[0])))[0]


def name_matches(query: str, name: str) -> bool:
    """Fuzzy person/organisation match: 'Peskow', 'Peskov', 'Dmitri Peskow' all match 'Dmitri Peskow';
    an outlet's alias matches its canonical name ('WSJ' matches 'Wall Street Journal')."""
    query = canonical_outlet(query) or query
    wanted, have = name_key(strip_titles(query)), name_key(strip_titles(name))
    if not wanted or not have:
        return False
    if wanted == have or f" {wanted} " in f" {have} ":
        return True
    have_words = have.split()
    return all(
        any(difflib.SequenceMatcher(None, word, other).ratio() >= 0.8 for other in have_words)
        for word in wanted.split()
    )
