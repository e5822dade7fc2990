import datetime as dt

import pytest

from narrascope.timex import find_times, resolve

PUB = dt.date(2023, 12, 20)  # a Wednesday


@pytest.mark.parametrize("expr,published,expected", [
    ("Dec. 17", PUB, dt.date(2023, 12, 17)),
    ("December 17, 2023", None, dt.date(2023, 12, 17)),
    ("Dec. 17", None, None),
    ("December 25", PUB, dt.date(2022, 12, 25)),
    ("17 December", PUB, dt.date(2023, 12, 17)),
    ("mid-2022", PUB, None),
    ("on Monday", PUB, dt.date(2023, 12, 18)),
    ("Wednesday", PUB, PUB),
    ("yesterday", PUB, dt.date(2023, 12, 19)),
    ("today", PUB, PUB),
    ("tomorrow", PUB, dt.date(2023, 12, 21)),
    ("last week", PUB, None),
    ("earlier this month", PUB, None),
    ("for two weeks", PUB, None),
    ("on Monday", None, None),
])
def test_timex_resolve(expr, published, expected):
    assert resolve(expr, published) == expected


@pytest.mark.parametrize("text,kind", [
    ("They talked for two weeks.", "duration"),
    ("It happened 25 years after the war.", "duration"),
    ("It grew in mid-2022.", "vague"),
    ("He left last week.", "relative"),
    ("She spoke on Monday.", "weekday"),
    ("In March 2020 it began.", "month"),
])
def test_timex_find_times_kinds(text, kind):
    refs = find_times(text, PUB)
    assert [r.kind for r in refs] == [kind]
    assert all(text[r.start:r.end] == r.text for r in refs)
