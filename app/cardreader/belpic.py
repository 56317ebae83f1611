"""The BELPIC card profile: the commands of applets 1.7 and 1.8 over a `CardChannel`.

Every method runs on the card owner thread. Reading follows the card's rules
(READ BINARY at most 256 bytes, 6Cxx tells what is left, 6B00 past the end);
PIN and signature follow the applet's rules (the non-repudiation key needs
VERIFY immediately before PSO; a wrong PIN clears every right).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from app.cardreader import apdu
from app.cardreader.der import DerError, announced_length
from app.cardreader.errors import (
    CardCommandError,
    FileNotFoundOnCard,
    NotAnEid,
    PinBlocked,
    SecurityStatusNotSatisfied,
    WrongPin,
)
from app.cardreader.files import DF00, CardFile, SizeKind
from app.cardreader.pin import PinPrompt, PinProvider, PinPurpose, pin_block, wipe
from app.cardreader.transport import CardChannel

ATR_APPLET_17: bytes = bytes.fromhex("3B9813400AA503010101AD1311")
ATR_APPLET_18: bytes = bytes.fromhex("3B7F96000080318065B085040120120FFF829000")


class Generation(enum.Enum):
    V17 = "1.7"  # RSA-2048
    V18 = "1.8"  # ECDSA P-384


class KeyRole(enum.Enum):
    AUTHENTICATION = 0x82
    SIGNATURE = 0x83  # non-repudiation
    BASIC = 0x81  # 1.8 card authenticity (INTERNAL AUTHENTICATE)


# MSE algorithm bytes. 1.7 RSA: 01 means "PKCS#1 v1.5, the caller supplies the
# DigestInfo", which works for any hash. 1.8 ECDSA: by hash length.
RSA_PKCS1_DIGESTINFO = 0x01
EC_ALGORITHM_BY_HASH = {"sha256": 0x01, "sha384": 0x02, "sha512": 0x04}

# DER prefixes of DigestInfo (RFC 8017, section 9.2, note 1).
DIGEST_INFO_PREFIX = {
    "sha1": bytes.fromhex("3021300906052b0e03021a05000414"),
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
    "sha384": bytes.fromhex("3041300d060960864801650304020205000430"),
    "sha512": bytes.fromhex("3051300d060960864801650304020305000440"),
}
DIGEST_LENGTH = {"sha1": 20, "sha256": 32, "sha384": 48, "sha512": 64}


def generation_from_atr(atr: bytes) -> Generation | None:
    if atr == ATR_APPLET_18:
        return Generation.V18
    if atr == ATR_APPLET_17:
        return Generation.V17
    return None


def generation_from_card_data(card_data: bytes) -> Generation:
    if len(card_data) < 22:
        raise NotAnEid("The card answered GET CARD DATA with too few bytes; it is not an eID.")
    version = card_data[21]
    if version >= 0x18:
        return Generation.V18
    return Generation.V17


@dataclass(frozen=True, slots=True)
class PinStatus:
    tries_left: int | None  # None: verified in this session, the card did not say
    blocked: bool
    verified: bool


class BelpicCard:
    """One inserted BELPIC card; created by the owner thread after connecting."""

    def __init__(self, channel: CardChannel) -> None:
        self.channel = channel
        self.generation: Generation | None = generation_from_atr(channel.transport.atr)
        self._card_data: bytes | None = None

    # ---- identification -------------------------------------------------

    def identify(self) -> Generation:
        """Make sure this is a BELPIC card and learn its generation.

        A known ATR is trusted to be BELPIC (as OpenSC does); any other card is
        asked to select the applet (as eid-mw does) before we say it is not one.
        """
        if self.generation is None:
            response = self.channel.transmit(apdu.select_applet())
            if not response.ok:
                raise NotAnEid("This card is not a Belgian eID card.")
            self.generation = generation_from_card_data(self.card_data())
        return self.generation

    def card_data(self) -> bytes:
        """GET CARD DATA; on 1.8 the variant that also tells the PIN tries left."""
        if self._card_data is None:
            with_counter = self.generation is Generation.V18
            response = self.channel.transmit(apdu.get_card_data(with_counter))
            if not response.ok and with_counter:
                response = self.channel.transmit(apdu.get_card_data(False))
            if not response.ok:
                raise NotAnEid("The card does not answer GET CARD DATA; it is not an eID.")
            self._card_data = response.data
        return self._card_data

    # ---- reading ----------------------------------------------------------

    def select(self, path: bytes) -> None:
        response = self.channel.transmit(apdu.select_path(path))
        if response.sw == apdu.SW_FILE_NOT_FOUND:
            raise FileNotFoundOnCard(f"The card has no file {path.hex().upper()}", response.sw)
        if not response.ok:
            raise CardCommandError(f"Selecting {path.hex().upper()} failed", response.sw)

    def read_file(self, file: CardFile, *, kind: SizeKind | None = None,
                  first: int | None = None,
                  on_chunk: Callable[[int], None] | None = None,
                  enough: Callable[[bytes], bool] | None = None) -> bytes:
        """Select `file` and read the bytes that matter.

        `kind` and `first` override what `files.py` knows (a 1.7 RRN signature
        is a FIXED run as long as the RRN key; a 1.8 one is DER). DER files stop
        at the end of the DER element, so zero padding is never read.
        `enough`, asked after the first chunk, may end the read early (the
        caller recognised the file from its start).
        """
        kind = kind or file.kind
        first_length = min(256, first or (256 if kind is SizeKind.UNKNOWN else file.expected))
        total: int | None = (first or file.expected) if kind is SizeKind.FIXED else None
        self.select(file.path)
        transmit, read_binary = self.channel.transmit, apdu.read_binary  # once per APDU
        data = bytearray()
        while True:
            if total is not None:
                want = min(256, total - len(data))
                if want <= 0:
                    break
            else:
                want = first_length if not data else 256
            got, sw = transmit(read_binary(len(data), want))
            if sw != apdu.SW_OK:
                if sw == apdu.SW_WRONG_OFFSET:
                    break  # the offset is at the end of the file
                if sw == apdu.SW_SECURITY_STATUS:
                    raise SecurityStatusNotSatisfied("The card wants a PIN to read this file.")
                raise CardCommandError(f"Reading {file.name} failed", sw)
            data += got
            if on_chunk is not None:
                on_chunk(len(got))
            if total is None and kind is SizeKind.DER:
                if data[0] == 0x00:
                    return b""  # an all-zero (empty) file
                try:
                    total = announced_length(bytes(data))
                except DerError as exc:
                    raise CardCommandError(f"{file.name} is not DER ({exc})", sw) from None
            if len(got) < want:
                break  # the card had fewer bytes: the file ends here
            if enough is not None and len(data) == len(got) and enough(bytes(data)):
                return bytes(data)
        if total is not None and len(data) > total:
            del data[total:]
        return bytes(data)

    # ---- PIN --------------------------------------------------------------

    def pin_status(self) -> PinStatus:
        """Tries left, without spending one (VERIFY with an empty PIN)."""
        response = self.channel.transmit(apdu.verify(b""))
        if response.sw == apdu.SW_PIN_BLOCKED:
            return PinStatus(tries_left=0, blocked=True, verified=False)
        if response.sw1 == 0x63 and response.sw2 & 0xF0 == 0xC0:
            return PinStatus(tries_left=response.sw2 & 0x0F, blocked=False, verified=False)
        if response.ok:
            tries: int | None = None
            if self.generation is Generation.V18:
                self._card_data = None  # the counter byte changes; ask again
                data = self.card_data()
                tries = data[28] if len(data) > 28 and data[28] != 0xFF else None
            return PinStatus(tries_left=tries, blocked=False, verified=True)
        raise CardCommandError("Asking the PIN status failed", response.sw)

    def verify_pin(self, provider: PinProvider, purpose: PinPurpose) -> None:
        """Ask for the PIN and present it; the PIN lives only for this command."""
        status = self.pin_status()
        if status.blocked:
            raise PinBlocked()
        pin = provider.request_pin(
            PinPrompt(purpose, status.tries_left, self.channel.transport.reader_name)
        )
        try:
            block = pin_block(pin)
        finally:
            wipe(pin)
        try:
            command = bytearray(apdu.verify(bytes(block)))
            response = self.channel.transmit(bytes(command))
            wipe(command)
        finally:
            wipe(block)
        _raise_for_pin(response.sw)

    def change_pin(self, provider: PinProvider) -> None:
        status = self.pin_status()
        if status.blocked:
            raise PinBlocked()
        reader = self.channel.transport.reader_name
        old = provider.request_pin(PinPrompt(PinPurpose.CHANGE_OLD, status.tries_left, reader))
        try:
            old_block = pin_block(old)
        finally:
            wipe(old)
        new = provider.request_pin(PinPrompt(PinPurpose.CHANGE_NEW, status.tries_left, reader))
        try:
            new_block = pin_block(new)
        except BaseException:
            wipe(old_block)
            raise
        finally:
            wipe(new)
        try:
            response = self.channel.transmit(
                apdu.change_reference_data(bytes(old_block), bytes(new_block))
            )
        finally:
            wipe(old_block)
            wipe(new_block)
        _raise_for_pin(response.sw)

    # ---- signatures -------------------------------------------------------

    def sign_digest(self, role: KeyRole, digest: bytes, hash_name: str,
                    provider: PinProvider) -> bytes:
        """Sign a message digest with the authentication or non-repudiation key.

        RSA cards (1.7) return a PKCS#1 v1.5 signature; EC cards (1.8) return
        raw r‖s. The non-repudiation key gets VERIFY immediately before PSO,
        inside one exclusive transaction, as the applet requires.
        """
        if DIGEST_LENGTH.get(hash_name) != len(digest):
            raise ValueError(f"a {hash_name} digest has {DIGEST_LENGTH.get(hash_name)} bytes")
        generation = self.identify()
        if generation is Generation.V17:
            algorithm = RSA_PKCS1_DIGESTINFO
            payload = DIGEST_INFO_PREFIX[hash_name] + digest
        else:
            if hash_name not in EC_ALGORITHM_BY_HASH:
                raise ValueError(f"a 1.8 card does not sign {hash_name}")
            algorithm = EC_ALGORITHM_BY_HASH[hash_name]
            payload = digest
        purpose = PinPurpose.SIGNATURE if role is KeyRole.SIGNATURE else PinPurpose.AUTHENTICATION
        with self.channel.transaction():
            self.select(DF00)
            response = self.channel.transmit(apdu.mse_set(algorithm, role.value))
            if not response.ok:
                raise CardCommandError("The card refused the signature setup", response.sw)
            if role is KeyRole.SIGNATURE or not self.pin_status().verified:
                self.verify_pin(provider, purpose)
            response = self.channel.transmit(apdu.pso_compute_signature(payload))
        if response.sw == apdu.SW_SECURITY_STATUS:
            raise SecurityStatusNotSatisfied("The card did not accept the PIN for signing.")
        if not response.ok:
            raise CardCommandError("The card refused to sign", response.sw)
        return response.data

    def internal_authenticate(self, challenge: bytes) -> bytes:
        """1.8: sign a challenge (a 48-byte hash) with the basic key, raw r‖s."""
        response = self.channel.transmit(
            apdu.internal_authenticate(EC_ALGORITHM_BY_HASH["sha384"], KeyRole.BASIC.value,
                                       challenge)
        )
        if not response.ok:
            raise CardCommandError("The card refused to prove it is genuine", response.sw)
        return response.data

    def log_off(self) -> None:
        self.channel.transmit(apdu.log_off())


def _raise_for_pin(sw: int) -> None:
    if sw == apdu.SW_OK:
        return
    if sw == apdu.SW_PIN_BLOCKED:
        raise PinBlocked()
    if sw >> 8 == 0x63 and sw & 0xF0 == 0xC0:
        tries = sw & 0x0F
        if tries == 0:
            raise PinBlocked()
        raise WrongPin(tries)
    raise CardCommandError("The card refused the PIN command", sw)
