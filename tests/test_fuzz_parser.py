"""Hostile input to the parser: every failure is an IngestError with a named reason, nothing hangs.

Valid for any correct parser: the tests assert on error reasons and on termination, and on
records only where any parser must agree with itself (a truncated issue keeps what it holds).
An exception other than IngestError fails the test with its traceback: that is the finding.

Hang guards: SIGPROF interrupts the parser, regular expressions included, after so many seconds of
the process's own CPU time (ITIMER_PROF), so that other processes on a busy 2-core machine (two suites at
once) cannot trip it. A whole parse gets GUARD_SECONDS: the largest inputs here (a heading repeated
20,000 times, a 1 MB line) take up to about 4 s of CPU (a table-of-contents line repeated in the body:
each line is tried as a title block after the last signature, about 0.2 ms a line, linear: 2,500 / 5,000 /
10,000 / 20,000 copies took 0.6 / 1.0 / 1.9 / 3.8 s, measured 2026-12-07 after rawsplit.first_section; 18 s
before it), most take 1-2 s; a hang or a quadratic step over these inputs takes far longer, so the guard keeps
a wide margin over the slowest linear case. One regular expression on one
50,000-character line gets REGEX_GUARD_SECONDS: a linear pattern needs milliseconds, a backtracking one ~10^9 steps.
"""

from __future__ import annotations

import random
import re
import signal
from contextlib import contextmanager

import pytest
from hypothesis import given
from hypothesis import strategies as st

from issues.ingest import read_source_text
from issues.parser import parse_issue, regexes
from issues.sources import IngestError
from tests.conftest import ISSUE_FILES, fixture_text

GUARD_SECONDS = 90
REGEX_GUARD_SECONDS = 10
PARSED = "parsed"
# What parse_issue may refuse a text for, and what reading the bytes of an upload may refuse.
PARSER_REASONS = {"empty", "not_gazette", "no_identity"}
READ_REASONS = {"empty", "binary", "encoding"}
TEXT_OUTCOMES = PARSER_REASONS | {PARSED}
UPLOAD_OUTCOMES = READ_REASONS | PARSER_REASONS | {PARSED}
FIXTURES = list(ISSUE_FILES)


class ParserHung(Exception):
    pass


@contextmanager
def hang_guard(seconds: float = GUARD_SECONDS):
    def give_up(signum, frame):
        raise ParserHung(f"no result after {seconds} s of CPU time")

    previous = signal.signal(signal.SIGPROF, give_up)
    signal.setitimer(signal.ITIMER_PROF, seconds)  # CPU seconds of this process: load elsewhere does not count
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def text_outcome(text: str) -> str:
    """'parsed', or the reason of the IngestError the parser raised."""
    with hang_guard():
        try:
            parse_issue(text)
        except IngestError as error:
            return error.reason
    return PARSED


def upload_outcome(data: bytes, name: str = "upload.txt") -> str:
    """The same for the bytes of an uploaded text file (decoding included)."""
    with hang_guard():
        try:
            parse_issue(read_source_text(data, name))
        except IngestError as error:
            return error.reason
    return PARSED


# --- named reasons for inputs whose fault is known ------------------------------------------

PROSE = "今天天气很好，我们去公园散步。湖边的柳树发芽了，孩子们在草地上放风筝。\n" * 50


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b" \n\t\r\n\n", "empty"),
        (b"\x00" * 64, "binary"),
        (fixture_text("2020-06").encode()[:5000] + b"\x00\x01\x02" + fixture_text("2020-06").encode()[5000:], "binary"),
        (bytes(range(128, 256)) * 40, "encoding"),
        ("温州市人民政府公报".encode("utf-16-le") * 3, "encoding"),
        (PROSE.encode(), "not_gazette"),
        (PROSE.encode("gb18030"), "not_gazette"),
        ("温州市人民政府公报\n".encode(), "no_identity"),
        (("温州市人民政府关于某事的通知\n温政发〔2020〕1号\n" + PROSE).encode(), "no_identity"),
    ],
    ids=["empty", "blank", "nul-bytes", "nul-inside-an-issue", "undecodable", "utf16", "prose",
         "prose-gb18030", "masthead-only", "no-year-or-number"],
)
def test_known_bad_upload_is_refused_for_its_reason(data, reason):
    assert upload_outcome(data) == reason


