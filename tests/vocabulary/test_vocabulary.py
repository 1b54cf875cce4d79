"""Vocabulary: frequencies, collocations, keyword-in-context, dispersion, statistics.

Most tests use one small article whose numbers were worked out by hand:

    Drones Hit Kyiv                                              (headline, 0-15)

    Russian drones hit Kyiv on Monday. The drones were Iranian-built,
    officials said. Officials said the drones flew very low.     (body, 17-139)

Sentences: 1 = headline (0-15), 2 = 17-51, 3 = 52-98, 4 = 99-139.
Words (0-based positions): Drones0 Hit1 Kyiv2 | Russian3 drones4 hit5 Kyiv6 on7 Monday8 |
The9 drones10 were11 Iranian-built12 officials13 said14 | Officials15 said16 the17 drones18
flew19 very20 low21 -> 22 words, 3 + 6 + 6 + 7 per sentence.
Stopwords among them: on, The/the, were, very. Content words: 17.
"""

from __future__ import annotations

import matplotlib
import pandas as pd
import pytest

from analysis import vocabulary
from analysis.charts.style import plain_label
from analysis.charts.vocabulary import (
    dispersion_title,
    plot_dispersion,
    sentence_length_title,
    top_words_title,
)
from analysis.errors import ParameterError
from analysis.text.article import article_from_text
from analysis.text.sentences import split_sentences
from analysis.text.wordlists import load_stopwords
from analysis.text.words import tokenise_article, tokenise_words

matplotlib.use("Agg")

SMALL = (
    "Drones Hit Kyiv\n\n"
    "Russian drones hit Kyiv on Monday. The drones were Iranian-built, officials said. "
    "Officials said the drones flew very low.\n"
)


@pytest.fixture(scope="module")
def small():
    article = article_from_text(SMALL, "small")
    sentences = split_sentences(article)
    return article, sentences, tokenise_article(article, sentences)


def tokens_for(text: str):
    article = article_from_text(text)
    return tokenise_article(article)


# --- frequencies -----------------------------------------------------------------------------


def test_word_frequencies_by_hand(small):
    _, _, tokens = small
    table = vocabulary.count_words(tokens, load_stopwords(), top_n=5)
    assert list(table.columns) == ["word", "count", "share"]
    # drones 4; then four words twice each, in alphabetical order; shares of 17 content words.
    assert table.to_dict("list") == {
        "word": ["drones", "hit", "kyiv", "officials", "said"],
        "count": [4, 2, 2, 2, 2],
        "share": [0.2353, 0.1176, 0.1176, 0.1176, 0.1176],
    }


def test_word_frequencies_all_words_add_up(small):
    _, _, tokens = small
    table = vocabulary.count_words(tokens, load_stopwords(), top_n=0)
    assert table["count"].sum() == 17
    assert set(table["word"]) == {
        "drones", "hit", "kyiv", "officials", "said",
        "russian", "monday", "iranian-built", "flew", "low",
    }  # fmt: skip


def test_frequencies_leave_out_stopwords_punctuation_numbers_and_dates():
    tokens = tokens_for(
        "Headline\n\nOn Jan. 5 the U.S. said $105 billion went to 14 Shahed-136 drones, "
        "and J. R. Smith agreed.\n"
    )
    table = vocabulary.count_words(tokens, frozenset({"on", "the", "to", "and"}), top_n=0)
    assert sorted(table["word"]) == sorted(
        ["headline", "u.s.", "said", "went", "shahed-136", "drones", "smith", "agreed"]
    )


def test_frequencies_fold_case_apostrophes_and_possessives():
    tokens = tokens_for("Title\n\nWe’ve seen Tehran’s drones and TEHRAN drones.\n")
    table = vocabulary.count_words(tokens, load_stopwords(), top_n=0)
    assert table.set_index("word")["count"].to_dict() == {
        "drones": 2,
        "tehran": 2,
        "seen": 1,
        "title": 1,
    }


