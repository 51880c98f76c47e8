"""Briefs' titles among a raw extraction's lines (issues/parser/raw_brief_titles.py), from 2020-09."""

from issues.parser.raw_brief_titles import join_news_titles


def test_news_title_printed_on_two_lines_becomes_one():
    lines = ["凝聚力，把自身建设贯穿始终。", "我市召开消防安全", "“百日攻坚”督查推进会", "9月11日，市委副书记、市长姚高员主持召开"]
    assert join_news_titles(lines) == [
        "凝聚力，把自身建设贯穿始终。", "我市召开消防安全“百日攻坚”督查推进会", "9月11日，市委副书记、市长姚高员主持召开"]
