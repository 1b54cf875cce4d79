"""Mentions: every lexicon match as a row, and the counts built from them.

``find_mentions`` turns an article into one row per mention (canonical name,
type or category, the form as written, section, sentence number and
character offsets). The other functions only read that table:

- ``count_mentions`` and ``count_by_section``: per entity, per section (the
  duplicated headline is never counted);
- ``roll_up``: a capital, ministry, military or leader -> their country;
- ``cooccurrence`` and ``cooccurrence_pairs``: how many sentences name two
  entities together (actor with actor, actor with weapon);
- ``find_candidates``: capitalised names no lexicon knows, for the lexicon.

The second pass (names the text shows beyond the lexicon) and the JSON of
``python -m analysis mentions`` are in ``analysis.entities.second_pass``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.entities.lexicon import Lexicons, load_lexicons, normalise_key
from analysis.entities.matcher import COURTESY_TITLES, compile_matcher
from analysis.entities.mention_rows import MentionRow
from analysis.entities.scan import Match, scan_text
from analysis.html import highlight
from analysis.text import (
    COUNTED_SECTIONS,
    Article,
    Sentence,
    SentenceLocator,
    Token,
    load_stopwords,
    split_sentences,
    tokenise_words,
)

MENTION_COLUMNS = [
    "kind",
    "name",
    "type",
    "weapon_class",
    "country",
    "form",
    "section",
    "sentence",
    "start",
    "end",
]
#: Actor types that ``roll_up`` folds into their country.
ROLL_UP_TYPES = ("government", "military", "person")
#: Sections whose capitals mean a name (headlines and subheadings are Title Case).
CANDIDATE_SECTIONS = ("caption", "body", "credit")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
MONTHS += ("september", "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: Months and weekdays, written out or abbreviated ("Nov.", "Tues.").
CALENDAR_WORDS = frozenset(
    (*MONTHS, *WEEKDAYS, *(w[:3] for w in MONTHS + WEEKDAYS), "sept", "tues", "thur", "thurs")
)
#: Small words allowed inside a name: "Ministry of Defence", "Bank of the Arab World".
NAME_CONNECTORS = frozenset(
    ("of", "the", "al", "bin", "ibn", "de", "del", "der", "van", "von", "la", "le", "da", "di")
)
_OPENERS = set("\"“‘'([{«")
_POSSESSIVE = re.compile(r"['’]s?$")
#: A compound adjective after a name: "Greek-owned", "Iranian-built", "Kremlin-backed".
_COMPOUND = re.compile(
    r"([A-Z][^\W\d_]*(?:-[A-Z][^\W\d_]*)*)"
    r"-(?:[a-z]+ed|made|built|run|led|held|style|era|class|type|bound|born|based)$"
)
# pandas' default string dtype (what "str" names), looked up once.
_STR = pd.api.types.pandas_dtype("str")
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ash|as|at|bin|ibn|de|di|da|du|le|la)-[^\W\d_]", re.I)


def find_mentions(
    article: Article, lexicons: Lexicons | None = None, sentences: Sequence[Sentence] | None = None
) -> pd.DataFrame:
    """Return one row per lexicon mention in the article, sorted by offset.

    Columns: ``kind, name, type, weapon_class, country, form, section,
    sentence, start, end``. The duplicated headline is left out; ``sentence``
    is the 1-based number from ``tokenise.split_sentences``.
    """
    lexicons = lexicons if lexicons is not None else load_lexicons()
    sentences = sentences if sentences is not None else split_sentences(article)
    matches, sections, numbers = _scan_article(article, lexicons, sentences)
    return mentions_frame(matches, sections, numbers)


def _scan_article(
    article: Article, lexicons: Lexicons, sentences: Sequence[Sentence]
) -> tuple[list[Match], list[str], list[int]]:
    """The lexicon's matches in the counted sections, with their sections and sentences."""
    matcher = compile_matcher(lexicons)
    seen: dict[str, int] = {}
    matches = []
    for section in article.counted_sections():
        matches.extend(scan_text(article.text, matcher, section.start, section.end, seen))
    locate = SentenceLocator(sentences)
    numbers, sections = [], []
    for m in matches:
        sentence = locate(m.start)
        numbers.append(sentence.number if sentence else 0)
        sections.append(sentence.section if sentence else _section_kind(article, m.start))
    return matches, sections, numbers


