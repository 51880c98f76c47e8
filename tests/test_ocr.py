"""issues/ocr.py: scans read by OCR offline, through the same layout step as a printed PDF.

OCR is slow (about 20 s a page here): the pages OCR'd are few and shared through session fixtures
(tests/scans.py), and the tests run in CI's SQLite pass only.
"""

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from issues import ocr
from tests.conftest import ocr_pass_only
from tests.pdfgen import FONT_PATH

pytestmark = ocr_pass_only


def line_image(text: str, size: int = 36) -> Image.Image:
    """One printed line, as a 200 dpi scan of 13 pt type shows it."""
    font = ImageFont.truetype(str(FONT_PATH), size)
    image = Image.new("L", (size * (len(text) + 4), size * 3), 255)
    ImageDraw.Draw(image).text((size * 2, size), text, font=font, fill=20)
    return image


def test_the_models_come_from_the_rapidocr_wheel_and_nothing_is_fetched(offline):
    import rapidocr

    ocr.engine.cache_clear()  # loaded here, with the network shut
    engine = ocr.engine()
    wheel = Path(rapidocr.__file__).parent / "models"
    for step in (engine.cfg.Det, engine.cfg.Rec):
        assert Path(step.model_path).parent == wheel and Path(step.model_path).is_file()
    page = ocr.read_image(0, line_image("温州市人民政府公报"), 200)
    assert [box.text for box in page.boxes] == ["温州市人民政府公报"]
    assert page.boxes[0].score >= ocr.UNSURE and page.covered > 0.9