def test_word_key_and_stopword_forms():
    assert vocabulary.normalise_word("Tehran’s") == "tehran"
    assert vocabulary.normalise_word("U.S.") == "u.s."
    stop = frozenset({"we've", "mr"})
    assert vocabulary.is_stopword("We’ve", stop) and vocabulary.is_stopword("MR.", stop)
    assert not vocabulary.is_stopword("Iran", stop)


# --- collocations ----------------------------------------------------------------------------


def test_collocations_by_hand(small):
    _, _, tokens = small
    table = vocabulary.find_collocations(tokens, top_n=10, min_count=2, stopwords=load_stopwords())
    assert list(table.columns) == ["bigram", "count", "score", "start", "end"]
    # Adjacent content-word pairs seen twice; first uses: "Drones Hit" 0-10, "Hit Kyiv" 7-15,
    # "officials said" in sentence 3 at 52 + len("The drones were Iranian-built, ") = 83.
    rows = {r.bigram: (r.count, r.start, r.end) for r in table.itertuples()}
    assert rows == {
        "drones hit": (2, 0, 10),
        "hit kyiv": (2, 7, 15),
        "officials said": (2, 83, 97),
    }
    assert list(table["score"]) == sorted(table["score"], reverse=True)
    assert (table["score"] > 0).all()


def test_collocations_skip_stopwords_and_pairs_across_punctuation(small):
    _, _, tokens = small
    table = vocabulary.find_collocations(tokens, top_n=0, min_count=1, stopwords=load_stopwords())
    pairs = set(table["bigram"])
    assert {"russian drones", "drones flew"} <= pairs
    # "Iranian-built, officials" has a comma between; "on Monday" holds a stopword;
    # "Kyiv Russian" spans two sentences.
    assert not {"iranian-built officials", "kyiv monday", "on monday", "kyiv russian"} & pairs


def test_collocations_can_rank_by_pmi(small):
    _, _, tokens = small
    table = vocabulary.find_collocations(tokens, min_count=2, measure="pmi")
    assert set(table["bigram"]) == {"drones hit", "hit kyiv", "officials said"}


def test_collocations_reject_bad_parameters(small):
    _, _, tokens = small
    with pytest.raises(ParameterError, match="unknown measure 'chi'"):
        vocabulary.find_collocations(tokens, measure="chi")
    with pytest.raises(ParameterError, match="min_count: must be a whole number"):
        vocabulary.find_collocations(tokens, min_count=-1)


# --- keyword in context --------------------------------------------------------------------------


def test_keyword_in_context_by_hand(small):
    article, _, tokens = small
    table = vocabulary.find_keyword_contexts(article, tokens, ["drone"], width=12)
    assert list(table.columns) == vocabulary.KWIC_COLUMNS
    assert table.to_dict("records") == [
        {
            "keyword": "drone",
            "sentence": 1,
            "section": "headline",
            "left": "",
            "match": "Drones",
            "right": " Hit Kyiv",
            "start": 0,
            "end": 6,
        },
        {
            "keyword": "drone",
            "sentence": 2,
            "section": "body",
            "left": "Russian ",
            "match": "drones",
            "right": " hit Kyiv on …",
            "start": 25,
            "end": 31,
        },
        {
            "keyword": "drone",
            "sentence": 3,
            "section": "body",
            "left": "… Monday. The ",
            "match": "drones",
            "right": " were …",
            "start": 56,
            "end": 62,
        },
        {
            "keyword": "drone",
            "sentence": 4,
            "section": "body",
            "left": "… said the ",
            "match": "drones",
            "right": " flew very …",
            "start": 118,
            "end": 124,
        },
    ]
    for row in table.itertuples():
        assert article.text[row.start : row.end] == row.match