# --- mutations of the fixture texts ---------------------------------------------------------

def truncations(name: str, count: int = 12) -> list[int]:
    size = len(fixture_text(name))
    rng = random.Random(f"truncate-{name}")
    return [0, 1, 40, size // 2, size - 1] + sorted(rng.randrange(size) for _ in range(count))


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_truncated_anywhere_parses_or_names_its_reason(name):
    text = fixture_text(name)
    outcomes = {cut: text_outcome(text[:cut]) for cut in truncations(name)}
    assert set(outcomes.values()) <= TEXT_OUTCOMES, outcomes
    assert outcomes[0] in PARSER_REASONS


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_bytes_cut_inside_a_character_parse_or_name_their_reason(name):
    data = fixture_text(name).encode()
    rng = random.Random(f"bytes-{name}")
    cuts = [cut for cut in (rng.randrange(len(data)) for _ in range(40)) if data[cut] & 0xC0 == 0x80][:8]
    assert cuts, "no cut fell inside a multi-byte character"
    for cut in cuts:
        assert upload_outcome(data[:cut]) in UPLOAD_OUTCOMES


def shuffled_blocks(text: str, seed: str, blocks: int = 24) -> str:
    lines = text.split("\n")
    size = max(1, len(lines) // blocks)
    chunks = [lines[i : i + size] for i in range(0, len(lines), size)]
    random.Random(seed).shuffle(chunks)
    return "\n".join(line for chunk in chunks for line in chunk)


@pytest.mark.parametrize("name", FIXTURES)
@pytest.mark.parametrize("seed", range(3))
def test_fixture_with_shuffled_sections_parses_or_names_its_reason(name, seed):
    assert text_outcome(shuffled_blocks(fixture_text(name), f"{name}-{seed}")) in TEXT_OUTCOMES


@pytest.mark.parametrize("name", FIXTURES)
def test_fixture_with_random_bytes_spliced_in_parses_or_names_its_reason(name):
    data = bytearray(fixture_text(name).encode())
    rng = random.Random(f"splice-{name}")
    outcomes = []
    for _ in range(6):
        mutated = bytearray(data)
        for _ in range(10):
            at = rng.randrange(len(mutated))
            mutated[at:at] = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 40)))
        outcomes.append(upload_outcome(bytes(mutated)))
    assert set(outcomes) <= UPLOAD_OUTCOMES, outcomes


