"""The PKCS#15 files of DF(BELPIC), encoded as the content specifications print them.

1.7 cards follow "Belgian Electronic Identity Card content" v4.01 (RSA keys in
plain SEQUENCEs, private certificates, 50 zero bytes after a certificate);
1.8 cards follow v5.4 (EC keys under [0], certificates not private with an
explicit implicitTrust FALSE, 1100 zero bytes after a certificate). Lengths
are computed, not copied: v5.4 prints "30 32" for a 47-byte entry.
"""

from __future__ import annotations

from typing import Final

from app.cardreader.virtual.card_image import Applet

BELPIC_DF_AID: Final = bytes.fromhex("A000000177504B43532D3135")
BELPIC_LABEL: Final = b"BELPIC"
# OID 2.16.56.2, "Belgian citizen", now read as "Belpic card" (content spec 5.1).
_BELPIC_OID: Final = bytes.fromhex("06 03 60 38 02")
_MF: Final = bytes.fromhex("3F00")
_BELPIC: Final = bytes.fromhex("3F00DF00")

# Zero bytes appended to a certificate file, and the size of an absent one.
CERT_PADDING: Final[dict[str, int]] = {"1.7": 50, "1.8": 1100}
EMPTY_CERT_SIZE: Final[dict[str, int]] = {"1.7": 1300, "1.8": 2500}


def der(tag: int, *parts: bytes) -> bytes:
    content = b"".join(parts)
    length = len(content)
    if length < 0x80:
        head = bytes([length])
    else:
        raw = length.to_bytes((length.bit_length() + 7) // 8, "big")
        head = bytes([0x80 | len(raw)]) + raw
    return bytes([tag]) + head + content


def _octets(value: bytes) -> bytes:
    return der(0x04, value)


def _utf8(text: str) -> bytes:
    return der(0x0C, text.encode("utf-8"))


def _integer(value: int, width: int = 1) -> bytes:
    return der(0x02, value.to_bytes(width, "big"))


def _path(path: bytes) -> bytes:
    return der(0x30, _octets(path))


def ef_dir() -> bytes:
    """EF(DIR) 3F00/2F00: one application template for DF(BELPIC)."""
    return der(0x61, der(0x4F, BELPIC_DF_AID), der(0x50, BELPIC_LABEL), der(0x51, _BELPIC),
               der(0x73, _BELPIC_OID))


def odf() -> bytes:
    return (der(0xA0, _path(_BELPIC + b"\x50\x35"))  # private keys
            + der(0xA4, _path(_BELPIC + b"\x50\x37"))  # certificates
            + der(0xA8, _path(_BELPIC + b"\x50\x34")))  # authentication objects


def token_info(chip_serial: bytes, versions: bytes) -> bytes:
    """`versions`: graphical, electrical, electrical interface perso versions, RFU."""
    return der(0x30, _integer(0), _octets(chip_serial), der(0x80, BELPIC_LABEL),
               der(0x03, b"\x04\x30"),  # prnGeneration, eidCompliant
               der(0x9E, versions))


def aodf() -> bytes:
    common = der(0x30, _utf8("Basic PIN"), der(0x03, b"\x06\xc0"))  # private, modifiable
    pin_attributes = der(
        0x30,
        der(0x03, b"\x02\x0c"),  # initialized, needs-padding
        der(0x0A, b"\x00"),  # bcd
        _integer(4),  # min length
        _integer(8),  # stored length
        der(0x80, b"\x01"),  # PIN reference 01
        _octets(b"\xff"),  # pad char
        _path(_MF),
    )
    return der(0x30, common, der(0x30, _octets(b"\x01")), der(0xA1, pin_attributes))


def _private_key(applet: Applet, label: str, key_id: int, reference: int,
                 bits: int) -> bytes:
    common = [_utf8(label), der(0x03, b"\x06\xc0"), _octets(b"\x01")]
    if reference == 0x83:
        common.append(_integer(1))  # userConsent: the PIN for every signature
        usage = der(0x03, b"\x06\x00\x40")  # nonRepudiation
    else:
        usage = der(0x03, b"\x05\x20")  # sign
    key = der(0x30, _octets(bytes([key_id])), usage,
              der(0x03, b"\x03\xb8"),  # sensitive, alwaysSensitive, neverExtractable, local
              _integer(reference, 2))
    attributes = der(0xA1, der(0x30, _path(_BELPIC), _integer(bits, 2)))
    return der(0x30 if applet == "1.7" else 0xA0, der(0x30, *common), key, attributes)


def prkdf(applet: Applet, with_signature_key: bool) -> bytes:
    bits = 2048 if applet == "1.7" else 384
    out = _private_key(applet, "Authentication", 0x02, 0x82, bits)
    if with_signature_key:
        out += _private_key(applet, "Signature", 0x03, 0x83, bits)
    return out


def _certificate(applet: Applet, label: str, cert_id: int, fid: int, authority: bool) -> bytes:
    flags = b"\x06\xc0" if applet == "1.7" else b"\x06\x40"
    common = der(0x30, _utf8(label), der(0x03, flags), _octets(b"\x01"))
    attributes = [_octets(bytes([cert_id]))]
    if authority:
        attributes.append(der(0x01, b"\xff"))
    if applet == "1.8":
        attributes.append(der(0x83, b"\x00"))  # implicitTrust FALSE
    path = der(0xA1, der(0x30, _path(_BELPIC + fid.to_bytes(2, "big"))))
    return der(0x30, common, der(0x30, *attributes), path)


def cdf(applet: Applet, with_authentication: bool, with_signature: bool) -> bytes:
    """The CDF; entries of absent certificates are dropped and the file keeps
    its full size with zero bytes (content specifications, EF(CDF))."""
    entries = [
        (with_authentication, _certificate(applet, "Authentication", 0x02, 0x5038, False)),
        (with_signature, _certificate(applet, "Signature", 0x03, 0x5039, False)),
        (True, _certificate(applet, "CA", 0x04, 0x503A, True)),
        (True, _certificate(applet, "Root", 0x06, 0x503B, True)),
    ]
    full = b"".join(entry for _, entry in entries)
    present = b"".join(entry for wanted, entry in entries if wanted)
    return present.ljust(len(full), b"\x00")


def certificate_file(applet: Applet, certificate_der: bytes | None) -> bytes:
    if certificate_der is None:
        return bytes(EMPTY_CERT_SIZE[applet])
    return certificate_der + bytes(CERT_PADDING[applet])