def find_mention_rows(
    article: Article, lexicons: Lexicons, sentences: Sequence[Sentence]
) -> list[MentionRow]:
    """Return the lexicon's mentions as plain rows (``mention_rows``), in text order."""
    matches, sections, numbers = _scan_article(article, lexicons, sentences)
    return [
        MentionRow(m.kind, m.name, m.type, m.weapon_class, m.country, m.form, section, number,
                   m.start, m.end)
        for m, section, number in zip(matches, sections, numbers, strict=True)
    ]  # fmt: skip


def mentions_frame(
    matches: Sequence[Match], sections: Sequence[str], sentences: Sequence[int]
) -> pd.DataFrame:
    """Return the mentions table of ``matches``.

    Built column by column from ready arrays (text columns as pandas' string
    dtype, offsets as int64), which is what pandas builds fastest.
    """
    columns: dict[str, Sequence] = dict.fromkeys(Match._fields, ())
    if matches:
        columns = dict(zip(Match._fields, zip(*matches, strict=True), strict=True))
    columns["section"], columns["sentence"] = sections, sentences
    return pd.DataFrame(
        {
            name: np.array(columns[name], dtype=np.int64)
            if name in ("sentence", "start", "end")
            else _string_array(columns[name])
            for name in MENTION_COLUMNS
        },
        index=pd.RangeIndex(len(matches)),
        copy=False,
    )


def _string_array(values: Sequence[str]) -> pd.api.extensions.ExtensionArray:
    """Return ``values`` as pandas' default string array (validated, not inferred)."""
    values = np.array(values, dtype=object)
    if _STR.storage == "python":
        return pd.arrays.StringArray(values, dtype=_STR)
    return pd.array(values, dtype=_STR)


def _section_kind(article: Article, offset: int) -> str:
    section = article.section_at(offset)
    return section.kind if section else ""


def count_mentions(
    mentions: pd.DataFrame, by: Sequence[str] = ("kind", "type", "name")
) -> pd.DataFrame:
    """Count mentions per group, most mentioned first.

    ``by`` names columns of the mentions table. When it includes ``name``,
    a ``forms`` column lists the forms seen, most frequent first
    ("Iran (9), Iranian (2)").
    """
    by = list(by)
    if mentions.empty:
        return pd.DataFrame(columns=[*by, "count"] + (["forms"] if "name" in by else []))
    grouped = mentions.groupby(by, sort=False)
    counts = grouped.size().rename("count").reset_index()
    if "name" in by:
        forms = grouped["form"].agg(lambda f: list_counts(Counter(f)))
        counts = counts.merge(forms.rename("forms").reset_index(), on=by)
    return counts.sort_values(["count", *by], ascending=[False] + [True] * len(by)).reset_index(
        drop=True
    )


def count_weapons(mentions: pd.DataFrame) -> pd.DataFrame:
    """Count weapon mentions per name, most mentioned first, as the command line does.

    A generic name several classes share ("warship (generic)" for patrol boats and for
    warships) is one row: its classes joined, most mentioned first, the category and origin
    of its most mentioned class, ``in_lexicon`` when any of its mentions is.

    >>> m = pd.DataFrame({"type": ["ships"] * 3, "weapon_class": ["patrol boat", "warship",
    ...     "warship"], "name": ["warship (generic)"] * 3, "country": [""] * 3,
    ...     "in_lexicon": [True, False, False], "form": ["patrol boats", "ships", "ships"]})
    >>> row = count_weapons(m).iloc[0]
    >>> row["weapon_class"], int(row["count"]), bool(row["in_lexicon"]), row["forms"]
    ('warship, patrol boat', 3, True, 'ships (2), patrol boats (1)')
    """
    by = ["type", "weapon_class", "name", "country", "in_lexicon"]
    if mentions.empty:
        return count_mentions(mentions, by=by)
    rows = []
    for name, group in mentions.groupby("name", sort=False):
        classes = group["weapon_class"].value_counts(sort=True)
        main = group[group["weapon_class"] == classes.index[0]].iloc[0]
        rows.append({
            "type": main["type"],
            "weapon_class": ", ".join(str(c) for c in classes.index if c),
            "name": name,
            "country": main["country"],
            "in_lexicon": bool(group["in_lexicon"].any()),
            "count": len(group),
            "forms": list_counts(Counter(group["form"])),
        })  # fmt: skip
    counts = pd.DataFrame(rows)
    return counts.sort_values(["count", "name"], ascending=[False, True]).reset_index(drop=True)