def test_keyword_in_context_multi_word_and_case(small):
    article, _, tokens = small
    table = vocabulary.find_keyword_contexts(article, tokens, ["OFFICIALS SAID", "hit kyiv"], 10)
    got = [(r.keyword, r.start, r.end, r.match) for r in table.itertuples()]
    # "Hit Kyiv" 7-15 (headline), "hit Kyiv" 32-40, "officials said" 83-97 and 99-113.
    assert got == [
        ("hit kyiv", 7, 15, "Hit Kyiv"),
        ("hit kyiv", 32, 40, "hit Kyiv"),
        ("OFFICIALS SAID", 83, 97, "officials said"),
        ("OFFICIALS SAID", 99, 113, "Officials said"),
    ]


def test_keyword_stems_find_plurals_but_not_other_words():
    tokens = tokens_for(
        "Missiles\n\nA missile, two missiles and missilery near Iran-Russia talks.\n"
    )
    terms = vocabulary.find_terms(tokens, ["missile"])
    assert [t[2:] for t in terms] == [(0, 8), (12, 19), (25, 33)]
    iran = vocabulary.find_terms(tokens, ["Iran"])  # one part of a hyphenated word
    assert [t[2:] for t in iran] == [(53, 64)]


def test_keyword_without_words_is_a_parameter_error(small):
    article, _, tokens = small
    with pytest.raises(ParameterError, match="'!!!' has no words"):
        vocabulary.find_keyword_contexts(article, tokens, ["!!!"])
    with pytest.raises(ParameterError, match="width: must be a whole number"):
        vocabulary.find_keyword_contexts(article, tokens, ["drone"], width="wide")


# --- dispersion and sections -----------------------------------------------------------------


def test_dispersion_by_hand(small):
    _, _, tokens = small
    table = vocabulary.locate_terms(tokens, ["drones", "built"])
    assert list(table.columns) == ["term", "offset", "start", "end"]
    got = [(r.term, r.offset) for r in table.itertuples()]
    assert got == [
        ("drones", 0),
        ("drones", 4),
        ("drones", 10),
        ("built", 12),  # a part of "Iranian-built"
        ("drones", 18),
    ]


def test_section_word_offsets(small):
    article, _, tokens = small
    table = vocabulary.locate_sections(article, tokens)
    assert table[["section", "offset", "start"]].to_dict("list") == {
        "section": ["headline", "body"],
        "offset": [0, 3],
        "start": [0, 17],
    }


def test_sections_table_includes_the_duplicate_as_not_counted():
    article = article_from_text("Iran Talks\n\nIran Talks\n\nTalks resumed on Monday.\n")
    table = vocabulary.tabulate_sections(article)
    assert table[["paragraph", "section", "words", "counted", "start", "end"]].to_dict(
        "records"
    ) == [
        {"paragraph": 1, "section": "headline", "words": 2, "counted": True, "start": 0, "end": 10},
        {"paragraph": 2, "section": "duplicate", "words": 2, "counted": False, "start": 12,
         "end": 22},
        {"paragraph": 3, "section": "body", "words": 4, "counted": True, "start": 24, "end": 48},
    ]  # fmt: skip


# --- statistics ------------------------------------------------------------------------------


def test_sentence_lengths_by_hand(small):
    _, sentences, tokens = small
    table = vocabulary.measure_sentences(sentences, tokens)
    assert table.to_dict("list") == {
        "sentence": [1, 2, 3, 4],
        "section": ["headline", "body", "body", "body"],
        "words": [3, 6, 6, 7],
        "characters": [15, 34, 46, 40],
        "start": [0, 17, 52, 99],
        "end": [15, 51, 98, 139],
    }


def test_text_statistics_by_hand(small):
    article, sentences, tokens = small
    table = vocabulary.measure_text(article, sentences, tokens)
    values = dict(zip(table["measure"], table["value"], strict=True))
    # 15 + 122 characters; 22 words; 14 distinct words (drones, hit, kyiv, russian, on,
    # monday, the, were, iranian-built, officials, said, flew, very, low); 14/22; 22/4.
    assert values == {
        "characters": 137,
        "words": 22,
        "sentences": 4,
        "vocabulary": 14,
        "lexical diversity": 0.636,
        "mean sentence length": 5.5,
    }
    assert vocabulary.describe_counts(table) == "22 words in 4 sentences, 14 distinct"


