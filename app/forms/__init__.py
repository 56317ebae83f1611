"""Government forms as data, and the page flow that fills them (no Qt here).

- Definitions: `load_definitions()`, `load_definition(id)`, `load_example(id)`;
  the format is `definition.FormDefinition` (resources/forms/ID.json).
- The flow: `FormFlow(definition, Prefill(...), language)` and its views.
- Answer documents: `answers_schema(definition)`, `validate_answers(...)`,
  `fill_from_answers(...)` for a non-interactive fill (`form fill`).
- Drafts: `EncryptedDraftStore` on disk, `MemoryDraftStore` for kiosks.
- The signed document: `app.forms.pdf` (render, attach the answers) and
  `app.forms.signing` (the card-backed pyHanko signer, PAdES B-T/B-LT); the
  gateway's current definition with the bundled one as fallback:
  `app.forms.sources.current_definition`.
"""

from app.forms.answers_schema import FORMAT_CHECKER, answers_schema
from app.forms.definition import FormDefinition
from app.forms.display import document_summary, show_money, show_value
from app.forms.drafts import (
    Draft,
    DraftError,
    DraftStore,
    EncryptedDraftStore,
    MemoryDraftStore,
    autosave,
)
from app.forms.fill import FillResult, fill_from_answers
from app.forms.flow import FlowError, FormFlow, IncompleteError
from app.forms.loader import (
    UnknownFormError,
    definition_document,
    form_ids,
    load_definition,
    load_definitions,
    load_example,
)
from app.forms.prefill import Prefill
from app.forms.problems import Problem
from app.forms.questions import PrefillMode, Question
from app.forms.state import SUMMARY, FlowState
from app.forms.validation import validate_answers
from app.forms.values import DONT_KNOW, JsonValue
from app.forms.views import (
    OptionView,
    PageView,
    QuestionMode,
    QuestionView,
    SummaryRow,
    SummarySection,
    SummaryView,
    TaskStatus,
    TaskView,
)

__all__ = [
    "DONT_KNOW", "FORMAT_CHECKER", "SUMMARY", "Draft", "DraftError", "DraftStore",
    "EncryptedDraftStore",
    "FillResult", "FlowError", "FlowState", "FormDefinition", "FormFlow", "IncompleteError",
    "JsonValue", "MemoryDraftStore", "OptionView", "PageView", "Prefill", "PrefillMode",
    "Problem", "Question", "QuestionMode", "QuestionView", "SummaryRow", "SummarySection",
    "SummaryView", "TaskStatus", "TaskView", "UnknownFormError", "answers_schema", "autosave",
    "definition_document", "document_summary", "fill_from_answers", "form_ids", "load_definition",
    "load_definitions", "load_example", "show_money", "show_value", "validate_answers",
]