def list_counts(counts: Counter, limit: int = 0) -> str:
    """Return "a (3), b (1)" from a Counter, largest first, ties by name.

    >>> list_counts(Counter({"Iranian": 2, "Iran": 9, "IRAN": 2}))
    'Iran (9), IRAN (2), Iranian (2)'
    """
    items = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    items = items[:limit] if limit else items
    return ", ".join(f"{key} ({count})" for key, count in items)


def describe_entities(counts: pd.DataFrame, n: int = 5) -> str:
    """Return "Iran (12), Russia (10)" for the first ``n`` rows of a count table.

    >>> describe_entities(pd.DataFrame({"name": ["Iran", "Russia"], "count": [12, 10]}))
    'Iran (12), Russia (10)'
    """
    if counts.empty:
        return "none"
    return ", ".join(f"{name} ({count})" for name, count in zip(
        counts["name"][:n], counts["count"][:n], strict=True))  # fmt: skip


def count_by_section(mentions: pd.DataFrame, by: Sequence[str] = ("kind", "name")) -> pd.DataFrame:
    """Return mentions per entity and section (columns in reading order) and a total."""
    by = list(by)
    sections = [s for s in COUNTED_SECTIONS if s in set(mentions["section"])]
    if mentions.empty:
        return pd.DataFrame(columns=[*by, "total"])
    table = pd.crosstab([mentions[c] for c in by], mentions["section"])
    table = table.reindex(columns=sections, fill_value=0)
    table["total"] = table.sum(axis=1)
    table = table.reset_index().sort_values(["total", *by], ascending=[False] + [True] * len(by))
    table.columns.name = None
    return table.reset_index(drop=True)


def evidence_table(mentions: pd.DataFrame, sentences: Sequence[Sentence]) -> pd.DataFrame:
    """Return each mention with its sentence, and that sentence as escaped HTML
    with the mention marked (``highlighted``), for an evidence table."""
    by_number = {s.number: s for s in sentences}
    rows = []
    for m in mentions.itertuples(index=False):
        sentence = by_number.get(m.sentence)
        text = sentence.text if sentence else ""
        offset = sentence.start if sentence else m.start
        rows.append((m.kind, m.name, m.type, m.form, m.section, m.sentence, m.start, m.end, text,
                     highlight(text, [(m.start, m.end)], offset)))  # fmt: skip
    columns = ["kind", "name", "type", "form", "section", "sentence", "start", "end"]
    return pd.DataFrame(rows, columns=[*columns, "sentence_text", "highlighted"])


#: The column of ``evidence_by_sentence`` that holds HTML (escaped, marked).
MARKED_SENTENCE = "Sentence, every mention marked"


def evidence_by_sentence(mentions: pd.DataFrame, sentences: Sequence[Sentence]) -> pd.DataFrame:
    """One row per sentence that names something, in reading order, ready to
    show: its number, section, the names it mentions (each once, in order)
    and the sentence as escaped HTML with every mention in ``<mark>``
    (``MARKED_SENTENCE``; show it with ``html_columns=[MARKED_SENTENCE]``).
    ``evidence_table`` keeps one row per mention, for the CSV."""
    by_number = {s.number: s for s in sentences}
    rows = []
    for number, group in mentions.sort_values("start").groupby("sentence", sort=True):
        sentence = by_number.get(number)
        if sentence is None:
            continue
        spans = list(zip(group["start"], group["end"], strict=True))
        names = ", ".join(dict.fromkeys(group["name"]))
        rows.append((number, group["section"].iloc[0], len(group), names,
                     highlight(sentence.text, spans, sentence.start)))  # fmt: skip
    columns = ["Sentence", "Section", "Mentions", "Names", MARKED_SENTENCE]
    return pd.DataFrame(rows, columns=columns)


#: What each kind of lexicon file gives the analysis, as the files table says it.
FILE_USES = {
    "actor": "actor entries",
    "weapon": "weapon entries",
    "titles": "titles before names",
    "not_mentions": "phrases never counted",
}