# One line of 1 MB (or a heading repeated 20,000 times) dropped into the table of contents and
# into the body: the shapes each regular expression of the parser tries hardest on.
HUGE = 1_000_000
HUGE_LINES = {
    "ellipsis": "…" * HUGE,
    "dots": "." * HUGE,
    "middle-dots": "·" * HUGE,
    "cjk": "温" * HUGE,
    "digits": "2" * HUGE,
    "spaces-between": "温 " * (HUGE // 2),
    "open-brackets": "〔" * HUGE,
    "parentheses": "（" * HUGE,
    "hashes": "#" * HUGE,
    "stars": "*" * HUGE,
    "doc-number-prefixes": "温政办〔2020〕" * (HUGE // 9),
    "doc-numbers": "温政办〔2020〕53号" * (HUGE // 12),
    "registration-prefixes": "ZJCC01-2020-" * (HUGE // 12),
    "total-no": "总第" * (HUGE // 2),
    "toc-entry-no-page": "温州市人民政府关于调整市政府领导分工的通知（温政发〔2020〕10号）……" * (HUGE // 40),
    "dates": "2020年6月" * (HUGE // 7),
}
REPEATED_HEADINGS = {
    "category": "市政府文件",
    "markdown-category": "## 政务简讯",
    "structural": "一、",
    "month": "6月份市政府记事",
    "running-header": "温州市人民政府公报（总第214期）",
    "page-number": "·  37  ·",
    "doc-number": "温政发〔2020〕10号",
    "toc-entry": "温州市人民政府关于调整市政府领导分工的通知（温政发〔2020〕10号）……………（02）",
    "cover": "2020.6",
}


def inserted(text: str, block: str, where: str) -> str:
    """The text with `block` after its first table-of-contents heading, or two thirds into the body."""
    lines = text.split("\n")
    if where == "toc":
        at = next(i for i, line in enumerate(lines) if line.lstrip("# ") in {"市政府文件", "市府办文件", "机构人事"})
    else:
        at = len(lines) * 2 // 3
    return "\n".join(lines[: at + 1] + [block] + lines[at + 1 :])


HUGE_LINE_CASES = [(shape, where) for shape in HUGE_LINES for where in ("toc", "body")]
HEADING_CASES = [(heading, where) for heading in REPEATED_HEADINGS for where in ("toc", "body")]


@pytest.mark.parametrize("shape, where", HUGE_LINE_CASES)
def test_huge_line_in_an_issue_terminates(shape, where):
    assert text_outcome(inserted(fixture_text("2020-06"), HUGE_LINES[shape], where)) in TEXT_OUTCOMES


@pytest.mark.parametrize("heading, where", HEADING_CASES)
def test_deeply_repeated_heading_terminates(heading, where):
    block = "\n".join([REPEATED_HEADINGS[heading]] * 20_000)
    assert text_outcome(inserted(fixture_text("2021-05"), block, where)) in TEXT_OUTCOMES


@pytest.mark.parametrize("shape", ["ellipsis", "cjk", "doc-numbers", "open-brackets"])
def test_huge_line_alone_terminates(shape):
    assert text_outcome(HUGE_LINES[shape]) in TEXT_OUTCOMES


# --- every regular expression of the parser, alone, on hostile lines ------------------------

HOSTILE_RUNS = ["…", ".", "·", "温", "温 ", "〔", "（", "2", "2 ", " ", "\t", "\u3000", "#", "*", "-", "、", "年",
                "第", "总第", "ZJCC01-", "温政办〔2020〕", "一、", "月份", "# 市政府文件 "]
# Real beginnings of the lines the patterns look for, each followed by a long run: a pattern with
# two ways to split that run (`\s*第?\s*`) backtracks only once its prefix has matched.
HOSTILE_PREFIXES = ["温政办〔2020〕", "温政办〔2020〕53", "省政府令", "ZJCC01-2020-0008", "出版日期：2020年", "2020年第9",
                    "6月份", "温州市2020年6月", "温州市人民政府公报（总第217期）", "第 6 期", "## 市政府文件", "·"]
PREFIXED_RUNS = [" ", "\t", "…", "2", "温"]
HOSTILE_LINES = [run * (50_000 // len(run)) for run in HOSTILE_RUNS] + [
    prefix + run * 50_000 for prefix in HOSTILE_PREFIXES for run in PREFIXED_RUNS
]
PATTERNS = sorted(name for name, value in vars(regexes).items() if isinstance(value, re.Pattern))


def test_the_parser_has_regular_expressions_to_review():
    assert len(PATTERNS) >= 10


@pytest.mark.parametrize("name", PATTERNS)
def test_parser_regex_searches_a_hostile_line_in_linear_time(name):
    """50,000 characters of one shape, then a character no pattern expects: a backtracking
    pattern needs ~10^9 steps or more and trips the guard; a linear one takes milliseconds."""
    pattern = getattr(regexes, name)
    for line in HOSTILE_LINES:
        with hang_guard(REGEX_GUARD_SECONDS):
            pattern.search(line + "\x01")
            pattern.match(line + "\x01")


# --- truncated at a section boundary: the issue keeps what it holds --------------------------

def section_boundaries(name: str) -> dict[str, int]:
    """Where the chronicle, the statistics and the back matter start in the body (line numbers)."""
    found = {}
    for i, line in enumerate(fixture_text(name).split("\n")):
        bare = line.strip().lstrip("# ")
        if "…" in bare:  # a table-of-contents line
            continue
        if bare.endswith("月份市政府记事"):
            found.setdefault("chronicle", i)
        elif bare.endswith("国民经济主要统计指标"):
            found.setdefault("statistics", i)
        elif bare.startswith("《温州市人民政府公报》赠阅范围"):
            found.setdefault("back-matter", i)
    return found


BOUNDARIES = [(name, where) for name in FIXTURES for where in section_boundaries(name)]


def test_every_fixture_has_a_section_boundary_to_cut_at():
    assert {name for name, _ in BOUNDARIES} == set(FIXTURES)


@pytest.mark.parametrize("name, where", BOUNDARIES, ids=[f"{n}-{w}" for n, w in BOUNDARIES])
def test_fixture_truncated_at_a_section_boundary_keeps_what_it_holds(name, where, parsed_issues):
    lines = fixture_text(name).split("\n")
    text = "\n".join(lines[: section_boundaries(name)[where]])
    with hang_guard():
        truncated = parse_issue(text)  # an IngestError here fails the test: this issue is whole up to the cut
    full = parsed_issues[name]
    assert (truncated.year, truncated.issue_no, truncated.total_no) == (full.year, full.issue_no, full.total_no)
    # documents, interpretations and appointments all come before these sections
    assert [d.doc_number for d in truncated.documents] == [d.doc_number for d in full.documents]
    assert len(truncated.appointments) == len(full.appointments)
    if where == "back-matter":
        kept, whole = truncated.to_export(), full.to_export()
        kept.pop("back_matter"), whole.pop("back_matter")
        assert kept == whole


# --- generated input (hypothesis, `ci` profile: bounded and deterministic) --------------------

GAZETTE_PIECES = [
    "温州市人民政府公报", "温州市人民政府", "2020.6", "总第214期（月刊）", "出版日期：2020年7月20日", "市政府文件",
    "市府办文件", "部门文件", "政策解读", "机构人事", "政务简讯", "政府记事", "发文目录", "统计资料", "## ", "**",
    "温政发〔2020〕10号", "温政办[2020]53号", "ZJCC01-2020-0008", "……………（02）", "（", "）", "〔", "〕", "·  37  ·",
    "一、", "（一）", "第一条", "△", "附件：", "6月份市政府记事", "6月份市政府人事任免", "6月1日", "决定任命", "为",
    "免去", "的职务", "温州市2020年6月份国民经济主要统计指标", "温州市统计局制", "《温州市人民政府公报》赠阅范围：",
    "2020年第6 期文件发布", "第 6 期 (总第214期)", "\n", "\n\n", "\f", "\r", " ", "\t", "%", "亿元", "-3.5",
]
gazette_text = st.lists(st.sampled_from(GAZETTE_PIECES) | st.text(max_size=12), max_size=300).map("".join)


@given(gazette_text)
def test_generated_gazette_like_text_parses_or_names_its_reason(text):
    assert text_outcome(text) in TEXT_OUTCOMES


@given(st.sampled_from(FIXTURES), st.lists(st.tuples(st.floats(0, 1), gazette_text), min_size=1, max_size=8))
def test_fixture_with_generated_splices_parses_or_names_its_reason(name, splices):
    text = fixture_text(name)
    for position, piece in splices:
        at = int(position * len(text))
        text = text[:at] + piece + text[at:]
    assert text_outcome(text) in TEXT_OUTCOMES


@given(st.binary(max_size=4096))
def test_generated_bytes_upload_is_parsed_or_refused_for_a_named_reason(data):
    assert upload_outcome(data) in UPLOAD_OUTCOMES
