"""The attribution graph: who said a figure, for whom, through whom, printed where."""

from __future__ import annotations

import textwrap

import matplotlib.pyplot as plt
import networkx as nx
import numpy as np
import pandas as pd

from ..actors import canonical_speaker
from ..claims import chain_hops, load_claims
from ..figures import OKABE_ITO
from .corroborate import _known

KINDS = ("institution", "speaker", "outlet", "seed")


def attribution_graph(claims: pd.DataFrame | None = None) -> nx.DiGraph:
    """Who said it, for whom, through whom, printed where.

    Nodes carry `kind` (institution | speaker | outlet | seed), `claims` (sorted claim ids
    resting on the node) and `hop` (furthest position in a chain, speaker = 0). Edges run
    institution -> speaker -> relaying outlets -> the seed's outlet -> seed, with `claims` too.
    Names resolve to actors.csv canonical names, so "Tengri News" and "Tengrinews" are one.
    """
    claims = load_claims() if claims is None else claims
    graph = nx.DiGraph()

    def add(node: str, kind: str, claim: str, hop: int = 0) -> None:
        if node not in graph:
            graph.add_node(node, kind=kind, claims=[], hop=hop)
        graph.nodes[node]["hop"] = max(graph.nodes[node]["hop"], hop)
        if KINDS.index(kind) < KINDS.index(graph.nodes[node]["kind"]):
            graph.nodes[node]["kind"] = kind
        if claim not in graph.nodes[node]["claims"]:
            graph.nodes[node]["claims"] = sorted([*graph.nodes[node]["claims"], claim])

    def link(u: str, v: str, claim: str) -> None:
        if u == v:
            return
        if not graph.has_edge(u, v):
            graph.add_edge(u, v, claims=[])
        graph.edges[u, v]["claims"] = sorted({*graph.edges[u, v]["claims"], claim})

    for claim in claims.itertuples(index=False):
        hops = [canonical_speaker(h) for h in chain_hops(claim.chain)]
        institution = canonical_speaker(claim.speaker_institution)
        path = []
        if _known(institution):
            add(institution, "institution", claim.claim_id)
            path.append(institution)
        add(hops[0], "speaker", claim.claim_id)
        path.append(hops[0])
        for n, hop in enumerate(hops[1:], start=1):
            add(hop, "outlet", claim.claim_id, n)
            path.append(hop)
        add(claim.doc_id, "seed", claim.claim_id)
        path.append(claim.doc_id)
        for u, v in zip(path, path[1:], strict=False):
            link(u, v, claim.claim_id)
    return graph


def claims_per_node(graph: nx.DiGraph, kind: str = "institution") -> pd.DataFrame:
    """How many ledger figures rest on each node of one kind.

    Columns: node, n_claims, claims (";"-joined); most figures first, then by name.
    """
    rows = [{"node": n, "n_claims": len(d["claims"]), "claims": ";".join(d["claims"])}
            for n, d in graph.nodes(data=True) if d["kind"] == kind]
    table = pd.DataFrame(rows, columns=["node", "n_claims", "claims"])
    return table.sort_values(["n_claims", "node"], ascending=[False, True]).reset_index(drop=True)


def _layers(graph: nx.DiGraph) -> dict[str, int]:
    """Column of each node: institutions 0, speakers 1, outlets by their furthest position in a
    chain (relays left of the outlets that printed them), seeds last. A body that is both an
    institution and a relay (the KNB relaying its chairman) stays in the institutions' column."""
    offset = {"institution": 0, "speaker": 1}
    layer = {n: offset.get(d["kind"], 1 + d["hop"]) for n, d in graph.nodes(data=True)
             if d["kind"] != "seed"}
    last = max(layer.values(), default=0) + 1
    layer |= {n: last for n, d in graph.nodes(data=True) if d["kind"] == "seed"}
    return layer


def draw_attribution_graph(graph: nx.DiGraph, title: str = "Who the figures rest on"
                           ) -> plt.Figure:
    """The graph in columns from left (institutions) to right (seeds); node size = number of
    figures resting on the node; colour = kind. Deterministic layout, no randomness."""
    layer = _layers(graph)
    columns: dict[int, list[str]] = {}
    pos: dict[str, tuple[float, float]] = {}
    step = 1.9  # room below a large node for its four-line label
    for x in sorted(set(layer.values())):
        nodes = [n for n in graph.nodes if layer[n] == x]

        def key(node: str) -> tuple[float, float, str]:
            ys = [pos[p][1] for p in graph.predecessors(node) if p in pos]
            centre = -float(np.mean(ys)) if ys else np.inf  # barycentre: fewer crossings
            return (centre, -len(graph.nodes[node]["claims"]), node)

        nodes.sort(key=key)
        columns[x] = nodes
        for k, node in enumerate(nodes):
            pos[node] = (x, -step * (k - (len(nodes) - 1) / 2))
    colours = dict(zip(KINDS, [OKABE_ITO[5], OKABE_ITO[0], OKABE_ITO[1], OKABE_ITO[2]],
                       strict=True))
    height = max(len(n) for n in columns.values()) if columns else 1
    fig, ax = plt.subplots(figsize=(2.6 * max(len(columns), 1) + 1, 1.5 * height + 1.5))
    nodes = sorted(graph.nodes)
    sizes = [300 + 250 * len(graph.nodes[n]["claims"]) for n in nodes]
    nx.draw_networkx_edges(graph, pos, ax=ax, edge_color="#777777", arrows=True,
                           arrowsize=12, node_size=sizes, nodelist=nodes,
                           connectionstyle="arc3,rad=0.12")
    nx.draw_networkx_nodes(graph, pos, ax=ax, nodelist=nodes, node_size=sizes,
                           node_color=[colours[graph.nodes[n]["kind"]] for n in nodes],
                           edgecolors="black", linewidths=0.5)
    for node, (px, py) in pos.items():
        n = len(graph.nodes[node]["claims"])
        label = "\n".join(textwrap.wrap(node, 22)) + f"\n({n} figure{'s' if n != 1 else ''})"
        ax.text(px, py - 0.3 - 0.04 * n, label, ha="center", va="top", fontsize=7)
    for kind in KINDS:
        ax.scatter([], [], color=colours[kind], edgecolors="black", linewidths=0.5, label=kind)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title="node kind")
    ax.set_title(title)
    ax.set_xlim(-0.6, max(columns, default=0) + 0.6)
    ax.set_ylim(-step * height / 2 - 0.9, step * height / 2 + 0.3)
    ax.axis("off")
    return fig
