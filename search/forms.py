"""The parameters of the search page and API, validated once for both."""

from django import forms

from issues.models import CATEGORIES
from issues.parser import kinds
from search.query import MAX_PAGE_SIZE, MAX_QUERY_LENGTH, PAGE_SIZE, SearchParams
from search.search_indexes import RECORD_INDEXES, RECORD_TYPES

# "document" -> "文件": each index's label is its record kind's (issues.parser.kinds)
TYPE_LABELS = {index.RECORD_TYPE: kinds.BY_KEY[index.model.kind].label for index in RECORD_INDEXES}
MAX_PAGE = 1000
SCOPES = [("all", "全文"), ("title", "仅标题")]
MATCHES = [("words", "包含全部词语"), ("exact", "精确匹配")]
# The filters sit beside the results, outside the search box's <form id="search-form">, and belong to it
IN_SEARCH_FORM = {"form": "search-form"}


class SearchForm(forms.Form):
    q = forms.CharField(label="检索词", required=False, max_length=MAX_QUERY_LENGTH,
                        help_text="词语默认同时出现；\"加引号\"为短语，OR 表示或，NOT 或 -词 表示排除；文号或登记号直接找到该文件")
    scope = forms.ChoiceField(label="范围", required=False, choices=SCOPES, widget=forms.RadioSelect,
                              help_text="all 全文（默认），title 仅标题")
    match = forms.ChoiceField(label="匹配", required=False, choices=MATCHES, widget=forms.RadioSelect,
                              help_text="words 包含全部词语（默认），exact 精确匹配整个检索词")
    type = forms.ChoiceField(label="类型", required=False, widget=forms.Select(attrs=IN_SEARCH_FORM),
                             choices=[("", "全部类型")] + [(t, TYPE_LABELS[t]) for t in RECORD_TYPES])
    year = forms.IntegerField(label="年份", required=False, min_value=1949, max_value=2100)
    category = forms.ChoiceField(label="栏目", required=False, widget=forms.Select(attrs=IN_SEARCH_FORM),
                                 choices=[("", "全部栏目")] + [(c, c) for c in CATEGORIES])
    issuer = forms.CharField(label="发文机关", required=False, max_length=100)
    date_from = forms.DateField(label="起始日期", required=False, input_formats=["%Y-%m-%d"])
    date_to = forms.DateField(label="截止日期", required=False, input_formats=["%Y-%m-%d"])
    sort = forms.ChoiceField(label="排序", required=False, widget=forms.Select(attrs=IN_SEARCH_FORM),
                             choices=[("relevance", "按相关度"), ("date", "按日期（新→旧）")],
                             help_text="relevance 按相关度（默认），date 按日期从新到旧")
    page = forms.IntegerField(label="页码", required=False, min_value=1, max_value=MAX_PAGE,
                              help_text="从 1 开始；超出末页时返回 400")
    page_size = forms.IntegerField(label="每页条数", required=False, min_value=1, max_value=MAX_PAGE_SIZE,
                                   help_text=f"1–{MAX_PAGE_SIZE}，默认 {PAGE_SIZE}")
    snippets = forms.ChoiceField(label="正文片段", required=False, choices=[("1", "1"), ("0", "0")],
                                 help_text="0 表示不要正文片段（更快）")

    def clean(self):
        data = super().clean()
        if data.get("date_from") and data.get("date_to") and data["date_from"] > data["date_to"]:
            raise forms.ValidationError("起始日期不能晚于截止日期。")
        return data

    def params(self) -> SearchParams:
        data = self.cleaned_data
        return SearchParams(
            q=data["q"],
            type=data["type"],
            year=data["year"],
            category=data["category"],
            issuer=data["issuer"],
            date_from=data["date_from"],
            date_to=data["date_to"],
            sort=data["sort"] or "relevance",
            page=data["page"] or 1,
            page_size=data["page_size"] or PAGE_SIZE,
            snippets=data["snippets"] != "0",
            scope=data["scope"] or "all",
            match=data["match"] or "words",
        )

    def error_messages(self) -> dict:
        return {name: [str(m) for m in messages] for name, messages in self.errors.items()}
