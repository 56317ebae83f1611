"""VERIFY, CHANGE REFERENCE DATA, MSE:SET, PSO:CDS, INTERNAL AUTHENTICATE, LOG OFF.

The access rules are in `security.AccessRights`; this module maps APDUs onto
them and picks the status words of the reference manuals' tables.
"""

from __future__ import annotations

from typing import Final

from cryptography.hazmat.primitives.asymmetric import ec, rsa

from app.cardreader.virtual.command import (
    SW_AUTHENTICATION_BLOCKED,
    SW_CONDITIONS_NOT_SATISFIED,
    SW_INCORRECT_P1P2,
    SW_OK,
    SW_REFERENCED_DATA_NOT_FOUND,
    SW_SECURITY_STATUS_NOT_SATISFIED,
    SW_WRONG_DATA,
    SW_WRONG_LENGTH,
    SW_WRONG_P1P2,
    Command,
    wrong_pin,
)
from app.cardreader.virtual.security import SecurityEnvironment, decode_pin_block
from app.cardreader.virtual.signing import (
    EC_MECHANISMS,
    RSA_MECHANISMS,
    ecdsa_sign_raw,
    rsa_sign,
)
from app.cardreader.virtual.state import CardState, Reply

PIN_REFERENCE: Final = 0x01
KEY_BASIC: Final = 0x81
KEY_AUTHENTICATION: Final = 0x82
KEY_NON_REPUDIATION: Final = 0x83
# The 1.8 manual (5.2): after 5000 INTERNAL AUTHENTICATE the command is blocked
# until the cardholder PIN is verified.
INTERNAL_AUTHENTICATE_LIMIT: Final = 5000
_CHALLENGE_TAG: Final = 0x94


def _pin_reference_error(cmd: Command) -> Reply | None:
    if cmd.p1 != 0x00:
        return Reply(SW_INCORRECT_P1P2)
    if cmd.p2 != PIN_REFERENCE:
        return Reply(SW_REFERENCED_DATA_NOT_FOUND)
    return None


def verify(state: CardState, cmd: Command) -> Reply:
    error = _pin_reference_error(cmd)
    if error is not None:
        return error
    pin = state.persistent.pin
    data = cmd.data()
    if data == b"":  # Lc=0: the status, without spending a try
        if pin.blocked:
            return Reply(SW_AUTHENTICATION_BLOCKED)
        return Reply(SW_OK if state.rights.pin_verified else wrong_pin(pin.tries_left))
    if data is None or len(data) != 8:
        return Reply(SW_WRONG_LENGTH)
    if pin.blocked:
        return Reply(SW_AUTHENTICATION_BLOCKED)
    if not pin.check(data):
        state.rights.clear()
        return Reply(wrong_pin(pin.tries_left))
    state.rights.granted()
    state.persistent.internal_authentications = 0
    return Reply(SW_OK)


def change_reference_data(state: CardState, cmd: Command) -> Reply:
    error = _pin_reference_error(cmd)
    if error is not None:
        return error
    data = cmd.data()
    if data is None or len(data) != 16:
        return Reply(SW_WRONG_LENGTH)
    pin = state.persistent.pin
    if pin.blocked:
        return Reply(SW_AUTHENTICATION_BLOCKED)
    state.rights.clear()  # "the previous access condition is discarded"
    old, new = data[:8], data[8:]
    if decode_pin_block(new) is None:
        return Reply(SW_WRONG_DATA)
    if not pin.check(old):
        return Reply(wrong_pin(pin.tries_left))
    pin.replace(new)
    state.rights.granted()
    return Reply(SW_OK)


def log_off(state: CardState, cmd: Command) -> Reply:
    if cmd.p1 != 0x00 or cmd.p2 != 0x00:
        return Reply(SW_WRONG_P1P2)
    if cmd.p3 is not None:
        return Reply(SW_WRONG_LENGTH)
    state.rights.clear()
    return Reply(SW_OK)


