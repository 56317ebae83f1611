"""The private-key operations of PSO:CDS and INTERNAL AUTHENTICATE.

The card never hashes (manuals, section 2): it receives a hash or a DigestInfo
and applies the padding of the algorithm chosen by MSE:SET. RSA results are
256 bytes; ECDSA results are r || s in plain format, each the size of the
curve order (TR-03111), which is what both manuals specify.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa, utils

# DigestInfo prefixes (PKCS#1 v2.1, 9.2 note 1) for the hashes the 1.7 card accepts.
_DIGEST_INFO_PREFIX: Final[dict[str, bytes]] = {
    "md5": bytes.fromhex("3020300c06082a864886f70d020505000410"),
    "sha1": bytes.fromhex("3021300906052b0e03021a05000414"),
    "sha256": bytes.fromhex("3031300d060960864801650304020105000420"),
}


@dataclass(frozen=True)
class Mechanism:
    """One algorithm reference of MSE:SET."""

    name: str
    lengths: frozenset[int]  # accepted data lengths for PSO:CDS


# Applet 1.7, Table 11.
RSA_MECHANISMS: Final[dict[int, Mechanism]] = {
    0x01: Mechanism("pkcs1", frozenset(range(1, 246))),  # caller's DigestInfo, <= k - 11
    0x02: Mechanism("pkcs1-sha1", frozenset({20})),
    0x04: Mechanism("pkcs1-md5", frozenset({16})),
    0x08: Mechanism("pkcs1-sha256", frozenset({32})),
    0x10: Mechanism("pss-sha1", frozenset({20})),
    0x20: Mechanism("pss-sha256", frozenset({32})),
}

# Applet 1.8, Table 14; "hash not specified" takes the lengths of its footnote.
EC_MECHANISMS: Final[dict[int, Mechanism]] = {
    0x01: Mechanism("ecdsa-sha256", frozenset({32})),
    0x02: Mechanism("ecdsa-sha384", frozenset({48})),
    0x04: Mechanism("ecdsa-sha512", frozenset({64})),
    0x08: Mechanism("ecdsa-sha3-256", frozenset({32})),
    0x10: Mechanism("ecdsa-sha3-384", frozenset({48})),
    0x20: Mechanism("ecdsa-sha3-512", frozenset({64})),
    0x40: Mechanism("ecdsa-raw", frozenset({20, 28, 32, 48, 64})),
}

# Any hash of the right size serves for ECDSA over a given hash: the
# algorithm only fixes how many bytes are taken from it.
_HASH_BY_SIZE: Final[dict[int, hashes.HashAlgorithm]] = {
    20: hashes.SHA1(), 28: hashes.SHA224(), 32: hashes.SHA256(), 48: hashes.SHA384(),
    64: hashes.SHA512(),
}


def _pkcs1_type1(key: rsa.RSAPrivateKey, payload: bytes) -> bytes:
    """EMSA-PKCS1-v1_5 padding around `payload`, then the raw RSA operation."""
    size = (key.key_size + 7) // 8
    if len(payload) > size - 11:
        raise ValueError("data too long for PKCS#1 v1.5 padding")
    encoded = b"\x00\x01" + b"\xff" * (size - 3 - len(payload)) + b"\x00" + payload
    n = key.private_numbers()
    c = int.from_bytes(encoded, "big")
    # Chinese remainder theorem: four times faster than one pow with d.
    m1, m2 = pow(c, n.dmp1, n.p), pow(c, n.dmq1, n.q)
    value = m2 + (n.iqmp * (m1 - m2) % n.p) * n.q
    return value.to_bytes(size, "big")


def rsa_sign(key: rsa.RSAPrivateKey, mechanism: Mechanism, data: bytes) -> bytes:
    if mechanism.name == "pkcs1":
        return _pkcs1_type1(key, data)
    if mechanism.name.startswith("pkcs1-"):
        return _pkcs1_type1(key, _DIGEST_INFO_PREFIX[mechanism.name[6:]] + data)
    algorithm: hashes.HashAlgorithm = (
        hashes.SHA1() if mechanism.name == "pss-sha1" else hashes.SHA256()
    )
    # Salt as long as the hash (manual 1.7, section 1.7).
    pss = padding.PSS(mgf=padding.MGF1(algorithm), salt_length=algorithm.digest_size)
    return key.sign(data, pss, utils.Prehashed(algorithm))


def ecdsa_sign_raw(key: ec.EllipticCurvePrivateKey, digest: bytes) -> bytes:
    """ECDSA over a digest computed off card, as r || s."""
    algorithm = _HASH_BY_SIZE[len(digest)]
    der = key.sign(digest, ec.ECDSA(utils.Prehashed(algorithm)))
    r, s = utils.decode_dss_signature(der)
    size = (key.curve.key_size + 7) // 8
    return r.to_bytes(size, "big") + s.to_bytes(size, "big")
