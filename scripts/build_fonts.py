"""Builds the fonts in resources/fonts/ that rendered forms embed.

    python scripts/build_fonts.py --noto-sans DIR --noto-cjk DIR

The program must not depend on the fonts of the machine it runs on, so the
PDF renderer ships its own. Two freely licensed families (SIL Open Font
License 1.1), both from Debian:

- Noto Sans (Debian fonts-noto-core, NotoSans-{Regular,Bold}.ttf): Latin with
  every extension (Polish, Czech, Turkish, Vietnamese names), Greek, Cyrillic.
  Hinting and OpenType layout are dropped: PDF viewers do not use the one and
  ReportLab does not use the other. About half the size.
- Noto Sans CJK SC (Debian fonts-noto-cjk, NotoSansCJK-{Regular,Bold}.ttc,
  face 2): for Chinese. The full face is 16 MB of CFF outlines, which ReportLab
  cannot embed, so it is subset and converted to TrueType (quadratic)
  outlines. Regular keeps the 6,763 hanzi of GB 2312 (everyday Chinese, names
  included) plus every character the shipped content uses; Bold, used only for
  headings, keeps the characters of the shipped content.

The renderer falls back from Noto Sans to the CJK faces character by character
and reports any character no bundled face holds.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from fontTools import subset
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTCollection, TTFont, newTable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "fonts"
CJK_FACE_SC = 2  # NotoSansCJK-*.ttc: JP, KR, SC, TC, HK, then the Mono faces
# Besides hanzi, what a Chinese text needs from the CJK face: spaces (a run keeps
# the spaces inside it), CJK and fullwidth
# punctuation, and the few symbols Noto Sans lacks.
CJK_EXTRA_RANGES = ((0x20, 0x7E), (0xA0, 0xA0), (0x3000, 0x303F), (0xFF00, 0xFFEF),
                    (0x2460, 0x24FF), (0x2500, 0x257F), (0x25A0, 0x25FF), (0x2600, 0x27BF))
DROP_TABLES = ["GSUB", "GPOS", "GDEF", "BASE", "VORG", "vhea", "vmtx", "DSIG", "morx", "kern"]


def content_characters() -> set[int]:
    """Every character of the shipped content and of the PDF's own words."""
    chars: set[int] = set()
    sources = [*(ROOT / "resources").rglob("*.json"), ROOT / "app" / "forms" / "pdf" / "labels.py",
               ROOT / "app" / "forms" / "messages.py"]
    for path in sources:
        text = path.read_text(encoding="utf-8")
        # JSON escapes (\u4e2d) as well as literal characters.
        text += "".join(chr(int(h, 16)) for h in re.findall(r"\\u([0-9a-fA-F]{4})", text))
        chars.update(ord(c) for c in text if ord(c) > 0x7E)
    return chars


def gb2312_hanzi() -> set[int]:
    found = set()
    for cp in range(0x4E00, 0xA000):
        try:
            chr(cp).encode("gb2312")
        except UnicodeEncodeError:
            continue
        found.add(cp)
    return found


def options() -> subset.Options:
    opts = subset.Options()
    opts.layout_features = []
    opts.hinting = False
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.drop_tables += DROP_TABLES
    return opts


def subset_font(font: TTFont, unicodes: set[int] | None) -> None:
    subsetter = subset.Subsetter(options())
    if unicodes is None:
        subsetter.populate(unicodes=font.getBestCmap().keys())
    else:
        subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def cff_to_truetype(font: TTFont) -> None:
    """Replace CFF (cubic) outlines by glyf (quadratic) ones, as ReportLab needs."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(None)
        # 1 unit of 1000 per em is far below what print or screen shows.
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for field in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0  # no glyph names: smaller, and nothing reads them
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"


def build(noto_sans: Path, noto_cjk: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    content = content_characters()
    for weight in ("Regular", "Bold"):
        latin = TTFont(noto_sans / f"NotoSans-{weight}.ttf")
        subset_font(latin, None)
        latin.save(OUT / f"NotoSans-{weight}.ttf")

        cjk = TTCollection(noto_cjk / f"NotoSansCJK-{weight}.ttc").fonts[CJK_FACE_SC]
        wanted = set(content)
        for first, last in CJK_EXTRA_RANGES:
            wanted.update(range(first, last + 1))
        if weight == "Regular":
            wanted |= gb2312_hanzi()
        subset_font(cjk, wanted)
        cff_to_truetype(cjk)
        cjk.save(OUT / f"NotoSansSC-{weight}.ttf")
    for path in sorted(OUT.glob("*.ttf")):
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size:,} bytes")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--noto-sans", type=Path, required=True,
                        help="folder with NotoSans-Regular.ttf and NotoSans-Bold.ttf")
    parser.add_argument("--noto-cjk", type=Path, default=Path("/usr/share/fonts/opentype/noto"),
                        help="folder with NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc")
    args = parser.parse_args()
    build(args.noto_sans, args.noto_cjk)


if __name__ == "__main__":
    main()
