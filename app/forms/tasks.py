"""The task list of a long form (GOV.UK): one task per section, with its status.

A section that reads answers of another one (through a condition or an
`answers.` default) cannot start before that one is completed; otherwise the
person may do the tasks in any order. A section none of whose pages applies now
is left out of the list.
"""

from __future__ import annotations

from collections.abc import Collection

from app.forms.definition import FormDefinition, Page
from app.forms.views import TaskStatus, TaskView


def section_dependencies(definition: FormDefinition, section_id: str) -> set[str]:
    """The other sections whose answers this section's conditions and defaults read."""
    referenced: set[str] = set()
    for page in definition.pages:
        if page.section != section_id:
            continue
        if page.condition is not None:
            referenced |= page.condition.questions()
        for question in page.questions:
            source = question.prefill.source if question.prefill else ""
            if source.startswith("answers."):
                referenced.add(source.removeprefix("answers."))
    sections = {definition.page_of(question_id).section for question_id in referenced}
    return {s for s in sections if s is not None and s != section_id}


def _status(pages: list[Page], done: Collection[str], touched: Collection[str],
            blocked: bool) -> TaskStatus:
    if blocked:
        return TaskStatus.CANNOT_START_YET
    finished = [page.id in done for page in pages]
    if all(finished):
        return TaskStatus.COMPLETED
    started = any(finished) or any(q.id in touched for p in pages for q in p.questions)
    return TaskStatus.IN_PROGRESS if started else TaskStatus.NOT_STARTED


def task_list(definition: FormDefinition, visible: list[Page], done: Collection[str],
              touched: Collection[str], language: str) -> list[TaskView]:
    """`done`: pages completed; `touched`: questions the person typed something into."""
    if not definition.sections:
        return [TaskView(definition.id, definition.title.text(language),
                         _status(visible, done, touched, blocked=False))]
    status_of: dict[str, TaskStatus] = {}
    tasks: list[TaskView] = []
    for section in definition.sections:
        pages = [page for page in visible if page.section == section.id]
        if not pages:
            status_of[section.id] = TaskStatus.COMPLETED  # nothing to do there now
            continue
        blocked = any(status_of.get(dependency) is not TaskStatus.COMPLETED
                      for dependency in section_dependencies(definition, section.id))
        status_of[section.id] = _status(pages, done, touched, blocked)
        tasks.append(TaskView(section.id, section.title.text(language), status_of[section.id]))
    return tasks
