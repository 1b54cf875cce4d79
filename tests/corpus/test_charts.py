"""Charts of a corpus: what a reader sees when the store has dates and when it has none."""

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest

from analysis.corpus.charts import plot_mentions_over_time


@pytest.fixture(autouse=True)
def close_figures():
    yield
    plt.close("all")


def test_undated_store_draws_one_line_of_text_not_an_empty_frame():
    ax = plot_mentions_over_time(pd.DataFrame(), what="weapons")
    texts = [text.get_text() for text in ax.texts]
    assert texts == [
        "No dated article mentions the top weapons, so they cannot be followed over time."
    ]
    assert not ax.axison
    width, height = ax.figure.get_size_inches()
    assert height < 1 < width


def test_dated_mentions_draw_one_line_per_name_titled_with_the_leader():
    frame = pd.DataFrame(
        {
            "Period": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-01-01", "2025-02-01"]),
            "Name": ["Ruritania", "Ruritania", "Freedonia", "Freedonia"],
            "Mentions": [3, 5, 1, 0],
        }
    )
    ax = plot_mentions_over_time(frame, what="actors")
    assert [line.get_label() for line in ax.get_lines()] == ["Ruritania", "Freedonia"]
    assert ax.get_title().startswith("Ruritania is the most mentioned of the top actors")
    assert "the busiest month starts 2025-02-01" in ax.get_title()
    assert ax.figure.get_size_inches()[1] > 4
