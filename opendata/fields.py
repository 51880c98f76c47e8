"""What every published field means: the one description behind the data dictionary and the API schema.

Each kind of record the archive publishes is one `Kind` entry: its fields (name, type, meaning),
where its rows sit in the `export_issue` document, and how its saved rows are addressed. The bulk
data dump (opendata.dump), the data dictionary on /data/ and the OpenAPI description at
/api/schema/ (opendata.openapi) all iterate `KINDS`; so adding a field to `to_export()` is one
`Field` here, and adding a kind one `Kind`. Tests compare these lists with the real exports, so a
field nobody described fails CI instead of reaching users undocumented.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

# Field types: JSON Schema for each, and the name a reader of /data/ sees.
TYPES = {
    "string": ({"type": "string"}, "文本"),
    "integer": ({"type": "integer"}, "整数"),
    "number": ({"type": "number"}, "数值"),
    "boolean": ({"type": "boolean"}, "是/否"),
    "date": ({"type": "string", "format": "date"}, "日期（YYYY-MM-DD）"),
    "strings": ({"type": "array", "items": {"type": "string"}}, "文本列表"),
    "object": ({"type": "object"}, "对象"),
}


@dataclass(frozen=True)
class Field:
    name: str
    type: str  # a key of TYPES
    meaning: str  # Chinese, for readers of /data/ and /api/schema/
    nullable: bool = False
    enum: tuple = ()
    fields: tuple[Field, ...] = ()  # the members of an "object"

    @property
    def type_label(self) -> str:
        return TYPES[self.type][1] + ("，可为空" if self.nullable else "")

    def json_schema(self) -> dict:
        schema = dict(TYPES[self.type][0])
        if self.fields:
            schema.update(object_schema(self.fields))
        if self.enum:
            schema["enum"] = list(self.enum)
        if self.nullable:
            schema["type"] = [schema["type"], "null"]
            if self.enum:
                schema["enum"].append(None)
        schema["description"] = self.meaning
        return schema


def object_schema(fields) -> dict:
    """Every field present (null where empty), and nothing else: an undescribed field fails validation."""
    return {
        "type": "object",
        "properties": {f.name: f.json_schema() for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }


@dataclass(frozen=True)
class Kind:
    """One kind of record: a file in the dump, a list in export_issue, a schema in the API."""

    name: str  # the dump's file name and the OpenAPI component
    label: str
    meaning: str
    export_path: tuple[str, ...]  # where its rows are in the export_issue document
    manager: str  # the Issue's related manager of its saved rows, in printed order
    fields: tuple[Field, ...]
    key_field: str | None = None  # the rows' own stable key; None: their position in the issue (1, 2, …)
    key_meaning: str = "在本期中的顺序号（1, 2, …），与页面上的锚点一致"


YEAR = Field("year", "integer", "年份")
ISSUE_NO = Field("issue_no", "integer", "期号：当年第几期")
TOTAL_NO = Field("total_no", "integer", "总期号：创刊以来第几期", nullable=True)
PUBLISH_DATE = Field("publish_date", "date", "出版日期", nullable=True)
DOC_NUMBER = Field("doc_number", "string", "文号，按原文印刷形式，如 温政办〔2020〕53号")
PAGE = Field("page", "integer", "在印刷版公报中的页码", nullable=True)

ISSUE_FIELDS = (YEAR, ISSUE_NO, TOTAL_NO, PUBLISH_DATE)
BACK_MATTER = Field("back_matter", "strings", "封二、封三、封底等处的文字（赠阅范围、编辑部信息、图片说明等），每段一项")
STATISTICS_TABLE_FIELDS = (
    Field("title", "string", "统计资料表的标题", nullable=True),
    Field("producer", "string", "制表单位，如 温州市统计局制", nullable=True),
)

KINDS = (
    Kind(
        "toc", "目录", "每期目录中的一行", ("toc",), "section_set",
        fields=(
            Field("category", "string", "栏目，按本期目录所印，如 市政府文件、市府办文件、政策解读、机构人事（有的期次印作人事任免）"),
            Field("title", "string", "标题"),
            replace(DOC_NUMBER, meaning="文号；没有文号的条目为空", nullable=True),
            PAGE,
        ),
    ),
    Kind(
        "documents", "文件", "政府令、市政府文件、市府办文件、部门文件的全文与要素", ("documents",), "document_set",
        key_field="key", key_meaning="规范化文号（无文号时为 n1, n2, …），用于永久链接",
        fields=(
            Field("category", "string", "栏目：市政府令、市政府文件、市府办文件、部门文件或部门规范性文件"),
            Field("title", "string", "标题"),
            replace(DOC_NUMBER, meaning="文号，按原文印刷形式；没有文号时为空字符串"),
            Field("registration_code", "string", "浙江省行政规范性文件统一登记号（规范化为 ZJCC00-2021-0002 形式）", nullable=True),
            Field("issuer", "string", "发文机关；联合发文时以一个空格分隔；原文未注明（没有落款，标题也未写明）时为空", nullable=True),
            Field("signed_date", "date", "成文日期", nullable=True),
            Field("addressees", "string", "主送机关", nullable=True),
            Field("attachments", "strings", "附件名称"),
            Field("effective_from", "date", "施行日期", nullable=True),
            Field("effective_until", "date", "有效期至", nullable=True),
            Field("valid_years", "integer", "有效期（年），原文写“有效期N年”时", nullable=True),
            Field("cited_doc_numbers", "strings", "正文中引用的其他文件的文号"),
            Field("amended_doc_numbers", "strings", "本文件修改的文件的文号（关于修改〈…〉的决定、《…》第X条修改为…等）"),
            Field("amended_titles", "strings", "本文件修改或修订的规则名称，用于没有印出文号时（如标题以“（2020年修订）”结尾的修订版）"),
            PAGE,
            Field("body", "string", "正文全文，段落之间以换行分隔"),
        ),
    ),
    Kind(
        "interpretations", "政策解读", "对某一文件的政策解读", ("interpretations",), "interpretation_set",
        key_field="key", key_meaning="在本期中的序号（1, 2, …），用于永久链接",
        fields=(
            Field("title", "string", "标题"),
            Field("interprets", "string", "所解读文件的文号；找不到文号时为文件名称"),
            Field("unit", "string", "解读单位", nullable=True),
            Field("body", "string", "正文全文，段落之间以换行分隔"),
        ),
    ),
    Kind(
        "appointments", "人事任免", "一人一项任免：任、免或兼任某一职务", ("appointments",), "appointment_set",
        fields=(
            Field("person", "string", "姓名"),
            Field("action", "string", "类别：appoint 任命，dismiss 免职，concurrent 兼任",
               enum=("appoint", "dismiss", "concurrent")),
            Field("position", "string", "职务"),
            Field("qualifier", "string", "说明，如 试用期一年、保留正县长级、挂职", nullable=True),
            Field("decided_by", "string", "决定机关，如 市人民政府决定"),
        ),
    ),
    Kind(
        "news", "政务简讯", "政务简讯一则", ("news",), "newsbrief_set",
        key_field="key", key_meaning="在本期中的序号（1, 2, …），与页面上的锚点一致",
        fields=(
            Field("title", "string", "标题"),
            Field("date", "date", "日期", nullable=True),
            Field("body", "string", "正文"),
        ),
    ),
    Kind(
        "chronicle", "政府记事", "政府记事中的一项（原文以 △ 开头）", ("chronicle",), "chronicleentry_set",
        fields=(
            Field("date", "date", "日期", nullable=True),
            Field("text", "string", "内容"),
        ),
    ),
    Kind(
        "issued_list", "发文目录", "当月发文目录中的一行", ("issued_list",), "issuedlistentry_set",
        fields=(
            DOC_NUMBER,
            Field("title", "string", "标题"),
        ),
    ),
    Kind(
        "statistics", "统计资料", "国民经济主要统计指标表中的一行；原文为“—”的数值为空",
        ("statistics", "rows"), "statisticsrow_set",
        fields=(
            Field("indicator", "string", "指标名称"),
            Field("sub_row", "boolean", "是否为“其中”项（上一指标的分项）"),
            Field("unit", "string", "单位，如 亿元、%；没有单位时为空字符串"),
            Field("month", "number", "当月数值", nullable=True),
            Field("month_yoy", "number", "当月同比增长（%）", nullable=True),
            Field("cumulative", "number", "累计数值", nullable=True),
            Field("cumulative_yoy", "number", "累计同比增长（%）", nullable=True),
            Field("month_printed", "string", "当月数值，按公报原文（保留末尾的零，如 10.0）", nullable=True),
            Field("month_yoy_printed", "string", "当月同比增长（%），按公报原文", nullable=True),
            Field("cumulative_printed", "string", "累计数值，按公报原文（如 14969.40）", nullable=True),
            Field("cumulative_yoy_printed", "string", "累计同比增长（%），按公报原文", nullable=True),
        ),
    ),
)

KINDS_BY_NAME = {kind.name: kind for kind in KINDS}

# ---------------------------------------------------------------------------- the bulk data dump

URL = Field("url", "string", "网页地址（设置了 GAZETTE_SITE_URL 时为完整网址，否则为站内路径）")
API_URL = Field("api_url", "string", "本期的 JSON 接口地址")

# The issues file: one row per published issue, with what export_issue has besides the record lists.
DUMP_ISSUE_FIELDS = (
    *ISSUE_FIELDS,
    *(replace(f, name=f"statistics_{f.name}", meaning=f"{f.meaning}（接口中为 statistics.{f.name}）")
      for f in STATISTICS_TABLE_FIELDS),
    BACK_MATTER,
    replace(URL, meaning="本期目录页的网页地址"),
    API_URL,
)


def dump_row_fields(kind: Kind) -> tuple[Field, ...]:
    """A record's row in the dump: its issue and stable key first, then the export_issue fields."""
    return (
        replace(YEAR, meaning="所在期的年份"),
        replace(ISSUE_NO, meaning="所在期的期号"),
        Field("key", "string", kind.key_meaning),
        replace(URL, meaning="记录的网页地址（永久链接）"),
        *kind.fields,
    )


