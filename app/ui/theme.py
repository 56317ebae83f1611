"""Colours, text size and focus style: the normal theme and the high-contrast one.

Both themes are declared as data so that a test can check every pair of
foreground and background used (WCAG 1.4.3: at least 4.5:1 for text; 1.4.11:
3:1 for borders and the focus ring). The application applies a theme as a
QPalette (for widgets that paint themselves, such as the road: use
`self.palette()`) and as one style sheet.

Style names pages may use (`widget.setObjectName(...)`):
  QLabel    heading, subheading, hint, error, warning, success, status
  QPushButton  primary (the one main action of a page), link (a text link),
               danger (an action that cannot be undone), nav (navigation rail)
  QFrame    panel (a framed group), errorSummary ("There is a problem")
Focus is always a thick yellow-and-black (or cyan) mark, never colour alone.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication


class Theme(NamedTuple):
    """The colours of one theme. A NamedTuple: one of the first classes a start
    defines, at a sixth of a frozen dataclass's cost."""

    name: str
    window: str
    text: str
    muted: str  # hints, secondary text
    panel: str  # framed groups, the navigation rail
    border: str  # input borders (non-text contrast >= 3:1)
    primary: str
    on_primary: str
    link: str
    focus: str  # the focus mark's background
    on_focus: str
    focus_border: str
    focus_ring: str  # the border of a focused input field
    error: str
    success: str
    warning_bg: str
    warning_text: str
    selection: str
    on_selection: str
    disabled: str

    def text_pairs(self) -> list[tuple[str, str, str]]:
        """(what, foreground, background) for every text drawn on a colour."""
        return [
            ("text on window", self.text, self.window),
            ("text on panel", self.text, self.panel),
            ("hint on window", self.muted, self.window),
            ("hint on panel", self.muted, self.panel),
            ("link on window", self.link, self.window),
            ("link on panel", self.link, self.panel),
            ("primary button", self.on_primary, self.primary),
            ("focused control", self.on_focus, self.focus),
            ("error on window", self.error, self.window),
            ("success on window", self.success, self.window),
            ("warning", self.warning_text, self.warning_bg),
            ("selection", self.on_selection, self.selection),
            ("disabled on window", self.disabled, self.window),
        ]

    def ui_pairs(self) -> list[tuple[str, str, str]]:
        """(what, colour, background) for borders and marks (>= 3:1)."""
        return [
            ("input border", self.border, self.window),
            ("focus border", self.focus_border, self.window),
            ("focus ring", self.focus_ring, self.window),
            ("primary button edge", self.primary, self.window),
        ]


LIGHT = Theme(
    name="light",
    window="#ffffff", text="#0b0c0c", muted="#484f53", panel="#f3f2f1", border="#6f777b",
    primary="#1f4e8c", on_primary="#ffffff", link="#1a5ea8",
    focus="#ffdd00", on_focus="#0b0c0c", focus_border="#0b0c0c", focus_ring="#0b0c0c",
    error="#b0281a", success="#00703c", warning_bg="#fff4c2", warning_text="#0b0c0c",
    selection="#1f4e8c", on_selection="#ffffff", disabled="#595f63",
)

HIGH_CONTRAST = Theme(
    name="high-contrast",
    window="#000000", text="#ffffff", muted="#e8e8e8", panel="#1a1a1a", border="#ffffff",
    primary="#ffff00", on_primary="#000000", link="#ffff00",
    focus="#00ffff", on_focus="#000000", focus_border="#ffffff", focus_ring="#00ffff",
    error="#ff9a8a", success="#7dff9a", warning_bg="#ffff00", warning_text="#000000",
    selection="#00ffff", on_selection="#000000", disabled="#c0c0c0",
)


def theme_for(high_contrast: bool) -> Theme:
    return HIGH_CONTRAST if high_contrast else LIGHT


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an sRGB colour."""
    c = QColor(colour)

    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(foreground: str, background: str) -> float:
    a, b = sorted((luminance(foreground), luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def palette(theme: Theme) -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window, QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.window, QPalette.ColorRole.AlternateBase: theme.panel,
        QPalette.ColorRole.Text: theme.text, QPalette.ColorRole.Button: theme.panel,
        QPalette.ColorRole.ButtonText: theme.text, QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.on_selection,
        QPalette.ColorRole.Link: theme.link, QPalette.ColorRole.LinkVisited: theme.link,
        QPalette.ColorRole.ToolTipBase: theme.panel, QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.muted, QPalette.ColorRole.Mid: theme.border,
        QPalette.ColorRole.Dark: theme.border, QPalette.ColorRole.Light: theme.panel,
        QPalette.ColorRole.Midlight: theme.panel, QPalette.ColorRole.Shadow: theme.text,
        QPalette.ColorRole.BrightText: theme.error,
    }
    for role, colour in roles.items():
        p.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled))
    return p


def style_sheet(theme: Theme, scale: int) -> str:
    """One style sheet for the whole program; sizes follow the text scale."""
    def pt(size: float) -> str:
        return f"{size * scale / 100:.1f}pt"

    t = theme
    return f"""
