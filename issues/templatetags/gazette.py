"""Template filters and tags of the public site."""

from html import escape

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from issues import charts

register = template.Library()

# The main navigation: label, URL name, and the paths that belong to its section.
MAIN_NAV = [
    ("各期公报", "issues:issue_list", ("/issues/",)),
    ("文件", "issues:documents", ("/documents/", "/doc/")),
    ("人事任免", "issues:people", ("/people/", "/posts/")),
    ("统计资料", "issues:statistics", ("/statistics/",)),
]


@register.inclusion_tag("issues/_site_nav.html", takes_context=True)
def site_nav(context):
    """The main navigation, its current section marked: aria-current=page on the section's own
    page, aria-current=true on the pages inside it (an issue's documents under 各期公报)."""
    request = context.get("request")
    path = request.path if request else ""
    links = []
    for label, name, prefixes in MAIN_NAV:
        url = reverse(name)
        current = "page" if path == url else "true" if path.startswith(prefixes) else ""
        links.append((label, url, current))
    return {"links": links}


@register.simple_tag
def chart_svg(series, chart):
    """A statistics chart (issues.charts) as inline SVG; charts.svg escapes every text."""
    return mark_safe(charts.svg(series, chart))  # noqa: S308 - built from escaped text and numbers


@register.simple_tag
def series_table(series, issue_urls):
    """The figures of one chart's series as a table, one row per issue, linked to the issue's statistics.

    Built in Python like the chart: thousands of rows on a long archive's statistics page.
    `issue_urls`: (year, issue_no) -> the issue's statistics page, reversed once for the whole page.
    """
    rows = []
    for p in series.points:
        url = issue_urls[p.year, p.issue_no]
        rows.append(f'<tr><th scope="row"><a href="{url}">{p.year}年第{p.issue_no}期</a></th>'
                    f'<td class="num">{escape(p.printed or "—")}</td>'
                    f'<td class="num">{escape(p.yoy_printed or "—")}</td></tr>')
    return mark_safe(  # noqa: S308 - names, units and figures escaped above and below
        f'<div class="table-scroll" role="region" aria-label="{escape(series.name)}数据" tabindex="0">'
        f'<table class="stats"><thead><tr><th scope="col">期号</th><th scope="col" class="num">{series.value_kind}</th>'
        f'<th scope="col" class="num">同比%</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>'
    )


@register.simple_tag
def appointment_lines(appointments, name_the="post"):
    """A career (name_the="post") or a post's history (name_the="person") as <li> lines, oldest first.

    Each line: the issue (linked to the record) and when it was printed, the action, the post or
    the person (linked), the qualifier and the deciding body. Built in Python like the charts: a
    long career lists a hundred records and more; `appointments` come from views._appointments.
    """
    lines = []
    for a in appointments:
        issue, published = a.issue, a.issue.publish_date
        when = f'<span class="muted">（{published.year}年{published.month}月刊）</span>' if published else ""
        if name_the == "post":
            named = f'<a href="{escape(a.post_url)}">{escape(a.position)}</a>' if a.position else ""
            head = f'{when}：<span class="action action-{a.action}">{a.get_action_display()}</span> {named}'
        else:
            named = (f'<a href="{escape(a.person_url)}">{escape(a.person)}</a>' if a.person
                     else '<span class="muted">姓名未识别</span>')
            head = f'：{named} <span class="action action-{a.action}">{a.get_action_display()}</span>'
        qualifier = f"（{escape(a.qualifier)}）" if a.qualifier else ""
        decided_by = f'<span class="muted">，{escape(a.decided_by)}</span>' if a.decided_by else ""
        lines.append(f'<li><a href="{escape(a.record_url)}">{escape(issue.label)}</a>{head}{qualifier}{decided_by}</li>')
    return mark_safe("\n".join(lines))  # noqa: S308 - every text escaped above


@register.simple_tag
def body_html(blocks):
    """A document body (issues.body blocks) as HTML; every piece of text goes through format_html's escaping.

    Built in Python rather than with a template include per block: long documents have hundreds
    of blocks and this keeps their pages well under the 30 ms target.
    """
    return format_html_join("\n", "{}", ((_block_html(b),) for b in blocks))


def _segments_html(segments):
    return format_html_join(
        "", "{}", ((format_html('<a class="cited" href="{}">{}</a>', s.url, s.text) if s.url else s.text,)
                   for s in segments)
    )


def _block_html(block):
    if block.kind == "heading":
        return format_html('<h{} id="{}">{}</h{}>', block.level, block.anchor, _segments_html(block.segments), block.level)
    if block.kind == "table":
        head, *rows = block.rows
        return format_html(
            '<div class="table-scroll" role="region" aria-label="表格" tabindex="0"><table id="{}">'
            "<thead><tr>{}</tr></thead><tbody>{}</tbody></table></div>",
            block.anchor,
            format_html_join("", '<th scope="col">{}</th>', ((cell,) for cell in head)),
            format_html_join("", "<tr>{}</tr>", ((format_html_join("", "<td>{}</td>", ((c,) for c in row)),) for row in rows)),
        )
    marker = format_html('<strong class="article">{}</strong> ', block.marker) if block.marker else ""
    return format_html('<p id="{}">{}{}</p>', block.anchor, marker, _segments_html(block.segments))
