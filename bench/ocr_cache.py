"""rapidocr's raw answers kept on disk, so that what follows OCR (boxes, spaces, tables, layout, the
parser) can be re-run and re-scored without OCR (bench/ocr_bench.py --cache DIR; not a test).

An answer is keyed by the image's bytes and the call's arguments: a page rendered and degraded the
same way gets the same answer back; anything changed before OCR (rendering, the degrader, the
engine's settings) makes new keys. Timings of a cached answer are those of the run that made it:
measure speed without --cache.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np


@dataclass
class Answer:
    """What issues.ocr reads of rapidocr's output (the page image and the viewer left out)."""

    boxes: object = None
    txts: tuple = ()
    scores: tuple = ()
    word_results: tuple = ()
    elapse_list: list | None = None


class CachedEngine:
    """Stands in for issues.ocr.engine(): answers from the folder, the real engine when missing."""

    def __init__(self, real, folder: Path):
        self.real, self.folder = real, folder
        self.hits = self.misses = 0
        folder.mkdir(parents=True, exist_ok=True)

    def _key(self, kind: str, images: list[np.ndarray], arguments: dict) -> Path:
        digest = hashlib.sha1(kind.encode() + repr(sorted(arguments.items())).encode())
        for image in images:
            digest.update(repr(image.shape).encode())
            digest.update(np.ascontiguousarray(image).tobytes())
        return self.folder / f"{kind}-{digest.hexdigest()}.pickle"

    def _answer(self, path: Path, compute):
        if path.exists():
            self.hits += 1
            return pickle.loads(path.read_bytes())
        self.misses += 1
        result = compute()
        answer = Answer(getattr(result, "boxes", None), tuple(result.txts or ()), tuple(result.scores or ()),
                        tuple(getattr(result, "word_results", None) or ()), list(getattr(result, "elapse_list", None) or []))
        path.write_bytes(pickle.dumps(answer))
        return answer

    def __call__(self, image: np.ndarray, **arguments):
        return self._answer(self._key("page", [image], arguments), lambda: self.real(image, **arguments))

    def recognize_txt(self, images: list[np.ndarray]):
        return self._answer(self._key("lines", images, {}), lambda: self.real.recognize_txt(images))
