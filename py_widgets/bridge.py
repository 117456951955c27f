"""The one module the plan page's script talks to: JSON text in, JSON text or bytes out.

It holds only the parsed template; every plan arrives with the call that needs it and is
gone when the call returns, so nothing typed stays in Python's memory.
"""

import importlib
import json
from typing import Any

from .draft import DraftError, open_draft
from .plan import plan_from_pairs
from .rules import evaluate_rules
from .template import parse_template
from .validation import validate


class PlanPage:
    """One plan page: its template, and the calls the page makes."""

    def __init__(self, template_json: str) -> None:
        self.template = parse_template(json.loads(template_json))

    def check(self, pairs_json: str) -> str:
        """Errors and rule notices for the form's current content."""
        plan = plan_from_pairs(self.template, _pairs(pairs_json))
        return json.dumps(
            {
                "errors": [{"key": e.key, "message": e.message} for e in validate(plan)],
                "notices": [
                    {"rule": n.rule, "target": n.target, "level": n.level, "message": n.message}
                    for n in evaluate_rules(plan)
                ],
            },
            ensure_ascii=False,
        )

    def prepare_documents(self) -> None:
        """Import the document renderers ahead of the first download.

        They are the slowest part of py_widgets to import, so the page calls this when it is
        idle, after it has said that it is ready.
        """
        importlib.import_module(".documents", __package__)

    def document(self, pairs_json: str, kind: str, options_json: str) -> dict[str, Any]:
        """One document made from the form: {filename, media_type, content} or {error}."""
        from .documents import DocumentError, Options, build_document  # see prepare_documents

        plan = plan_from_pairs(self.template, _pairs(pairs_json))
        options = json.loads(options_json)
        try:
            document = build_document(
                plan,
                kind,
                Options(
                    stem=str(options.get("stem", "")),
                    descriptive_titles=bool(options.get("descriptive_titles", False)),
                ),
            )
        except DocumentError as error:
            return {"error": str(error)}
        return {
            "filename": document.filename,
            "media_type": document.media_type,
            "content": document.content,
        }

    def review(self, pairs_json: str) -> str:
        """«Se over planen»: the overview and open points as HTML, with «Endre» links."""
        from .render.extract import build_agreement  # see prepare_documents
        from .render.review import render_review

        plan = plan_from_pairs(self.template, _pairs(pairs_json))
        return json.dumps({"html": render_review(build_agreement(plan))}, ensure_ascii=False)

    def open_draft(self, data: Any) -> str:
        """The form content of a draft file and warnings (what an older draft could not carry
        over), or the reason it cannot be opened."""
        raw = data.to_bytes() if hasattr(data, "to_bytes") else bytes(data)
        try:
            opened = open_draft(self.template, raw)
        except DraftError as error:
            return json.dumps({"error": str(error)}, ensure_ascii=False)
        return json.dumps(
            {
                "pairs": opened.plan.to_pairs(),
                "groups": opened.plan.group_sizes(),
                "warnings": list(opened.warnings),
            },
            ensure_ascii=False,
        )


def _pairs(pairs_json: str) -> list[tuple[str, str]]:
    return [(str(name), str(value)) for name, value in json.loads(pairs_json)]
