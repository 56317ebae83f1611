"""A stand-in passport photo for personas that bring none.

Real cards hold an 8-bit greyscale JPEG of about 3 KB: 140 x 200 pixels on
older cards, 150 x 195 since 2021 (content specification 5.4, 6.2.6). The
picture is drawn from the persona's name, so it is the same on every run
and differs between personas (a reader showing the wrong photo is noticed).
"""

from __future__ import annotations

import hashlib
import io
import random

from PIL import Image, ImageDraw, ImageFilter


def generate_photo(seed: str, new_format: bool) -> bytes:
    width, height = (150, 195) if new_format else (140, 200)
    rng = random.Random(hashlib.sha256(seed.encode("utf-8")).digest())
    image = Image.new("L", (width, height), 225)
    draw = ImageDraw.Draw(image)
    for y in range(height):  # a soft studio backdrop
        draw.line([(0, y), (width, y)], fill=235 - y * 30 // height)
    cx = width // 2 + rng.randint(-6, 6)
    head_w, head_h = rng.randint(52, 62), rng.randint(68, 78)
    top = 38 + rng.randint(-4, 4)
    skin, hair = rng.randint(150, 190), rng.randint(30, 110)
    draw.ellipse([cx - 52, top + head_h - 8, cx + 52, height + 60], fill=rng.randint(40, 90))
    draw.rectangle([cx - 12, top + head_h - 16, cx + 12, top + head_h + 10], fill=skin - 15)
    draw.ellipse([cx - head_w // 2, top, cx + head_w // 2, top + head_h], fill=skin)
    draw.chord([cx - head_w // 2 - 3, top - 8, cx + head_w // 2 + 3, top + head_h // 2],
               180, 360, fill=hair)
    eye_y = top + head_h * 45 // 100
    for dx in (-13, 13):
        draw.ellipse([cx + dx - 4, eye_y - 2, cx + dx + 4, eye_y + 3], fill=40)
    draw.line([(cx, eye_y + 4), (cx - 2, eye_y + 16)], fill=skin - 40)
    draw.arc([cx - 11, eye_y + 16, cx + 11, eye_y + 28], 20, 160, fill=skin - 60, width=2)
    for _ in range(220):  # film grain, which also brings the JPEG to a realistic size
        x, y = rng.randrange(width), rng.randrange(height)
        draw.point((x, y), fill=rng.randint(0, 255))
    image = image.filter(ImageFilter.SMOOTH)
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=75, optimize=False, progressive=False)
    return out.getvalue()
