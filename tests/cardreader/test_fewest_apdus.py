"""A full read asks for no byte twice and for none it does not need, in the
fewest READ BINARY commands the file sizes allow (issue 2; bench/card_read
prints the same count through pcscd).

What each file needs is worked out here from the card image itself, not from
what the reader did: a certificate, the basic key and an EC address signature
up to the end of their DER; an RSA signature as long as the RRN key; the
identity file, the photo and an EC identity signature whole (their length is
announced nowhere, so one 6Cxx or 6B00 answer each is allowed); an EC address
signature in one READ of the longest such a signature can be.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pytest

from app.cardreader import files as f
from app.cardreader.der import der_length
from app.cardreader.reading import read_card
from app.cardreader.rrn_cache import PREFIX_LENGTH, memory_cache
from app.cardreader.session import CardSession
from app.cardreader.transport import InProcessTransport
from app.cardreader.trust import TrustStore
from app.cardreader.virtual.card import VirtualCard
from app.cardreader.virtual.card_image import CardImage
from app.cardreader.virtual.image import build_image
from app.cardreader.virtual.personas import persona_by_name
from app.cardreader.virtual.pki import TestPki

SELECT, READ = 0xA4, 0xB0


@dataclass
class FileReads:
    data_bytes: int = 0
    data_reads: int = 0
    length_answers: int = 0  # 6Cxx or 6B00: the card telling where the file ends


@dataclass
class Log:
    files: dict[str, FileReads] = field(default_factory=dict)
    others: list[int] = field(default_factory=list)  # INS of every other command


class RecordingTransport(InProcessTransport):
    def __init__(self, card: VirtualCard, log: Log) -> None:
        super().__init__(card)
        self.log = log
        self.current: FileReads | None = None

    def transmit_raw(self, apdu: bytes) -> bytes:
        raw = super().transmit_raw(apdu)
        if apdu[1] == SELECT and apdu[2] == 0x08:
            self.current = self.log.files.setdefault(apdu[5:5 + apdu[4]].hex().upper(),
                                                     FileReads())
        elif apdu[1] == READ and self.current is not None:
            if raw[-2:] == b"\x90\x00":
                self.current.data_reads += 1
                self.current.data_bytes += len(raw) - 2
            else:
                self.current.length_answers += 1
        else:
            self.log.others.append(apdu[1])
        return raw


def _path(file: f.CardFile) -> str:
    return file.path.hex().upper()


def needed(image: CardImage, *, rrn_known: bool) -> dict[str, int]:
    """The bytes of each file a full read must fetch."""
    def der(file: f.CardFile) -> int:
        return der_length(image.file(_path(file)))

    def whole(file: f.CardFile) -> int:
        return len(image.file(_path(file)))

    rsa = image.applet == "1.7"  # the test PKI signs 1.7 cards with RSA, 1.8 with EC
    wanted = {
        _path(f.CERT_RRN): PREFIX_LENGTH if rrn_known else der(f.CERT_RRN),
        _path(f.IDENTITY): whole(f.IDENTITY),
        _path(f.IDENTITY_SIGNATURE): whole(f.IDENTITY_SIGNATURE),
        _path(f.ADDRESS): whole(f.ADDRESS),
        # An EC signature's DER length (at most 104 bytes) is only known once
        # read: one READ of the longest it can be beats a second APDU.
        _path(f.ADDRESS_SIGNATURE): whole(f.ADDRESS_SIGNATURE) if rsa else min(
            whole(f.ADDRESS_SIGNATURE), f.EC_P384_SIGNATURE_MAX),
        _path(f.PHOTO): whole(f.PHOTO),
        _path(f.CERT_AUTHENTICATION): der(f.CERT_AUTHENTICATION),
        _path(f.CERT_CA): der(f.CERT_CA),
        _path(f.CERT_ROOT): der(f.CERT_ROOT),
    }
    signature = image.files.get(_path(f.CERT_SIGNATURE))
    if signature:
        # A kids card's signature certificate file is there but all zeros:
        # its first READ shows that it is empty.
        wanted[_path(f.CERT_SIGNATURE)] = (der(f.CERT_SIGNATURE) if signature[0]
                                           else min(256, len(signature)))
    if image.applet == "1.8":
        wanted[_path(f.BASIC_KEY)] = der(f.BASIC_KEY)
    return wanted


UNANNOUNCED = {_path(f.IDENTITY), _path(f.PHOTO)}


@pytest.mark.parametrize("persona", ["worker", "student", "child"])
@pytest.mark.parametrize("rrn_known", [False, True])
def test_a_full_read_fetches_each_needed_byte_once_in_the_fewest_reads(
        persona: str, rrn_known: bool, test_pki: TestPki) -> None:
    image = build_image(persona_by_name(persona), test_pki)
    trust = TrustStore.belgium().with_extra_roots([test_pki.root.certificate])
    cache = memory_cache()
    if rrn_known:
        cache.seed([image.file(_path(f.CERT_RRN))])
    log = Log()
    transport = RecordingTransport(VirtualCard(image), log)
    data = read_card(CardSession.over(transport).card, trust, rrn_cache=cache)
    assert data.verified

    wanted = needed(image, rrn_known=rrn_known)
    unannounced = set(UNANNOUNCED)
    if image.applet == "1.8":  # an EC identity signature file is read whole
        unannounced.add(_path(f.IDENTITY_SIGNATURE))
    for path, size in wanted.items():
        reads = log.files.get(path)
        assert reads is not None, f"{path} was not read"
        assert reads.data_bytes == size, (path, reads.data_bytes, size)
        assert reads.data_reads == math.ceil(size / 256), (path, reads)
        assert reads.length_answers <= (1 if path in unannounced else 0), (path, reads)
    # Nothing else read (a signature certificate file the card lacks is only
    # selected).
    extra = set(log.files) - set(wanted)
    assert extra <= {_path(f.CERT_SIGNATURE)}
    assert all(log.files[p].data_reads == 0 for p in extra), {p: log.files[p] for p in extra}
    # GET CARD DATA, and on 1.8 the basic-key challenge, whose answer comes by
    # GET RESPONSE (the card speaks T=0): no other command.
    challenge = [0x88, 0xC0] if image.applet == "1.8" else []
    assert sorted(log.others) == sorted([0xE4, *challenge])