def lexicon_files(lexicons: Lexicons) -> pd.DataFrame:
    """Return the files the lexicons were read from: what each gave, how many, its SHA-256.

    ``entries`` counts what the analysis uses of each file: an actors or weapons
    file's entries (less those a later file replaced), a titles file's titles,
    a not-mentions file's phrases. ``use`` says which.

    >>> from analysis.entities.lexicon import build_lexicons
    >>> from analysis.config import DATA_DIR
    >>> lex = build_lexicons([], DATA_DIR / "titles.txt", DATA_DIR / "not_mentions.txt")
    >>> table = lexicon_files(lex)
    >>> table["use"].tolist()
    ['titles before names', 'phrases never counted']
    >>> table["entries"].tolist() == [len(lex.titles), len(lex.not_mentions)]
    True
    """
    per_file = Counter(entry.source for entry in lexicons.entries)
    held = {"titles": len(lexicons.titles), "not_mentions": len(lexicons.not_mentions)}
    uses = lexicons.uses or ("",) * len(lexicons.files)
    rows = [
        (path, FILE_USES.get(use, ""), held.get(use, per_file.get(path, 0)), digest)
        for (path, digest), use in zip(lexicons.files, uses, strict=True)
    ]
    return pd.DataFrame(rows, columns=["file", "use", "entries", "sha256"])


def roll_up(mentions: pd.DataFrame, lexicons: Lexicons) -> pd.DataFrame:
    """Fold governments, militaries and people into their country.

    A row whose actor type is in ``ROLL_UP_TYPES`` and whose country code has
    a ``country`` entry in the lexicon takes that country's name and type;
    ``rolled_up_from`` keeps the original name (empty when unchanged).
    """
    countries = lexicons.country_names()
    out = mentions.copy()
    out["rolled_up_from"] = ""
    mask = (
        (out["kind"] == "actor")
        & out["type"].isin(ROLL_UP_TYPES)
        & out["country"].isin(list(countries))
    )
    out.loc[mask, "rolled_up_from"] = out.loc[mask, "name"]
    out.loc[mask, "name"] = out.loc[mask, "country"].map(countries)
    out.loc[mask, "type"] = "country"
    return out


def cooccurrence_pairs(
    mentions: pd.DataFrame, kind_a: str = "actor", kind_b: str = "actor"
) -> pd.DataFrame:
    """Return pairs of entities named in the same sentence, with how many sentences.

    For one kind (actor with actor) each unordered pair appears once, the two
    names in alphabetical order. Columns: ``a, b, sentences, sentence_numbers``.
    """
    columns = ["a", "b", "sentences", "sentence_numbers"]
    names_a = _names_by_sentence(mentions, kind_a)
    names_b = names_a if kind_b == kind_a else _names_by_sentence(mentions, kind_b)
    pairs: dict[tuple[str, str], list[int]] = {}
    for number in sorted(names_a.keys() & names_b.keys()):
        for a in sorted(names_a[number]):
            for b in sorted(names_b[number]):
                if kind_a == kind_b and a >= b:
                    continue
                pairs.setdefault((a, b), []).append(number)
    rows = [(a, b, len(n), ", ".join(map(str, n))) for (a, b), n in pairs.items()]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["sentences", "a", "b"], ascending=[False, True, True]).reset_index(
        drop=True
    )


def _names_by_sentence(mentions: pd.DataFrame, kind: str) -> dict[int, set[str]]:
    """Return the names of ``kind`` in each numbered sentence (one pass over plain arrays)."""
    found: dict[int, set[str]] = {}
    for number, row_kind, name in zip(
        mentions["sentence"].tolist(),
        mentions["kind"].tolist(),
        mentions["name"].tolist(),
        strict=True,
    ):
        if number > 0 and row_kind == kind:
            found.setdefault(number, set()).add(name)
    return found


