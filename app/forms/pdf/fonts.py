"""The bundled fonts, and the choice of font for each character of a text.

No single free font covers both every Latin name (Łukasz, Dvořák, Şahin) and
Chinese, so a text is cut into runs: each character goes to the first face of
a chain that has a glyph for it. Noto Sans comes first (its Latin is the
better one), then Noto Sans CJK SC. Nothing here looks at the fonts of the
machine: a form renders the same everywhere (resources/fonts/README.md).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.resources import resource_path

# Registered names (ReportLab keeps one global registry per process).
SANS: Final = "CA-NotoSans"
SANS_BOLD: Final = "CA-NotoSans-Bold"
SC: Final = "CA-NotoSansSC"
SC_BOLD: Final = "CA-NotoSansSC-Bold"

_FILES: Final = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SC: "NotoSansSC-Regular.ttf",
    SC_BOLD: "NotoSansSC-Bold.ttf",
}
# The bold CJK face holds only the characters of the shipped content; a heading
# from a newer definition falls back to the regular face rather than to nothing.
REGULAR_CHAIN: Final = (SANS, SC)
BOLD_CHAIN: Final = (SANS_BOLD, SC_BOLD, SC)

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def font_file(name: str) -> Path:
    return resource_path("fonts", _FILES[name])


def register_fonts() -> None:
    """Load the bundled faces into ReportLab, once per process (thread-safe)."""
    if _coverage:
        return
    with _lock:
        if _coverage:
            return
        loaded: dict[str, frozenset[int]] = {}
        for name in _FILES:
            font = TTFont(name, str(font_file(name)))
            pdfmetrics.registerFont(font)
            loaded[name] = frozenset(font.face.charToGlyph)
        _coverage.update(loaded)


def _ignorable(char: str) -> bool:
    # Line breaks and spaces take no glyph decision of their own: they stay in
    # the run around them, so a name is not cut into three runs by its spaces.
    return char in "\n\t " or ord(char) < 0x20


def covered(char: str) -> bool:
    register_fonts()
    return _ignorable(char) or any(ord(char) in faces for faces in _coverage.values())


def missing_characters(text: str) -> set[str]:
    """Characters no bundled face can draw (they would show as an empty box)."""
    return {char for char in text if not covered(char)}


@dataclass(frozen=True, slots=True)
class Run:
    font: str
    text: str


def runs(text: str, chain: tuple[str, ...] = REGULAR_CHAIN) -> Iterator[Run]:
    register_fonts()
    current: str | None = None
    buffer: list[str] = []
    for char in text:
        if not _ignorable(char):
            code = ord(char)
            face = next((name for name in chain if code in _coverage[name]), chain[0])
            if current is not None and face != current:
                yield Run(current, "".join(buffer))
                buffer = []
            current = face
        buffer.append(char)
    if buffer:
        yield Run(current or chain[0], "".join(buffer))


def markup(text: str, chain: tuple[str, ...] = REGULAR_CHAIN) -> str:
    """Paragraph markup for `text`: escaped, one <font> per run, line breaks kept."""
    parts = []
    for run in runs(text, chain):
        body = escape(run.text).replace("\n", "<br/>")
        parts.append(f'<font face="{run.font}">{body}</font>')
    return "".join(parts)


def text_width(text: str, size: float, chain: tuple[str, ...] = REGULAR_CHAIN) -> float:
    return float(sum(pdfmetrics.stringWidth(run.text, run.font, size)
                     for run in runs(text, chain)))


def draw_text(canvas: Canvas, x: float, y: float, text: str, size: float,
              chain: tuple[str, ...] = REGULAR_CHAIN, anchor: str = "left") -> None:
    """One line of text on a canvas, each run in the face that can draw it."""
    if anchor != "left":
        width = text_width(text, size, chain)
        x -= width / 2 if anchor == "centre" else width
    for run in runs(text, chain):
        canvas.setFont(run.font, size)
        canvas.drawString(x, y, run.text)
        x += pdfmetrics.stringWidth(run.text, run.font, size)