def mse_set(state: CardState, cmd: Command) -> Reply:
    if cmd.p1 != 0x41 or cmd.p2 != 0xB6:
        return Reply(SW_WRONG_P1P2)
    data = cmd.data()
    if data is None or len(data) != 5:
        return Reply(SW_WRONG_LENGTH)
    if data[0] != 0x04 or data[1] != 0x80 or data[3] != 0x84:
        return Reply(SW_WRONG_DATA)
    algorithm, key_reference = data[2], data[4]
    mechanisms = EC_MECHANISMS if state.is_18 else RSA_MECHANISMS
    if algorithm not in mechanisms:
        return Reply(SW_WRONG_DATA)
    if key_reference == KEY_BASIC:  # a private key, but not a signature key
        return Reply(SW_WRONG_DATA)
    if _signature_key(state, key_reference) is None:
        return Reply(SW_REFERENCED_DATA_NOT_FOUND)
    state.environment = SecurityEnvironment(algorithm, key_reference)
    return Reply(SW_OK)


def _signature_key(state: CardState, reference: int) -> rsa.RSAPrivateKey | \
        ec.EllipticCurvePrivateKey | None:
    if reference == KEY_AUTHENTICATION:
        return state.image.authentication_key
    if reference == KEY_NON_REPUDIATION:
        return state.image.signature_key
    return None


def pso_compute_signature(state: CardState, cmd: Command) -> Reply:
    if cmd.p1 != 0x9E or cmd.p2 != 0x9A:
        return Reply(SW_WRONG_P1P2)
    environment = state.environment
    if environment is None:
        return Reply(SW_CONDITIONS_NOT_SATISFIED)
    if environment.key_reference == KEY_NON_REPUDIATION:
        allowed = state.rights.use_for_non_repudiation()
    else:
        allowed = state.rights.use_for_authentication()
    if not allowed:
        return Reply(SW_SECURITY_STATUS_NOT_SATISFIED)
    data = cmd.data()
    mechanisms = EC_MECHANISMS if state.is_18 else RSA_MECHANISMS
    mechanism = mechanisms[environment.algorithm]
    if data is None or len(data) not in mechanism.lengths:
        return Reply(SW_WRONG_LENGTH)
    key = _signature_key(state, environment.key_reference)
    if isinstance(key, rsa.RSAPrivateKey):
        return state.respond_later(rsa_sign(key, mechanism, data), "rsa")
    assert isinstance(key, ec.EllipticCurvePrivateKey)
    return state.respond_later(ecdsa_sign_raw(key, data), "ec")


def internal_authenticate(state: CardState, cmd: Command) -> Reply:
    """1.8: ECDSA with the basic key over a challenge hashed off card (5.2, 6.11)."""
    if cmd.p2 in (KEY_AUTHENTICATION, KEY_NON_REPUDIATION):
        return Reply(SW_SECURITY_STATUS_NOT_SATISFIED)  # access condition NEV
    key = state.image.basic_key
    if cmd.p2 != KEY_BASIC or key is None:
        return Reply(SW_REFERENCED_DATA_NOT_FOUND)
    # Only the SHA-2 size that matches the key: SHA-384 for P-384.
    digest_size = 64 if key.curve.key_size > 384 else (key.curve.key_size + 7) // 8
    expected_p1 = {32: 0x01, 48: 0x02, 64: 0x04}[digest_size]
    if cmd.p1 != expected_p1:
        return Reply(SW_WRONG_P1P2)
    data = cmd.data()
    if data is None:
        return Reply(SW_WRONG_LENGTH)
    if len(data) != 2 + digest_size or data[0] != _CHALLENGE_TAG or data[1] != digest_size:
        return Reply(SW_WRONG_DATA)
    persistent = state.persistent
    if persistent.internal_authentications >= INTERNAL_AUTHENTICATE_LIMIT:
        return Reply(SW_CONDITIONS_NOT_SATISFIED)
    persistent.internal_authentications += 1
    state.environment = None  # "in normal ending case, clears the current SE"
    return state.respond_later(ecdsa_sign_raw(key, data[2:]), "ec")


def reset_retry_counter(state: CardState, cmd: Command) -> Reply:
    """1.8 lists it, for the administration role only, which no host here holds."""
    return Reply(SW_SECURITY_STATUS_NOT_SATISFIED)