def cooccurrence(
    mentions: pd.DataFrame,
    kind_a: str = "actor",
    kind_b: str = "actor",
    names_a: Sequence[str] | None = None,
    names_b: Sequence[str] | None = None,
) -> pd.DataFrame:
    """Return a matrix: sentences naming both the row and the column entity.

    Rows are ``kind_a`` entities, columns ``kind_b`` entities, each ordered by
    mentions (or as ``names_a``/``names_b`` give). For one kind the matrix is
    symmetric with zeros on the diagonal.
    """
    # each name once, in the order given (a counts table may list a name twice,
    # e.g. under two weapon classes)
    names_a = list(dict.fromkeys(names_a)) if names_a is not None else _by_count(mentions, kind_a)
    names_b = list(dict.fromkeys(names_b)) if names_b is not None else _by_count(mentions, kind_b)
    rows = _positions(names_a)
    cols = _positions(names_b)
    values = np.zeros((len(names_a), len(names_b)), dtype=np.int64)
    pairs = cooccurrence_pairs(mentions, kind_a, kind_b)
    for one, other, count in zip(pairs["a"], pairs["b"], pairs["sentences"], strict=True):
        for a, b in ((one, other), (other, one)) if kind_a == kind_b else ((one, other),):
            for i in rows.get(a, ()):
                values[i, cols.get(b, [])] = count
    matrix = pd.DataFrame(values, index=pd.Index(names_a, name=kind_a), columns=names_b)
    matrix.columns.name = kind_b
    return matrix


#: How many columns a matrix shown in a report keeps (it fits a page of 1100 px).
MATRIX_COLUMNS = 8


def fold_matrix(matrix: pd.DataFrame, rows: int, columns: int = MATRIX_COLUMNS) -> pd.DataFrame:
    """The first ``rows`` rows and ``columns`` columns of a co-occurrence
    matrix (ordered by mentions), the rest summed into one last row and
    column named "(N others)"; nothing is lost from the totals.

    >>> m = pd.DataFrame([[1, 2, 3], [4, 5, 6]], index=pd.Index(["A", "B"], name="actor"),
    ...                  columns=["x", "y", "z"])
    >>> folded = fold_matrix(m, rows=1, columns=1)
    >>> list(folded.index), list(folded.columns), folded.to_numpy().tolist()
    (['A', '(1 other)'], ['x', '(2 others)'], [[1, 5], [4, 11]])
    """
    folded = matrix.iloc[:rows, :columns].copy()
    if matrix.shape[1] > columns:
        rest = matrix.shape[1] - columns
        folded[_others(rest)] = matrix.iloc[:rows, columns:].sum(axis=1)
    if matrix.shape[0] > rows:
        rest_rows = matrix.iloc[rows:]
        summed = list(rest_rows.iloc[:, :columns].sum(axis=0))
        if matrix.shape[1] > columns:
            summed.append(int(rest_rows.iloc[:, columns:].to_numpy().sum()))
        folded.loc[_others(matrix.shape[0] - rows)] = summed
    folded.index.name, folded.columns.name = matrix.index.name, matrix.columns.name
    return folded


def _others(count: int) -> str:
    return f"({count} other{'s' if count != 1 else ''})"


def _positions(names: Sequence[str]) -> dict[str, list[int]]:
    """Return where each name stands in ``names`` (every place, if it is there twice)."""
    positions: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        positions.setdefault(name, []).append(i)
    return positions


def _by_count(mentions: pd.DataFrame, kind: str) -> list[str]:
    names = mentions.loc[mentions["kind"] == kind, "name"]
    counts = names.value_counts()
    return sorted(counts.index, key=lambda n: (-counts[n], n))


def find_candidates(
    article: Article,
    sentences: Sequence[Sentence],
    mentions: pd.DataFrame,
    lexicons: Lexicons,
    min_count: int = 1,
) -> pd.DataFrame:
    """Return capitalised names no lexicon matched, as candidates for the lexicon.

    A name is a run of capitalised words (small connectors such as "of" may
    join them) in a caption, body or credit sentence, outside every mention.
    Names a lexicon knows (even where no mention counts them, as in a border
    phrase or a not-mention phrase such as "Latin America"), titles, months,
    weekdays and stopwords are left out, and so is a lone capitalised word at
    the start of a sentence unless it is also capitalised elsewhere.
    Columns: ``candidate, count, sentences, start, end`` (the offsets of the
    first occurrence).
    """
    stopwords = load_stopwords()
    spans = sorted(zip(mentions["start"], mentions["end"], strict=True))
    title_words = {t.casefold() for t in (*lexicons.titles, *COURTESY_TITLES)}
    known = compile_matcher(lexicons).by_key
    found: dict[str, list] = {}
    runs_by_sentence = []
    for sentence in sentences:
        if sentence.section not in CANDIDATE_SECTIONS:
            continue
        tokens = tokenise_words(sentence.text, sentence.start, sentence.number)
        runs_by_sentence.append(capitalised_runs(tokens, spans, stopwords))
    inner_words = {
        _word(run[i].text).casefold()
        for runs in runs_by_sentence
        for run, initial in runs
        for i in range(1 if initial else 0, len(run))
    }
    for runs in runs_by_sentence:
        for run, initial in runs:
            run = strip_titles(run, title_words)
            if not run:
                continue
            if initial and len(run) == 1 and _word(run[0].text).casefold() not in inner_words:
                continue
            name = " ".join(article.text[run[0].start : _word_end(run[-1])].split())
            if name.casefold() in stopwords or normalise_key(name) in known:
                continue
            entry = found.setdefault(name, [0, [], run[0].start, _word_end(run[-1])])
            entry[0] += 1
            entry[1].append(run[0].sentence)
    rows = [
        (name, count, ", ".join(map(str, sorted(set(numbers)))), start, end)
        for name, (count, numbers, start, end) in found.items()
        if count >= min_count
    ]
    table = pd.DataFrame(rows, columns=["candidate", "count", "sentences", "start", "end"])
    return table.sort_values(["count", "start"], ascending=[False, True]).reset_index(drop=True)


