"""The catalog and the form definitions, served from resources/.

The gateway serves the content the program bundles for offline use, read and
checked by the same loaders: a form definition as `form show --json` prints it
(`app.forms.loader.definition_document`), the catalog as its checked model
(`app.lifepath.catalog.load_catalog`) plus an index of the forms. Every resource has a
strong ETag (SHA-256 of the bytes served) so clients revalidate with If-None-Match
and keep their copy when nothing changed.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from app.forms.definition import FormDefinition
from app.forms.loader import definition_document, load_definitions
from app.lifepath.catalog import Catalog, CatalogError, load_catalog


@dataclass(frozen=True, slots=True)
class Resource:
    body: bytes
    etag: str


def _resource(body: bytes) -> Resource:
    return Resource(body, '"' + hashlib.sha256(body).hexdigest()[:32] + '"')


def _json_resource(document: dict[str, Any]) -> Resource:
    return _resource(json.dumps(document, ensure_ascii=False, sort_keys=True).encode())


class ContentError(RuntimeError):
    """The shipped content cannot be loaded; the gateway refuses to start."""


class Content:
    def __init__(self) -> None:
        try:
            self._load()
        except (OSError, ValueError, LookupError, CatalogError) as exc:
            raise ContentError(f"the content in resources/ cannot be served: {exc}") from exc

    def _load(self) -> None:
        self.definitions: dict[str, FormDefinition] = {
            definition.id: definition for definition in load_definitions()}
        self.forms: dict[str, Resource] = {
            form_id: _json_resource(definition_document(definition))
            for form_id, definition in self.definitions.items()
        }
        catalog = load_catalog()
        self.catalog = _json_resource(self._catalog_document(catalog))

    def _catalog_document(self, catalog: Catalog) -> dict[str, Any]:
        return {
            "catalog": catalog.model_dump(mode="json", by_alias=True),
            "forms": [self.form_summary(form_id) for form_id in sorted(self.definitions)],
        }

    def form_summary(self, form_id: str) -> dict[str, Any]:
        definition = self.definitions[form_id]
        fee = definition.fee
        return {
            "id": form_id,
            "version": definition.version,
            "etag": self.forms[form_id].etag,
            "fee": None if fee is None else {"amount_cents": fee.amount_cents,
                                             "currency": fee.currency},
            "url": f"/api/v1/forms/{form_id}",
        }
