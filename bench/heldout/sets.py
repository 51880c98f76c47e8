"""The held-out sets: each a folder of <issue>.txt + <issue>.gold.json built from its spec/h<issue>.py.

bench/heldout/ (the first nine issues) holds the tooling every set shares: the printer and typesetter,
the gold writer, the scan degrader and run.py; bench/heldout2/, bench/heldout3/, bench/heldout5/ (Zhejiang sources
only), bench/heldout6/ (Fujian sources only) bench/heldout7/ (Jiangxi and Jilin sources only) bench/heldout8/ (Hainan and Yunnan sources only) and bench/heldout9/ (Xinjiang, Tibet,
Qinghai and Ningxia sources only) and bench/heldout10/ (Zhejiang, Fujian, Jiangxi and Jilin sources, Wenzhou first) and bench/heldout11/ (Fujian,
Jiangxi, Jilin, Hainan, Yunnan, Heilongjiang, Tianjin and Hebei sources) and bench/heldout12/ (Guangxi, Liaoning,
Chongqing and Shaanxi sources) and bench/heldout13/ (Gansu, Jiangsu, Hunan and Guizhou sources) and bench/heldout14/ (Henan, Inner Mongolia, Anhui
and Shanxi sources) and bench/heldout15/ (Sichuan and Hubei sources) and bench/heldout16/ (Shandong and Guangdong sources) and bench/heldout17/ (Zhejiang, Guangxi, Jiangsu, Shanxi and other
reserved regions' sources, city-level bodies first) and bench/heldout18/ (documents, briefs, an interpretation,
chronicles and appointments of city- and county-level bodies across the reserved regions) and bench/heldout19/
(documents, briefs, chronicles, appointments and statistics of city- and county-level bodies of Zhejiang, Qinghai,
Jiangxi, Hubei, Guangdong, Guangxi and Sichuan, Wenzhou's own 龙港 among them) and bench/heldout20/ (documents,
appointments, briefs, chronicles, 发文目录 and statistics of bodies of the northern and eastern reserved regions) hold only
their specs and their outputs.
Nothing here imports the parser.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent
SETS = {name: BENCH / name for name in ("heldout", "heldout2", "heldout3", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20")}


def folders(choice: str) -> dict[str, Path]:
    """'all' or one set's name → {name: folder}."""
    return dict(SETS) if choice == "all" else {choice: SETS[choice]}


def issue_names(folder: Path) -> list[str]:
    return sorted(p.stem[1:].replace("_", "-") for p in (folder / "spec").glob("h*.py"))


def gold_names(folder: Path) -> list[str]:
    return sorted(p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json"))


def load_spec(folder: Path, name: str) -> dict:
    """spec/h<issue>.py of a set, loaded by path (every set has its own `spec` folder)."""
    path = folder / "spec" / f"h{name.replace('-', '_')}.py"
    module_spec = importlib.util.spec_from_file_location(f"{folder.name}_h{name.replace('-', '_')}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module.ISSUE
