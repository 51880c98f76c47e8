"""The OpenAPI 3.1 description of the JSON API, served at /api/schema/.

Built, not hand-written: the record schemas come from opendata.fields (the same descriptions as
the data dictionary on /data/), the search parameters from search.forms.SearchForm (the form that
validates them). tests/test_api_schema.py checks every endpoint's real responses against it.
"""

from __future__ import annotations

from django import forms

from opendata import fields as described
from search.forms import SearchForm

JSON = "application/json"


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _response(description: str, schema: dict) -> dict:
    return {"description": description, "content": {JSON: {"schema": schema}}}


def _error(description: str) -> dict:
    return _response(description, _ref("Error"))


def issue_schema() -> dict:
    """The export_issue document: the issue's own fields, then each kind's list where export_path puts it."""
    issue = described.object_schema([*described.ISSUE_FIELDS, described.BACK_MATTER])
    issue["properties"]["statistics"] = {**described.object_schema(described.STATISTICS_TABLE_FIELDS),
                                         "description": "统计资料表：标题、制表单位及各行"}
    issue["required"].append("statistics")
    for kind in described.KINDS:
        *parents, name = kind.export_path
        target = issue
        for parent in parents:
            target = target["properties"][parent]
        target["properties"][name] = {"type": "array", "items": _ref(kind.name), "description": kind.meaning}
        target["required"].append(name)
    return issue


def components() -> dict:
    search = described.object_schema(described.SEARCH_FIELDS)
    search["properties"]["results"] = {"type": "array", "items": _ref("SearchResult"),
                                       "description": "本页的命中记录"}
    search["required"].append("results")
    search["properties"]["facets"] = {
        "type": "object", "description": "分类统计：各筛选条件的取值及命中条数，每个取值附按它筛选的地址",
        "properties": {name: {"type": "array", "items": _ref("FacetValue"), "description": meaning}
                       for name, meaning in described.FACET_NAMES.items()},
        "required": list(described.FACET_NAMES), "additionalProperties": False,
    }
    search["required"].append("facets")
    facet_value = described.object_schema(described.FACET_VALUE_FIELDS)
    facet_value["properties"]["value"]["type"] = ["string", "integer"]
    error = described.object_schema(described.ERROR_FIELDS)
    error["properties"]["fields"] = {
        "type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}},
        "description": "参数无效时：参数名 → 该参数的问题（中文）",
    }
    return {
        "IssueSummary": described.object_schema(described.ISSUE_SUMMARY_FIELDS),
        "Issue": issue_schema(),
        **{kind.name: {**described.object_schema(kind.fields), "description": kind.meaning}
           for kind in described.KINDS},
        "SearchResults": search,
        "SearchResult": described.object_schema(described.SEARCH_RESULT_FIELDS),
        "FacetValue": facet_value,
        "Error": error,
    }


def search_parameters() -> list[dict]:
    """One query parameter per field of the search form, with the form's own limits and choices."""
    parameters = []
    for name, field in SearchForm.base_fields.items():
        schema = _form_field_schema(field)
        description = "；".join(str(text) for text in (field.label, field.help_text) if text)
        parameters.append({"name": name, "in": "query", "required": False, "description": description,
                           "schema": schema})
    return parameters


def _form_field_schema(field: forms.Field) -> dict:
    if isinstance(field, forms.ChoiceField):
        return {"type": "string", "enum": [value for value, _ in field.choices if value]}
    if isinstance(field, forms.IntegerField):
        limits = {"minimum": field.min_value, "maximum": field.max_value}
        return {"type": "integer", **{key: value for key, value in limits.items() if value is not None}}
    if isinstance(field, forms.DateField):
        return {"type": "string", "format": "date"}
    return {"type": "string", **({"maxLength": field.max_length} if field.max_length else {})}


def _path_parameter(name: str, description: str) -> dict:
    return {"name": name, "in": "path", "required": True, "description": description,
            "schema": {"type": "integer", "minimum": 0}}


def schema(server_url: str) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "温州市人民政府公报档案 JSON 接口",
            "version": "1",
            "description": "只读接口，不需要登录，允许跨域（CORS）访问。字段含义与 /data/ 的数据字典一致；"
                           "出错时返回 Error：error 为错误代码，message 为中文说明。",
        },
        "servers": [{"url": server_url}],
        "paths": {
            "/api/issues/": {"get": {
                "operationId": "listIssues",
                "summary": "全部已发布的各期，新的在前",
                "responses": {"200": _response("各期列表", {"type": "array", "items": _ref("IssueSummary")})},
            }},
            "/api/issues/{year}/{issue_no}/": {"get": {
                "operationId": "getIssue",
                "summary": "一期公报的全部记录（与 manage.py export_issue 输出相同）",
                "parameters": [_path_parameter("year", "年份，如 2020"),
                               _path_parameter("issue_no", "期号：当年第几期，如 6")],
                "responses": {
                    "200": _response("这一期", _ref("Issue")),
                    "404": _error("档案中没有这一期（或尚未发布）"),
                },
            }},
            "/api/search/": {"get": {
                "operationId": "search",
                "summary": "全文检索：与 /search/ 页面相同的参数和结果，分页（默认每页 10 条）并附分类统计",
                "description": "q 与筛选条件至少要有一个。q 中的词默认同时出现；\"加引号\" 为短语，OR 表示或，"
                               "NOT 或 -词 表示排除；q 是文号或登记号（任何常见写法）时，resolved 给出该文件。",
                "parameters": search_parameters(),
                "responses": {
                    "200": _response("检索结果", _ref("SearchResults")),
                    "400": _error("参数无效（fields 指出哪个参数），或既没有检索词也没有筛选条件"),
                    "503": _error("检索索引暂不可用（例如正在重建），稍后再试"),
                },
            }},
        },
        "components": {"schemas": components()},
    }
