"""Topics: which whole each sentence of an article is about.

A careful reader keeps one thing in mind while reading: after "a €12 billion relief
package" the next sentences are about that package as long as they go on about it
("it now goes to parliament", "the minister will sign the measure", "€5 billion is for ...").
A sum in such a sentence, given to a purpose, is read as a part of the package even
three sentences on, where distance alone would make a reader doubt it.
``find_topics`` makes that one model explicit, for the linker to use instead of one
more weighted pattern per shape:

1. a sentence stating the sum of a whole made to be shared out (a package, budget, fund,
   bill, plan, programme: ``SHARED_OUT``, ``SHARED_FAMILIES``) starts that whole as the
   topic (the largest such sum when there are several);
2. each later sentence continues the topic while it stays in the topic's paragraph or
   the next one, and either refers back to a whole ("it", "its", "the measure", "the
   package": ``TOPIC_REFERENCE`` or a definite whole noun) or states only sums that
   could be parts of it (same currency, smaller, each saying what it is for, no whole of
   their own, none on top);
3. anything else ends the topic: a sentence about something else, a sum of another
   whole, another currency, a sum as large as the total, or a paragraph further away.

The topic is evidence of one kind, weighed with the others in
``analysis.money.links`` ("topic" in ``LINK_WEIGHTS``): it never links a sum that
says nothing of what it is for.

>>> from types import SimpleNamespace as NS
>>> def s(text): return NS(text=text)
>>> def r(value, sentence, whole="", own=False, link=None):
...     return NS(amount=NS(value=value, currency="USD", start=sentence * 100),
...               sentence=sentence, paragraph=0, whole_text=whole, own_whole=own,
...               barred="", added=False, family="aid" if whole else "", link=link)
>>> sentences = [s("A $12bn relief package passed."), s("It now goes to parliament."),
...              s("The minister will sign the measure."), s("$5bn is for Moldova."),
...              s("Shares fell on Monday.")]
>>> readings = [r(12, 0, "relief package", True), r(5, 3, link=("Moldova", 0, 7))]
>>> find_topics(sentences, [0] * 5, readings)
[0, 0, 0, 0, None]
"""

from __future__ import annotations

from analysis.money.rules import NOUN_REFERENCE, SHARED_FAMILIES, SHARED_OUT, TOPIC_REFERENCE

__all__ = ["find_topics"]


def find_topics(sentences, paragraphs, readings) -> list[int | None]:
    """For each sentence, the start of the total whose whole it is about, or None.

    ``paragraphs[i]`` is the paragraph index of ``sentences[i]``; ``readings`` are the
    amounts read in context (``analysis.money.links.Reading``), in text order.
    """
    topics: list[int | None] = []
    topic, where = None, -1  # the topic's reading, and the paragraph it was last about
    for index, sentence in enumerate(sentences):
        here = [r for r in readings if r.sentence == index and r.amount.value is not None]
        starts = [r for r in here if _starts_topic(r)]
        on = True
        if starts:
            topic = max(starts, key=lambda r: r.amount.value)
        elif topic is not None:
            state = _continues(topic, sentence, here, paragraphs[index] - where)
            topic, on = (None, False) if state == "ends" else (topic, state == "goes_on")
        if topic is not None and on:
            where = paragraphs[index]
        topics.append(topic.amount.start if topic is not None and on else None)
    return topics


def _starts_topic(reading) -> bool:
    """True when ``reading`` is the sum of a whole made to be shared out."""
    shared = SHARED_OUT.search(reading.whole_text or "") or (
        reading.own_whole and reading.family in SHARED_FAMILIES
    )
    return bool(shared and not reading.barred and not reading.added)


def _continues(topic, sentence, here, paragraphs_on: int) -> str:
    """Whether a sentence ``paragraphs_on`` paragraphs after the topic's last one, holding
    the sums ``here``, "goes_on" about the topic, only "pauses" it (an aside with sums of
    its own that are smaller than the total: "This on top of the £4m ... means a total of
    £33m"; the list may resume after it), or "ends" it."""
    if paragraphs_on > 1:
        return "ends"
    t = topic.amount
    if any(r.amount.currency == t.currency and r.amount.value >= t.value for r in here):
        return "ends"  # a sum as large as the total: another whole
    if any(r.amount.currency != t.currency or r.own_whole or r.barred or r.added
           or r.link is None for r in here):  # fmt: skip
        return "pauses"
    refers = TOPIC_REFERENCE.search(sentence.text) or NOUN_REFERENCE.search(sentence.text)
    return "goes_on" if refers or here else "ends"
