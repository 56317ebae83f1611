"""Accessibility checks any GUI test can run on a widget tree (WCAG 4.1.2, 2.4.3, 2.4.7).

    problems = unnamed_controls(page)      # every control: accessible name and description
    chain = focus_chain(window)            # what Tab visits, in order
    problems = reading_order(chain, page)  # Tab follows the page top to bottom
    assert focus_visible(widget)           # the focused look differs clearly
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QImage
from PySide6.QtWidgets import QApplication, QWidget

# Controls smaller than this are not checked for reading order (scroll bars and such).
ROW_TOLERANCE = 12


def is_control(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() \
        and widget.isEnabled()


def controls(root: QWidget) -> list[QWidget]:
    found = [root] if is_control(root) else []
    found += [w for w in root.findChildren(QWidget) if is_control(w)]
    return found


def accessible_text(widget: QWidget, which: QAccessible.Text) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(which) if interface is not None else ""


def describe_widget(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or '-'}, " \
           f"{accessible_text(widget, QAccessible.Text.Name)!r})"


def unnamed_controls(root: QWidget) -> list[str]:
    problems = []
    for widget in controls(root):
        if not accessible_text(widget, QAccessible.Text.Name).strip():
            problems.append(f"{describe_widget(widget)} has no accessible name")
        if not accessible_text(widget, QAccessible.Text.Description).strip():
            problems.append(f"{describe_widget(widget)} has no accessible description")
    return problems


def focus_chain(window: QWidget) -> list[QWidget]:
    """The controls Tab visits from `window`, once round (Qt's focus chain)."""
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(5000):
        if widget is window:
            break
        if is_control(widget) and widget.window() is window and widget not in chain:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def position(widget: QWidget, root: QWidget) -> QPoint:
    return widget.mapTo(root, QPoint(0, 0))


def reading_order(chain: list[QWidget], region: QWidget) -> list[str]:
    """Within `region`, each control Tab reaches next is below the previous one, or on
    the same row to its right."""
    inside = [w for w in chain if region.isAncestorOf(w) or w is region]
    problems = []
    for before, after in pairwise(inside):
        a, b = position(before, region), position(after, region)
        same_row = abs(a.y() - b.y()) <= ROW_TOLERANCE
        if (same_row and b.x() < a.x()) or (not same_row and b.y() < a.y()):
            problems.append(f"Tab goes from {describe_widget(before)} at {a.toTuple()} back to "
                            f"{describe_widget(after)} at {b.toTuple()}")
    return problems


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def focus_visible(widget: QWidget) -> bool:
    """Focusing `widget` changes at least as many pixels as a 2-pixel ring around it
    would (WCAG 2.4.13's measure of a focus indicator), not a faint dotted line."""
    widget.clearFocus()
    plain = _grab(widget).convertToFormat(QImage.Format.Format_RGB32)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    focused = _grab(widget).convertToFormat(QImage.Format.Format_RGB32)
    widget.clearFocus()
    if plain.size() != focused.size():
        return True
    before = memoryview(plain.constBits()).cast("I")
    after = memoryview(focused.constBits()).cast("I")
    changed = sum(1 for a, b in zip(before, after, strict=True) if a != b)
    ratio = plain.devicePixelRatio()
    ring = 2 * 2 * (plain.width() + plain.height()) / max(1.0, ratio)
    return changed >= ring
