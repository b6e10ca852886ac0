"""Outlet background (data/outlets.csv): country, ownership or funding, background, with URLs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from ..paths import data_dir
from ..validation import read_table
from .measures import NOT_KNOWN

OUTLET_FACTS = ["country", "ownership_funding", "background"]


def load_outlets(path: Path | str | None = None) -> pd.DataFrame:
    """data/outlets.csv: actor_id, outlet, role_in_corpus, outlet_type, country,
    ownership_funding, background, background_url. Raises ValueError naming the file when a
    column is missing or a known fact has no URL."""
    path = Path(path) if path else data_dir() / "outlets.csv"
    table = read_table("outlets", path)
    columns = ["actor_id", "outlet", "role_in_corpus", "outlet_type", *OUTLET_FACTS,
               "background_url"]
    missing = [c for c in columns if c not in table.columns]
    if missing:
        raise ValueError(f"{path}: missing column(s) {', '.join(missing)}")
    for row in table.itertuples(index=False):
        known = [f for f in OUTLET_FACTS if not getattr(row, f).startswith(NOT_KNOWN)]
        if known and not row.background_url.strip():
            raise ValueError(f"{path}: {row.outlet}: {', '.join(known)} given without a URL")
    return table[columns]