# ---------------------------------------------------------------------------- the JSON API

ISSUE_SUMMARY_FIELDS = (
    *ISSUE_FIELDS,
    Field("url", "string", "本期的 JSON 接口地址（完整网址）"),
    Field("html_url", "string", "本期目录页的网页地址（完整网址）"),
)

ISSUE_REF = Field("issue", "object", "所在期", fields=(YEAR, ISSUE_NO))

SEARCH_RESULT_FIELDS = (
    Field("type", "string", "记录类型：document 文件，interpretation 政策解读，news 政务简讯，chronicle 政府记事，"
                         "appointment 人事任免，issued 发文目录",
       enum=("document", "interpretation", "news", "chronicle", "appointment", "issued")),
    Field("title", "string", "标题（人事任免为“姓名 任/免 职务”，政府记事为日期）"),
    Field("title_html", "string", "标题的 HTML，检索词以 <mark> 标出（其余文字已转义）"),
    Field("doc_number", "string", "文号", nullable=True),
    Field("person", "string", "人事任免的姓名", nullable=True),
    ISSUE_REF,
    Field("date", "date", "记录自身的日期（成文日期、简讯或记事日期）", nullable=True),
    Field("url", "string", "记录的网页地址（站内路径）"),
    Field("snippet", "string", "含检索词的正文片段，检索词以 <mark> 标出（其余文字已转义为 HTML）；snippets=0 时为空"),
)

