"""Names of the form's controls, shared by the form (build), the page's script and Python.

A top-level field's key is its id; a field in a repeating group is `group.index.child`.
The form's row template uses the placeholders, which the script replaces for each new row.
"""

ROW_INDEX = "%i%"  # the row's index in the key: "tjenester.%i%.frist"
ROW_NUMBER = "%n%"  # the row's number as people count (1, 2, …) in its heading


def field_key(group_id: str, index: int | str, child_id: str) -> str:
    """The key of a field in a group row: ("tjenester", 0, "frist") -> "tjenester.0.frist"."""
    return f"{group_id}.{index}.{child_id}"
