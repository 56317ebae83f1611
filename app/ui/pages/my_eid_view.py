"""What My eID shows of one `EidData`: identity, photo, address, card, checks, certificates.

Drawing only: built anew from the data (and the language) each time, so there
is no state to get out of step. Values are selectable, people copy numbers.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from cryptography import x509
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFormLayout, QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.cardreader.dates import CardDate
from app.cardreader.model import CERTIFICATE_ROLES, EidData
from app.cardreader.report import CHECKS
from app.lifepath.datefmt import plain
from app.lifepath.dates import Precision
from app.ui.i18n import translate


def show_date(day: date | None, language: str) -> str:
    return plain(day, Precision.DAY, language) if day is not None else "—"


def show_card_date(day: CardDate | None, language: str) -> str:
    if day is None:
        return "—"
    precision = (Precision.YEAR if day.month is None else
                 Precision.MONTH if day.day is None else Precision.DAY)
    return plain(date(day.year, day.month or 1, day.day or 1), precision, language)


def check_name(check: str) -> str:
    return {
        "photo_hash": translate("MyEid", "The photo is the one the National Register signed"),
        "identity_signature": translate("MyEid", "Identity signed by the National Register"),
        "address_signature": translate("MyEid", "Address signed by the National Register"),
        "rrn_chain": translate("MyEid", "The National Register's certificate is genuine"),
        "basic_key": translate("MyEid", "The chip proves it is the original card"),
    }[check]


def role_name(role: str) -> str:
    return {
        "authentication": translate("MyEid", "Authentication (logging in)"),
        "signature": translate("MyEid", "Signature"),
        "ca": translate("MyEid", "Citizen CA"),
        "root": translate("MyEid", "Belgium Root CA"),
        "rrn": translate("MyEid", "National Register"),
    }[role]


def _value(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _section(title: str) -> tuple[QFrame, QFormLayout]:
    frame = QFrame()
    frame.setObjectName("panel")
    outer = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setObjectName("subheading")
    outer.addWidget(heading)
    form = QFormLayout()
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
    outer.addLayout(form)
    return frame, form


def _common_name(certificate: x509.Certificate) -> str:
    names = certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    value = names[0].value if names else certificate.subject.rfc4514_string()
    return value if isinstance(value, str) else value.decode("utf-8", "replace")


def build_view(data: EidData, language: str, today: date) -> QWidget:
    view = QWidget()
    view.setObjectName("eidView")
    column = QVBoxLayout(view)
    identity, address = data.identity, data.address

    top = QHBoxLayout()
    photo = QLabel()
    pixmap = QPixmap()
    if data.photo and pixmap.loadFromData(data.photo):
        photo.setPixmap(pixmap.scaledToHeight(200, Qt.TransformationMode.SmoothTransformation))
    photo.setAccessibleName(translate("MyEid", "Photo on the card"))
    top.addWidget(photo, 0, Qt.AlignmentFlag.AlignTop)
    frame, form = _section(translate("MyEid", "Identity"))
    rows = [
        (translate("MyEid", "Surname"), identity.surname or "—"),
        (translate("MyEid", "First names"), " ".join(
            p for p in (identity.first_names, identity.third_name_initial) if p) or "—"),
        (translate("MyEid", "Date of birth"), show_card_date(identity.date_of_birth, language)),
        (translate("MyEid", "Place of birth"), identity.birth_place or "—"),
        (translate("MyEid", "Nationality"), identity.nationality or "—"),
        (translate("MyEid", "National number"), identity.national_number or "—"),
    ]
    if identity.noble_condition:
        rows.append((translate("MyEid", "Noble title"), identity.noble_condition))
    for label, value in rows:
        form.addRow(label, _value(value))
    top.addWidget(frame, 1)
    column.addLayout(top)

    frame, form = _section(translate("MyEid", "Address"))
    form.addRow(translate("MyEid", "Street and number"), _value(address.street_and_number or "—"))
    form.addRow(translate("MyEid", "Postcode and town"),
                _value(" ".join(p for p in (address.zip, address.municipality) if p) or "—"))
    column.addWidget(frame)

    frame, form = _section(translate("MyEid", "Card"))
    end = identity.validity_end_date
    form.addRow(translate("MyEid", "Card number"), _value(identity.card_number or "—"))
    form.addRow(translate("MyEid", "Chip number"), _value(data.chip_number or "—"))
    form.addRow(translate("MyEid", "Valid from"),
                _value(show_date(identity.validity_begin_date, language)))
    form.addRow(translate("MyEid", "Valid until"), _value(show_date(end, language)))
    form.addRow(translate("MyEid", "Issued by"), _value(identity.issuing_municipality or "—"))
    if data.info is not None:
        form.addRow(translate("MyEid", "Card software"), _value(data.info.applet_version))
    if end is not None and end < today:
        note = QLabel(translate("MyEid", "This card has expired. Ask your town hall for a new "
                                         "one."))
        note.setObjectName("warning")
        note.setWordWrap(True)
        form.addRow(note)
    elif end is not None and (end - today).days <= 90:
        note = QLabel(translate("MyEid", "This card expires soon. Your town hall will send you "
                                         "an invitation to renew it."))
        note.setObjectName("warning")
        note.setWordWrap(True)
        form.addRow(note)
    column.addWidget(frame)

    column.addWidget(_checks(data))
    column.addWidget(_certificates(data, language))
    column.addStretch(1)
    return view


def _checks(data: EidData) -> QFrame:
    frame, form = _section(translate("MyEid", "Is this card genuine?"))
    report = data.authenticity
    if report is None:
        form.addRow(_value(translate("MyEid", "Opened from a file: nothing in it was "
                                              "verified.")))
        return frame
    for check in CHECKS:
        result = getattr(report, check)
        if result is None:
            text = translate("MyEid", "Not applicable to this card")
            name = "hint"
        elif result:
            text = translate("MyEid", "✓ Yes")
            name = "success"
        else:
            text = translate("MyEid", "✗ No")
            name = "error"
        value = _value(text)
        value.setObjectName(name)
        form.addRow(check_name(check), value)
    return frame


def _certificates(data: EidData, language: str) -> QFrame:
    frame, form = _section(translate("MyEid", "Certificates"))
    now = datetime.now(UTC)
    for role in CERTIFICATE_ROLES:
        certificate = data.certificates.get(role)
        if certificate is None:
            if role == "signature":
                form.addRow(role_name(role), _value(translate(
                    "MyEid", "This card has no signature certificate (children's cards).")))
            continue
        begin = certificate.not_valid_before_utc
        end = certificate.not_valid_after_utc
        state = (translate("MyEid", "valid") if begin <= now <= end
                 else translate("MyEid", "expired") if now > end
                 else translate("MyEid", "not yet valid"))
        text = translate("MyEid", "{name}, {start} to {end} ({state})").format(
            name=_common_name(certificate), start=show_date(begin.date(), language),
            end=show_date(end.date(), language), state=state)
        form.addRow(role_name(role), _value(text))
    return frame