FACET_VALUE_FIELDS = (
    Field("value", "string", "筛选参数的取值（年份为整数）"),
    Field("label", "string", "显示的名称"),
    Field("count", "integer", "命中记录中取这个值的条数"),
    Field("selected", "boolean", "当前是否正按这个值筛选"),
    Field("url", "string", "按这个值筛选（已选中时为取消筛选）的检索接口地址（完整网址）"),
)
FACET_NAMES = {"type": "类型", "year": "年份", "category": "栏目", "issuer": "发文机关（最多 20 个，按条数）"}

SEARCH_FIELDS = (
    Field("query", "string", "检索词，原样返回"),
    Field("total", "integer", "命中记录总数（一个文件与它在发文目录中的一行算一条）"),
    Field("page", "integer", "当前页码"),
    Field("page_size", "integer", "每页条数"),
    Field("pages", "integer", "总页数"),
    Field("next", "string", "下一页的接口地址（完整网址）", nullable=True),
    Field("previous", "string", "上一页的接口地址（完整网址）", nullable=True),
    Field("resolved", "object", "检索词是一个已收录文件的文号或登记号时：该文件", nullable=True, fields=(
        DOC_NUMBER, Field("title", "string", "标题"), Field("url", "string", "文件页面的站内路径"))),
    Field("unarchived", "object", "检索词是一个未收录全文的文号时：它出现在哪些发文目录、被哪些文件引用",
       nullable=True, fields=(
           replace(DOC_NUMBER, meaning="文号（规范化形式）"),
           Field("listed_in", "strings", "列出该文号的发文目录行的站内路径"),
           Field("cited_by", "strings", "引用该文号的文件页面的站内路径"))),
    Field("person", "object", "检索词是档案中的人名时：此人的任免页面", nullable=True, fields=(
        Field("name", "string", "姓名"), Field("url", "string", "人物页面的站内路径", nullable=True))),
    # results: the array of SEARCH_RESULT_FIELDS objects, added by opendata.openapi
)

ERROR_FIELDS = (  # and, when parameters were refused, "fields": see opendata.openapi
    Field("error", "string", "错误代码：not_found 找不到，invalid 参数无效，unavailable 暂不可用",
       enum=("not_found", "invalid", "unavailable")),
    Field("message", "string", "中文说明"),
)
