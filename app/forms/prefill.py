"""What is known before the person types anything: the card, government, earlier answers.

Bindings in a definition name a source:

- `card.identity.<key>` and `card.address.<key>`: the keys of `card read --json`
  (design.md), values as text exactly as the card stores them; `card.address`
  alone is the whole address in the shape of an address answer.
- `me.<key>[.<key>…]`: what government already holds about the person, served by
  the gateway's `GET /me` with their consent. The forms use `me.employer.name`,
  `me.employer.enterprise_number` and `me.bank_account` (an IBAN); `household`
  and `vehicles` are lists the catalog and the GUI may show. `me` is None when the
  person gave no consent or there is no gateway: those questions are then asked.
- `answers.<question id>`: an earlier answer (a correspondence address that
  starts as the new address).

A card value that is blank (a card that leaves a field empty) counts as unknown,
so the question is asked instead of shown empty. `birth_date_iso` is derived from
the card's `birth_date` when the caller has only the latter (a persona file).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app.cardreader.dates import CardDateError, parse_birth_date
from app.forms.values import JsonValue


def _json(value: Any) -> JsonValue:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, Mapping):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return str(value)


class Prefill:
    def __init__(self, card_identity: Mapping[str, Any] | None = None,
                 card_address: Mapping[str, Any] | None = None,
                 me: Mapping[str, Any] | None = None) -> None:
        self._identity = dict(card_identity or {})
        if not self._identity.get("birth_date_iso") and self._identity.get("birth_date"):
            # Persona files (design.md) may leave the parsed `_iso` keys out.
            try:
                iso = parse_birth_date(str(self._identity["birth_date"])).iso()
            except CardDateError:
                iso = None
            self._identity["birth_date_iso"] = iso
        self._address = dict(card_address or {})
        self._me = None if me is None else dict(me)

    @classmethod
    def from_card_json(cls, card: Mapping[str, Any],
                       me: Mapping[str, Any] | None = None) -> Prefill:
        """From the document `citizen-assistant card read --json` prints."""
        return cls(card.get("identity") or {}, card.get("address") or {}, me)

    @property
    def has_card(self) -> bool:
        return bool(self._identity)

    @property
    def has_me(self) -> bool:
        return self._me is not None

    def card_address(self) -> dict[str, JsonValue] | None:
        parts = {"street_and_number": self._text(self._address.get("street_and_number")),
                 "postcode": self._text(self._address.get("zip")),
                 "municipality": self._text(self._address.get("municipality"))}
        if any(value is None for value in parts.values()):
            return None
        return dict(parts)

    def lookup(self, source: str, answers: Mapping[str, JsonValue] | None = None) -> JsonValue:
        """The value a binding points at, or None when it is not known."""
        root, _, rest = source.partition(".")
        if root == "answers":
            return (answers or {}).get(rest)
        if root == "me":
            return self._walk(self._me, rest.split("."))
        if source == "card.address":
            return self.card_address()
        group, _, key = rest.partition(".")
        if group == "identity":
            return self._text(self._identity.get(key))
        if group == "address":
            return self._text(self._address.get(key))
        return None

    @staticmethod
    def _text(value: Any) -> str | None:
        if value is None or value is False:
            return None
        text = str(value).strip() if not isinstance(value, bool) else "true"
        return text or None

    @staticmethod
    def _walk(node: Any, path: list[str]) -> JsonValue:
        for key in path:
            if not isinstance(node, Mapping) or key not in node:
                return None
            node = node[key]
        if isinstance(node, str) and not node.strip():
            return None
        return _json(node)