def capitalised_runs(
    tokens: Sequence[Token], spans: Sequence[tuple[int, int]], stopwords: frozenset[str]
) -> list[tuple[list[Token], bool]]:
    """Return runs of capitalised word tokens outside ``spans``.

    Each run comes with whether it starts a sentence (or a quotation), where
    leading stopwords ("The", "But") are dropped.
    """
    runs: list[tuple[list[Token], bool]] = []
    run: list[Token] = []
    initial = at_start = True
    for token in [*split_compounds(tokens), None]:
        word = token is not None and token.kind in ("word", "designation", "abbreviation")
        capital = word and (token.text[:1].isupper() or bool(_PARTICLE_NAME.match(token.text)))
        capital = capital and not _covered(token, spans)
        capital = capital and _word(token.text).casefold() not in CALENDAR_WORDS
        connector = word and run and token.text in NAME_CONNECTORS
        if capital or connector:
            if not run:
                initial = at_start
            run.append(token)
        else:
            while run and run[-1].text in NAME_CONNECTORS:
                run.pop()
            while run and initial and _word(run[0].text).casefold() in stopwords:
                run.pop(0)
                initial = False
            if run:
                runs.append((run, initial))
            run = []
        if token is not None:
            opener = token.text in _OPENERS or token.text == ":"
            at_start = token.kind == "punct" and (opener or at_start)
    return runs


def split_compounds(tokens: Iterable[Token]) -> list[Token]:
    """Cut compound adjectives after the name: "Greek-owned" -> "Greek", "-owned".

    >>> from analysis.text import tokenise_words
    >>> [t.text for t in split_compounds(tokenise_words("North Korean-made KN-23"))]
    ['North', 'Korean', '-made', 'KN-23']
    """
    out: list[Token] = []
    for token in tokens:
        m = _COMPOUND.match(token.text) if token.kind == "word" else None
        if m is None:
            out.append(token)
            continue
        cut = token.start + m.end(1)
        out.append(Token(m.group(1), "word", token.start, cut, token.sentence))
        out.append(Token(token.text[m.end(1) :], "punct", cut, token.end, token.sentence))
    return out


def strip_titles(run: list[Token], title_words: set[str]) -> list[Token]:
    """Drop titles ("Defense Minister", "Mr.") from the front of a run."""
    for size in range(len(run), 0, -1):
        if " ".join(_word(t.text) for t in run[:size]).casefold() in title_words:
            return run[size:]
    return run


def _word(text: str) -> str:
    """Return a word without its possessive or a lone final period.

    >>> [_word(w) for w in ("Ukraine’s", "St.", "U.N.", "Mr")]
    ['Ukraine', 'St', 'U.N.', 'Mr']
    """
    if text.endswith(".") and "." not in text[:-1]:
        text = text[:-1]
    return _POSSESSIVE.sub("", text) if len(text) > 2 else text


def _word_end(token: Token) -> int:
    return token.start + len(_word(token.text))


def _covered(token: Token, spans: Sequence[tuple[int, int]]) -> bool:
    index = bisect_right(spans, (token.start, float("inf"))) - 1
    if index >= 0 and spans[index][1] > token.start:
        return True
    return index + 1 < len(spans) and spans[index + 1][0] < token.end
