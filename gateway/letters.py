"""The documents government sends back, rendered as PDF (reportlab).

Three templates: an acknowledgement of receipt for every case, and two
certificates the demo issues at once (a proof of residence, an extract of a
birth certificate). Official documents are issued in a national language (or
English); a case filed in Chinese gets its letters in English.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from app.resources import resource_path

LETTER_LANGUAGES = ("en", "nl", "fr", "de")

TITLES: dict[str, dict[str, str]] = {
    "acknowledgement": {
        "en": "Acknowledgement of receipt", "nl": "Ontvangstbevestiging",
        "fr": "Accusé de réception", "de": "Empfangsbestätigung", "zh": "收件回执",
    },
    "proof-of-residence": {
        "en": "Proof of residence", "nl": "Bewijs van woonst",
        "fr": "Certificat de résidence", "de": "Wohnsitzbescheinigung", "zh": "居住证明",
    },
    "birth-extract": {
        "en": "Extract of birth certificate", "nl": "Uittreksel uit de geboorteakte",
        "fr": "Extrait d'acte de naissance", "de": "Auszug aus der Geburtsurkunde",
        "zh": "出生证明摘录",
    },
}

_BODY: dict[str, dict[str, str]] = {
    "acknowledgement": {
        "en": "We received your signed form \"{form}\" on {date}. Your case reference is "
              "{reference}. Quote it in any contact about this case.",
        "nl": "We hebben uw ondertekend formulier \"{form}\" ontvangen op {date}. Uw "
              "dossiernummer is {reference}. Vermeld het bij elk contact over dit dossier.",
        "fr": "Nous avons reçu votre formulaire signé « {form} » le {date}. La référence de "
              "votre dossier est {reference}. Mentionnez-la pour tout contact à ce sujet.",
        "de": "Wir haben Ihr unterschriebenes Formular „{form}“ am {date} erhalten. Ihr "
              "Aktenzeichen lautet {reference}. Bitte geben Sie es bei jeder Rückfrage an.",
    },
    "proof-of-residence": {
        "en": "The population register certifies that {name}, national number {nn}, is "
              "registered at the address below.",
        "nl": "Het bevolkingsregister verklaart dat {name}, rijksregisternummer {nn}, "
              "ingeschreven is op het onderstaande adres.",
        "fr": "Le registre de la population certifie que {name}, numéro de registre national "
              "{nn}, est inscrit(e) à l'adresse ci-dessous.",
        "de": "Das Bevölkerungsregister bescheinigt, dass {name}, Nationalregisternummer {nn}, "
              "unter der folgenden Adresse gemeldet ist.",
    },
    "birth-extract": {
        "en": "The civil registry certifies that a birth certificate is recorded for {name}, "
              "national number {nn}.",
        "nl": "De burgerlijke stand verklaart dat voor {name}, rijksregisternummer {nn}, een "
              "geboorteakte is opgemaakt.",
        "fr": "L'état civil certifie qu'un acte de naissance est enregistré pour {name}, "
              "numéro de registre national {nn}.",
        "de": "Das Standesamt bescheinigt, dass für {name}, Nationalregisternummer {nn}, eine "
              "Geburtsurkunde eingetragen ist.",
    },
}


@dataclass(frozen=True, slots=True)
class LetterData:
    template: str
    language: str
    reference: str
    form_title: str
    citizen_name: str
    national_number: str
    issued_at: datetime
    # Extra lines printed as they are (an address for a proof of residence).
    lines: tuple[str, ...] = ()


def letter_language(language: str) -> str:
    return language if language in LETTER_LANGUAGES else "en"


@cache
def _font() -> str:
    candidates = [*sorted(resource_path("fonts").glob("*.ttf")),
                  Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")]
    for path in candidates:
        if path.is_file():
            pdfmetrics.registerFont(TTFont("LetterFont", str(path)))
            return "LetterFont"
    return "Helvetica"


def render_letter(data: LetterData) -> bytes:
    lang = letter_language(data.language)
    font = _font()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True)
    title = TITLES[data.template][lang]
    canvas.setTitle(title)
    canvas.setAuthor("Citizen Assistant reference gateway (demo)")
    width, height = A4
    y = height - 30 * mm
    canvas.setFont(font, 9)
    canvas.drawString(20 * mm, y, "Citizen Assistant - DEMO / TEST PKI - no legal value")
    y -= 15 * mm
    canvas.setFont(font, 18)
    canvas.drawString(20 * mm, y, title)
    y -= 12 * mm
    canvas.setFont(font, 11)
    body = _BODY[data.template][lang].format(
        form=data.form_title, date=data.issued_at.date().isoformat(),
        reference=data.reference, name=data.citizen_name, nn=data.national_number)
    for line in _wrap(body, font, 11, width - 40 * mm):
        canvas.drawString(20 * mm, y, line)
        y -= 6 * mm
    y -= 4 * mm
    for line in data.lines:
        canvas.drawString(30 * mm, y, line)
        y -= 6 * mm
    y -= 8 * mm
    canvas.setFont(font, 9)
    issued = data.issued_at.isoformat(timespec="seconds")
    canvas.drawString(20 * mm, y, f"{data.reference} · {issued} UTC")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if pdfmetrics.stringWidth(candidate, font, size) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    return lines
