"""Drafts: encrypted at rest, bound to their owner, resumable; nothing on disk in a kiosk."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail

from app.forms import (
    Draft,
    EncryptedDraftStore,
    FormFlow,
    MemoryDraftStore,
    fill_from_answers,
    load_definition,
    load_example,
)
from app.forms.draft_keys import DefaultKeySource, FileKeySource, KeyringKeySource
from app.forms.drafts import autosave
from tests.forms.support import CARD_IDENTITY, TODAY, persona

OWNER = CARD_IDENTITY["national_number"]
REPO = Path(__file__).resolve().parents[2]


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    yield
    keyring.set_keyring(previous)


def _draft(form_id: str = "death-notification") -> Draft:
    result = fill_from_answers(load_definition(form_id), persona(), load_example(form_id),
                               today=TODAY)
    return Draft.now(result.flow.snapshot())


def test_round_trip_encrypted(tmp_path: Path) -> None:
    store = EncryptedDraftStore(tmp_path / "drafts", FileKeySource(tmp_path / "key"))
    draft = _draft()
    store.save(OWNER, draft)
    loaded = store.load(OWNER, "death-notification")
    assert loaded is not None and loaded.state == draft.state
    files = list((tmp_path / "drafts").rglob("*.draft"))
    assert len(files) == 1
    sealed = files[0].read_bytes()
    for secret in ("Henri Dubois", "51030512343", "mathieu.dubois", "death-notification", OWNER):
        assert secret.encode() not in sealed
    assert OWNER not in str(files[0]) and "death" not in str(files[0])
    assert stat.S_IMODE(files[0].stat().st_mode) == 0o600
    assert stat.S_IMODE(files[0].parent.stat().st_mode) == 0o700


def test_a_draft_holds_only_the_flow_state(tmp_path: Path) -> None:
    draft = _draft("ehic")
    keys = set(draft.state.to_json())
    assert keys == {"form_id", "form_version", "language", "position", "raw", "values",
                    "completed", "confirmed", "history", "changing"}
    # Nothing from the card is stored: it is read again on resume.
    assert "Dubois" not in draft.to_bytes().decode() and "pin" not in draft.to_bytes().decode()


def test_draft_of_someone_else_does_not_open(tmp_path: Path) -> None:
    store = EncryptedDraftStore(tmp_path / "drafts", FileKeySource(tmp_path / "key"))
    store.save(OWNER, _draft())
    assert store.load("90010112345", "death-notification") is None
    # Even moved under the other person's name, it does not decrypt.
    mine = next((tmp_path / "drafts").rglob("*.draft"))
    other = store._path("90010112345", "death-notification")
    other.parent.mkdir(parents=True)
    mine.rename(other)
    assert store.load("90010112345", "death-notification") is None
    assert not other.exists()  # an unreadable draft is removed


def test_tampered_or_foreign_key_drafts_are_dropped(tmp_path: Path) -> None:
    store = EncryptedDraftStore(tmp_path / "drafts", FileKeySource(tmp_path / "key"))
    store.save(OWNER, _draft())
    path = next((tmp_path / "drafts").rglob("*.draft"))
    data = bytearray(path.read_bytes())
    data[-1] ^= 1
    path.write_bytes(bytes(data))
    assert store.load(OWNER, "death-notification") is None
    store.save(OWNER, _draft())
    stranger = EncryptedDraftStore(tmp_path / "drafts", FileKeySource(tmp_path / "other-key"))
    assert stranger.load(OWNER, "death-notification") is None


def test_list_delete_expire(tmp_path: Path) -> None:
    store = EncryptedDraftStore(tmp_path / "drafts", FileKeySource(tmp_path / "key"),
                                max_age=timedelta(days=30))
    store.save(OWNER, _draft("ehic"))
    store.save(OWNER, _draft("income-tax"))
    assert sorted(d.form_id for d in store.drafts(OWNER)) == ["ehic", "income-tax"]
    store.delete(OWNER, "ehic")
    assert [d.form_id for d in store.drafts(OWNER)] == ["income-tax"]
    old = Draft(_draft("ehic").state, datetime.now(UTC) - timedelta(days=31))
    store.save(OWNER, old)
    assert store.load(OWNER, "ehic") is None
    path = next((tmp_path / "drafts").rglob("*.draft"))
    os.utime(path, (0, 0))
    assert store.purge_expired() == 1
    store.clear()
    assert store.drafts(OWNER) == []


def test_saved_after_every_page_and_resumed(tmp_path: Path) -> None:
    store = EncryptedDraftStore(tmp_path / "drafts", FileKeySource(tmp_path / "key"))
    definition = load_definition("ehic")
    flow = FormFlow(definition, persona(), "nl", today=TODAY, on_save=autosave(store, OWNER))
    assert flow.continue_() == []  # the card page
    flow.answer("for_whom", "me")
    assert flow.continue_() == []
    draft = store.load(OWNER, "ehic")
    assert draft is not None and draft.state.position == "fund"
    resumed = FormFlow(definition, persona(), draft.state.language, today=TODAY,
                       state=draft.state)
    assert resumed.position == "fund" and resumed.language == "nl"


def test_key_in_the_keyring_when_there_is_one(tmp_path: Path,
                                              memory_keyring: MemoryKeyring) -> None:
    store = EncryptedDraftStore(tmp_path / "data" / "drafts")
    store.save(OWNER, _draft())
    assert len(memory_keyring.secrets) == 1
    assert not (tmp_path / "data" / "draft.key").exists()
    again = EncryptedDraftStore(tmp_path / "data" / "drafts")
    assert again.load(OWNER, "death-notification") is not None


def test_key_file_without_a_keyring_backend(tmp_path: Path, no_keyring: None) -> None:
    store = EncryptedDraftStore(tmp_path / "data" / "drafts")
    store.save(OWNER, _draft())
    key_file = tmp_path / "data" / "draft.key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert EncryptedDraftStore(tmp_path / "data" / "drafts").load(
        OWNER, "death-notification") is not None


def test_key_file_stays_in_use_once_made(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    FileKeySource(tmp_path / "draft.key").key()
    first = DefaultKeySource(tmp_path).key()
    assert first == FileKeySource(tmp_path / "draft.key").key() and not memory_keyring.secrets


def test_keyring_source_refuses_when_the_keyring_refuses(memory_keyring: MemoryKeyring) -> None:
    from app.forms.draft_keys import KeyUnavailableError
    memory_keyring.secrets[("citizen-assistant", "draft-encryption-key")] = "not base64!"
    with pytest.raises(KeyUnavailableError):
        KeyringKeySource().key()


def test_memory_store_round_trip() -> None:
    store = MemoryDraftStore()
    store.save(OWNER, _draft())
    assert store.load(OWNER, "death-notification") is not None
    assert store.load("90010112345", "death-notification") is None
    store.clear()
    assert store.drafts(OWNER) == []


def test_kiosk_drafts_never_touch_the_disk(tmp_path: Path) -> None:
    home = tmp_path / "home"
    dirs = {name: home / name for name in ("data", "config", "cache", "state", "tmp")}
    for folder in [home, *dirs.values()]:
        folder.mkdir(exist_ok=True)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(dirs["data"]),
           "XDG_CONFIG_HOME": str(dirs["config"]), "XDG_CACHE_HOME": str(dirs["cache"]),
           "XDG_STATE_HOME": str(dirs["state"]), "TMPDIR": str(dirs["tmp"]),
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(REPO)}
    script = textwrap.dedent("""
        from datetime import date
        from app.forms import FormFlow, MemoryDraftStore, Prefill, load_definition, load_example
        from app.forms.drafts import autosave
        store = MemoryDraftStore()
        card = Prefill({"surname": "Dubois", "first_names": "Mathieu",
                        "national_number": "85080317128", "birth_date_iso": "1985-08-03"},
                       {"street_and_number": "Rue Haute 1", "zip": "4000",
                        "municipality": "Liège"})
        flow = FormFlow(load_definition("ehic"), card, today=date(2026, 11, 26),
                        on_save=autosave(store, "85080317128"))
        example = load_example("ehic")
        while not flow.at_summary:
            for question in flow.page_view().questions:
                if question.id in example:
                    flow.answer(question.id, example[question.id])
            assert flow.continue_() == []
        assert store.load("85080317128", "ehic").state.position == "check-answers"
        store.clear()
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert [p for p in home.rglob("*") if p.is_file()] == []
    assert [p for p in tmp_path.iterdir() if p.name != "home"] == []