QLabel#heading {{ font-size: {pt(20)}; font-weight: bold; }}
QLabel#subheading {{ font-size: {pt(14)}; font-weight: bold; }}
QLabel#hint {{ color: {t.muted}; }}
QLabel#error {{ color: {t.error}; font-weight: bold; }}
QLabel#success {{ color: {t.success}; font-weight: bold; }}
QLabel#warning {{ background: {t.warning_bg}; color: {t.warning_text}; padding: 8px;
                  border-left: 6px solid {t.focus_border}; }}
QLabel#status {{ font-size: {pt(12)}; }}
QFrame#panel {{ background: {t.panel}; border: 1px solid {t.border}; border-radius: 4px; }}
QFrame#errorSummary {{ border: 4px solid {t.error}; padding: 8px; }}
QPushButton {{ background: {t.panel}; color: {t.text}; border: 2px solid {t.border};
               border-radius: 4px; padding: 8px 16px; min-height: 28px; }}
QPushButton#primary {{ background: {t.primary}; color: {t.on_primary};
                       border-color: {t.primary}; font-weight: bold; }}
QPushButton#danger {{ background: {t.window}; color: {t.error}; border-color: {t.error}; }}
QPushButton#link {{ background: transparent; color: {t.link}; border: 2px solid transparent;
                    text-decoration: underline; padding: 4px; text-align: left; }}
QPushButton#link QLabel#linkText {{ background: transparent; color: {t.link}; }}
QPushButton#link QLabel#linkText[focused="true"] {{ color: {t.on_focus}; }}
QPushButton#nav {{ background: transparent; color: {t.text}; border: 2px solid transparent;
                   text-align: left; padding: 10px 12px; }}
QPushButton#nav:checked {{ background: {t.selection}; color: {t.on_selection};
                           border-left: 6px solid {t.focus_border}; }}
QPushButton:focus, QPushButton#primary:focus, QPushButton#link:focus,
QPushButton#nav:focus, QPushButton#danger:focus, QPushButton#nav:checked:focus {{
    background: {t.focus}; color: {t.on_focus}; border: 3px solid {t.focus_border}; }}
QPushButton:disabled {{ color: {t.disabled}; }}
QLineEdit, QComboBox, QSpinBox, QPlainTextEdit, QTextEdit, QListWidget, QTreeWidget,
QTableWidget {{ background: {t.window}; color: {t.text}; border: 2px solid {t.border};
                padding: 4px; selection-background-color: {t.selection};
                selection-color: {t.on_selection}; }}
QLineEdit:focus, QComboBox:focus, QSpinBox:focus, QPlainTextEdit:focus, QTextEdit:focus,
QListWidget:focus, QTreeWidget:focus, QTableWidget:focus {{
    border: 4px solid {t.focus_ring}; background: {t.window}; }}
QCheckBox, QRadioButton {{ padding: 4px; border: 3px solid transparent; }}
QCheckBox:focus, QRadioButton:focus {{ background: {t.focus}; color: {t.on_focus};
                                      border: 3px solid {t.focus_border}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 20px; height: 20px; }}
QSlider:focus {{ background: {t.focus}; }}
QToolTip {{ background: {t.panel}; color: {t.text}; border: 1px solid {t.border}; }}
QStatusBar {{ color: {t.text}; }}
"""


def apply(app: QApplication, high_contrast: bool, scale: int) -> Theme:
    theme = theme_for(high_contrast)
    app.setPalette(palette(theme))
    font = QFont(app.font())
    font.setPointSizeF(11 * scale / 100)
    app.setFont(font)
    app.setStyleSheet(style_sheet(theme, scale))
    return theme


def colour_fields(theme: Theme) -> dict[str, str]:
    return {name: value for name, value in theme._asdict().items() if name != "name"}
