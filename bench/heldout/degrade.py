"""Make a printed PDF look scanned, for issue 12 (OCR): an image-only PDF with no text layer.

    .venv/bin/python bench/heldout/degrade.py IN.pdf OUT.pdf [--seed N] [--dpi 200]

Each page is rendered with pypdfium2 at 200 dpi in grey, then, as a worn office scan would show it:
a little of the other side shows through (the next page mirrored, faint), the sheet sits a fraction
of a degree askew, the optics blur it slightly, the contrast drops and the paper greys, and dust
speckles it. The result is saved as JPEG pages in a PDF: no text, no fonts. Seeded, so a rebuild
gives the same scan. It imports nothing from the project.
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import pypdfium2
from PIL import Image, ImageChops, ImageDraw, ImageEnhance, ImageFilter, ImageOps


def render(pdf_path: Path, dpi: int) -> list[Image.Image]:
    document = pypdfium2.PdfDocument(str(pdf_path))
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in document]
    finally:
        document.close()


def bleed_through(page: Image.Image, back: Image.Image | None, strength: float) -> Image.Image:
    """The other side of the sheet, mirrored and faint, darkens the page where it has ink."""
    if back is None:
        return page
    ghost = ImageOps.mirror(back.resize(page.size))
    ghost = ImageEnhance.Brightness(ImageOps.invert(ghost)).enhance(strength)  # ink → a little grey
    return ImageChops.subtract(page, ghost)


def speckle(page: Image.Image, rng: random.Random, count: int) -> Image.Image:
    page = page.copy()
    draw = ImageDraw.Draw(page)
    for _ in range(count):
        x, y, r = rng.randrange(page.width), rng.randrange(page.height), rng.choice((0, 0, 1, 1, 2))
        draw.ellipse((x - r, y - r, x + r, y + r), fill=rng.randrange(40, 140))
    return page


def degrade_page(page: Image.Image, back: Image.Image | None, rng: random.Random) -> Image.Image:
    page = bleed_through(page, back, strength=rng.uniform(0.06, 0.10))
    page = page.rotate(rng.uniform(-0.6, 0.6), resample=Image.BICUBIC, expand=False, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(radius=rng.uniform(0.6, 0.9)))
    page = ImageEnhance.Contrast(page).enhance(rng.uniform(0.70, 0.80))
    page = ImageChops.multiply(page, Image.new("L", page.size, rng.randrange(228, 242)))  # grey paper
    return speckle(page, rng, count=page.width * page.height // 4000)


def degrade(pdf_path: Path, out_path: Path, seed: int = 12, dpi: int = 200) -> int:
    rng = random.Random(seed)
    pages = render(pdf_path, dpi)
    scans = [degrade_page(page, pages[i + 1] if i + 1 < len(pages) else None, rng) for i, page in enumerate(pages)]
    out_path.parent.mkdir(parents=True, exist_ok=True)
    scans[0].save(out_path, "PDF", save_all=True, append_images=scans[1:], resolution=dpi, quality=70)
    return len(scans)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pdf", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--dpi", type=int, default=200)
    args = parser.parse_args(argv)
    pages = degrade(args.pdf, args.out, args.seed, args.dpi)
    print(f"{args.out}: {pages} pages, {args.out.stat().st_size // 1024} KiB, image only")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
