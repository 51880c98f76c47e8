"""issues/ocr_dust.py: a mark read between two characters set solid is dust (boxes as data, no OCR)."""

import pytest

from issues.ocr_boxes import Box
from issues.ocr_dust import without_squeezed_marks
from tests.conftest import ocr_pass_only

pytestmark = ocr_pass_only  # OCR's boxes without a database: CI's SQLite pass (the OCR tests' pass)


def line(*chars: tuple[str, float]) -> Box:
    """A box of characters placed by the recogniser at the middles given, 29 pixels wide each."""
    return Box("".join(ch for ch, _ in chars), 0.98, [(0.0, 0.0), (900.0, 0.0), (900.0, 48.0), (0.0, 48.0)],
               [(ch, middle - 12.0, middle + 12.0) for ch, middle in chars])


SOLID = [("温", 20), ("州", 49), ("市", 78), ("卫", 107), ("生", 136), ("委", 165), ("员", 194)]


@pytest.mark.parametrize(
    "chars, text",
    [
        (SOLID[:6] + [("：", 180)] + [("会", 194), ("调", 223)], "温州市卫生委会调"),  # 2019-04: 委员：会 read from a speck
        (SOLID[:3] + [("·", 92)] + [("卫", 107), ("生", 136), ("委", 165)], "温州市卫生委"),  # 2020-09: 发·布
        (SOLID[:4] + [("：", 136)] + [("会", 165), ("调", 194), ("研", 223)], "温州市卫：会调研"),  # a colon's own place
        (SOLID[:4] + [("·", 136)] + [("会", 165), ("调", 194), ("研", 223)], "温州市卫·会调研"),  # 马克·吐温
    ],
    ids=["colon-between-solid-characters", "dot-between-solid-characters", "colon-in-its-place", "dot-in-its-place"],
)
def test_a_mark_between_two_characters_set_solid_is_dust(chars, text):
    assert without_squeezed_marks(line(*chars)).text == text
