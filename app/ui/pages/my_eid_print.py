"""The card's data as a printable page (HTML for QTextDocument)."""

from __future__ import annotations

import base64
from datetime import date
from html import escape

from app.cardreader.model import EidData
from app.ui.i18n import translate
from app.ui.pages.my_eid_view import show_card_date, show_date


def card_html(data: EidData, language: str, today: date) -> str:
    identity, address = data.identity, data.address
    rows = [
        (translate("MyEid", "Surname"), identity.surname),
        (translate("MyEid", "First names"), identity.first_names),
        (translate("MyEid", "Date of birth"), show_card_date(identity.date_of_birth, language)),
        (translate("MyEid", "Place of birth"), identity.birth_place),
        (translate("MyEid", "Nationality"), identity.nationality),
        (translate("MyEid", "National number"), identity.national_number),
        (translate("MyEid", "Street and number"), address.street_and_number),
        (translate("MyEid", "Postcode and town"),
         " ".join(p for p in (address.zip, address.municipality) if p)),
        (translate("MyEid", "Card number"), identity.card_number),
        (translate("MyEid", "Valid from"), show_date(identity.validity_begin_date, language)),
        (translate("MyEid", "Valid until"), show_date(identity.validity_end_date, language)),
    ]
    photo = ""
    if data.photo:
        encoded = base64.b64encode(data.photo).decode("ascii")
        photo = f'<img src="data:image/jpeg;base64,{encoded}" height="160"/>'
    if data.source == "file":
        status = translate("MyEid", "Opened from a file: nothing in it was verified.")
    elif data.verified:
        status = translate("MyEid", "Read from the card; its data is signed by the National "
                                    "Register.")
    else:
        status = translate("MyEid", "This card's data could not be confirmed.")
    body = "".join(f"<tr><td><b>{escape(label)}</b></td><td>{escape(value or '—')}</td></tr>"
                   for label, value in rows)
    printed = translate("MyEid", "Printed on {date}").format(date=show_date(today, language))
    return (f"<h1>{escape(translate('MyEid', 'My eID'))}</h1>{photo}"
            f"<table cellpadding='4'>{body}</table>"
            f"<p>{escape(status)}</p><p>{escape(printed)}</p>")
