"""Plan values for tests: hypothesis strategies for any input, and one fully filled plan."""

from typing import Any

from hypothesis import strategies as st

from py_widgets.template import Field, Template

# Markup and characters that would break a document if any renderer forgot to escape or clean.
HOSTILE = st.sampled_from(
    [
        "<script>alert(1)</script>",
        "<b>fet</b>",
        '<img src="https://x.example/p.png">',
        "&amp; &lt; &#0;",
        "]]>",
        "\"'`",
        "<!-- -->",
        "\x00\x01\x0b\x0c\x1b\x7f",
        "\ufffe\uffff",
        "BEGIN:VEVENT\nSUMMARY:x",
        "a;b,c\\d",
        "krisesenter",
    ]
)
USER_TEXT = st.one_of(st.text(), HOSTILE, st.tuples(st.text(), HOSTILE, st.text()).map("".join))
DATES = st.dates().map(lambda d: d.isoformat())
TIMES = st.times().map(lambda t: f"{t.hour:02d}:{t.minute:02d}")


def field_values(f: Field, text: st.SearchStrategy[str] = USER_TEXT) -> st.SearchStrategy[Any]:
    """Any value a form or a draft could hold for this field."""
    if f.kind == "multichoice":
        return st.lists(st.one_of(st.sampled_from([o.value for o in f.options]), text), max_size=4)
    if f.kind == "group":
        rows = st.fixed_dictionaries({c.id: field_values(c, text) for c in f.fields})
        return st.lists(rows, max_size=min(f.max_items, 3))
    if f.kind == "date":
        return st.one_of(DATES, text)
    if f.kind == "time":
        return st.one_of(TIMES, text)
    if f.options:
        return st.one_of(st.sampled_from([o.value for o in f.options]), text)
    return text


def form_value(f: Field, text: st.SearchStrategy[str] = USER_TEXT) -> st.SearchStrategy[Any]:
    """Any value the form itself can hold: free text anywhere text is typed, real dates and
    times, and only the template's options."""
    if f.kind == "group":
        rows = st.fixed_dictionaries({c.id: form_value(c, text) for c in f.fields})
        return st.lists(rows, max_size=min(f.max_items, 3))
    if f.kind == "multichoice":
        return st.lists(st.sampled_from([o.value for o in f.options]), max_size=4, unique=True)
    if f.kind in ("date", "time"):
        return st.one_of(st.just(""), DATES if f.kind == "date" else TIMES)
    if f.options:
        return st.one_of(st.just(""), st.sampled_from([o.value for o in f.options]))
    if f.max_length:  # the browser stops typing at maxlength
        return text.map(lambda typed: typed[: f.max_length])
    return text


def form_values(
    template: Template, text: st.SearchStrategy[str] = USER_TEXT
) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({f.id: form_value(f, text) for f in template.fields()})


def plan_values(
    template: Template, text: st.SearchStrategy[str] = USER_TEXT
) -> st.SearchStrategy[dict[str, Any]]:
    return st.fixed_dictionaries({f.id: field_values(f, text) for f in template.fields()})


def filled_values(template: Template) -> dict[str, Any]:
    """Every field filled: text says which field it is in, so a document can be searched for it."""
    values: dict[str, Any] = {}
    for f in template.fields():
        if f.kind == "group":
            values[f.id] = [
                {c.id: _sample(c, f"{f.id}-{n}-{c.id}") for c in f.fields} for n in (1, 2)
            ]
        else:
            values[f.id] = _sample(f, f.id)
    return values


def _sample(f: Field, key: str) -> Any:
    if f.kind == "multichoice":
        return [o.value for o in f.options]
    if f.options:
        return f.options[-1].value
    if f.kind == "date":
        return "2027-03-14"
    if f.kind == "time":
        return "10:15"
    if f.kind == "textarea":
        return f"Første linje i {key} <æøå>\nAndre linje i {key}"
    return f"Svar {key} «Åse» & <b>"
