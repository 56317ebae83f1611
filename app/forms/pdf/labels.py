"""The few fixed words a rendered form carries, in the five languages of the program.

The questions, answers and titles come from the form definition; these are the
words around them that a paper form prints (who submits, the signature block,
the page footer). `scripts/build_fonts.py` reads this file to make sure the
bundled fonts hold every character used here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from app.text import pick


def _t(en: str, nl: str, fr: str, de: str, zh: str) -> dict[str, str]:
    return {"en": en, "nl": nl, "fr": fr, "de": de, "zh": zh}


LABELS: Final[Mapping[str, Mapping[str, str]]] = {
    "country": _t("Kingdom of Belgium", "Koninkrijk België", "Royaume de Belgique",
                  "Königreich Belgien", "比利时王国"),
    "form_ref": _t("Form {form}, version {version}", "Formulier {form}, versie {version}",
                   "Formulaire {form}, version {version}", "Formular {form}, Version {version}",
                   "表格 {form}，第 {version} 版"),
    "applicant": _t("Submitted by", "Ingediend door", "Introduit par", "Eingereicht von",
                    "提交人"),
    "name": _t("Name", "Naam", "Nom", "Name", "姓名"),
    "national_number": _t("National number", "Rijksregisternummer", "Numéro national",
                          "Nationalregisternummer", "国民号码"),
    "answers": _t("Your answers", "Uw antwoorden", "Vos réponses", "Ihre Angaben",
                  "您的回答"),
    "fee": _t("Fee", "Retributie", "Redevance", "Gebühr", "费用"),
    "fee_line": _t("{amount}, {purpose}", "{amount}, {purpose}", "{amount}, {purpose}",
                   "{amount}, {purpose}", "{amount}，{purpose}"),
    "signature_heading": _t("Declaration and signature", "Verklaring en handtekening",
                            "Déclaration et signature", "Erklärung und Unterschrift",
                            "声明与签名"),
    "declaration": _t(
        "I declare that the information in this form is correct and complete. I sign it "
        "with my Belgian eID card; this electronic signature has the same value as a "
        "handwritten one.",
        "Ik verklaar dat de gegevens in dit formulier juist en volledig zijn. Ik onderteken "
        "het met mijn Belgische eID-kaart; deze elektronische handtekening heeft dezelfde "
        "waarde als een handgeschreven handtekening.",
        "Je déclare que les informations de ce formulaire sont exactes et complètes. Je le "
        "signe avec ma carte eID belge ; cette signature électronique a la même valeur "
        "qu'une signature manuscrite.",
        "Ich erkläre, dass die Angaben in diesem Formular richtig und vollständig sind. Ich "
        "unterschreibe es mit meiner belgischen eID-Karte; diese elektronische Unterschrift "
        "hat denselben Wert wie eine handschriftliche.",
        "本人声明本表格所填信息真实、完整。本人使用比利时 eID 卡签署本表格；"
        "此电子签名与手写签名具有同等效力。"),
    "date": _t("Date", "Datum", "Date", "Datum", "日期"),
    "signature": _t("Signature", "Handtekening", "Signature", "Unterschrift", "签名"),
    "signature_hint": _t("Signed electronically with the eID card",
                         "Elektronisch ondertekend met de eID-kaart",
                         "Signé électroniquement avec la carte eID",
                         "Elektronisch unterschrieben mit der eID-Karte",
                         "使用 eID 卡进行电子签名"),
    "attachment_note": _t(
        "The answers are also attached to this document (answers.json); the signature "
        "covers the page and the attachment alike.",
        "De antwoorden zijn ook bij dit document gevoegd (answers.json); de handtekening "
        "dekt de pagina's en de bijlage.",
        "Les réponses sont aussi jointes à ce document (answers.json) ; la signature couvre "
        "les pages comme la pièce jointe.",
        "Die Angaben sind diesem Dokument auch beigefügt (answers.json); die Unterschrift "
        "deckt die Seiten und den Anhang.",
        "回答也以附件形式（answers.json）附在本文件中；签名同时涵盖页面和附件。"),
    "page": _t("Page {page} of {pages}", "Pagina {page} van {pages}", "Page {page} sur {pages}",
               "Seite {page} von {pages}", "第 {page} 页，共 {pages} 页"),
    "created": _t("Made on {date} with Citizen Assistant",
                  "Gemaakt op {date} met Citizen Assistant",
                  "Établi le {date} avec Citizen Assistant",
                  "Erstellt am {date} mit Citizen Assistant",
                  "{date} 由 Citizen Assistant 生成"),
    "signer_reason": _t("I sign this form", "Ik onderteken dit formulier",
                        "Je signe ce formulaire", "Ich unterschreibe dieses Formular",
                        "本人签署本表格"),
    "stamp": _t("Signed by {name}\n{date}", "Ondertekend door {name}\n{date}",
                "Signé par {name}\n{date}", "Unterschrieben von {name}\n{date}",
                "签名人：{name}\n{date}"),
}


def label(key: str, language: str, **values: object) -> str:
    text = pick(LABELS[key], language)
    return text.format(**values) if values else text