# --- choosing terms and summaries ------------------------------------------------------------


def test_choose_terms_falls_back_to_the_top_words(small):
    _, _, tokens = small
    frequencies = vocabulary.count_words(tokens, load_stopwords())
    assert vocabulary.choose_terms([], frequencies, 3) == ["drones", "hit", "kyiv"]
    assert vocabulary.choose_terms(["  ", "Kyiv"], frequencies, 3) == ["Kyiv"]
    assert vocabulary.choose_terms('["hit kyiv", "low"]', frequencies) == ["hit kyiv", "low"]


def test_split_terms_rejects_unreadable_lists():
    with pytest.raises(ParameterError, match="cannot read"):
        vocabulary.split_terms("[unclosed")


def test_describe_top(small):
    _, _, tokens = small
    frequencies = vocabulary.count_words(tokens, load_stopwords())
    assert vocabulary.describe_top(frequencies, n=3) == "drones (4), hit (2), kyiv (2)"


def test_top_n_must_be_a_whole_number(small):
    _, _, tokens = small
    with pytest.raises(ParameterError, match="top_n"):
        vocabulary.count_words(tokens, top_n=2.5)


# --- charts ------------------------------------------------------------------------------------


def test_plain_label_escapes_dollars_once():
    assert plain_label("$5 and $6") == r"\$5 and \$6"
    assert plain_label(plain_label("$5")) == r"\$5"


def test_chart_titles_state_the_finding(small):
    _, sentences, tokens = small
    frequencies = vocabulary.count_words(tokens, load_stopwords())
    assert top_words_title(frequencies) == "“drones” is the most frequent word (4 times)"
    lengths = vocabulary.measure_sentences(sentences, tokens)
    # Lengths 3, 6, 6, 7: median 6.
    assert sentence_length_title(lengths) == (
        "Half the sentences have 6 words or fewer; the longest has 7"
    )
    hits = vocabulary.locate_terms(tokens, ["drones", "kyiv", "tanks"])
    # drones at words 0-18 of 22 (82%), kyiv at 2-6 (18%).
    assert dispersion_title(hits, ["drones", "kyiv", "tanks"], 22) == (
        "“drones” runs through 82% of the article; “kyiv” through 18%; “tanks” does not occur"
    )


def test_empty_tables_give_plain_titles():
    empty = pd.DataFrame({"word": [], "count": []})
    assert top_words_title(empty).startswith("No words are left")
    no_hits = pd.DataFrame({"term": [], "offset": []})
    assert dispersion_title(no_hits, ["x"], 10) == "None of the terms occurs in the article"


def test_plot_dispersion_draws_one_row_per_term(small):
    article, _, tokens = small
    hits = vocabulary.locate_terms(tokens, ["drones", "kyiv"])
    ax = plot_dispersion(
        hits,
        ["drones", "kyiv"],
        22,
        title="Cost: $5",
        source="Source: test",
        sections=vocabulary.locate_sections(article, tokens),
    )
    assert [t.get_text() for t in ax.get_yticklabels()] == ["drones", "kyiv"]
    rows = [sorted(c.get_offsets()[:, 0].tolist()) for c in ax.collections]
    assert rows == [[0, 4, 10, 18], [2, 6]]
    assert ax.get_title() == r"Cost: \$5"
    assert ax.get_xlabel() == "position in the article (words from the start)"
    ax.figure.canvas.draw()  # renders without a mathtext error
    matplotlib.pyplot.close(ax.figure)


def test_tokenize_words_of_the_small_text_match_the_docstring_positions():
    words = [t.text for t in tokenise_words(SMALL) if t.kind != "punct"]
    assert words[12] == "Iranian-built" and words[18] == "drones" and len(words) == 22
