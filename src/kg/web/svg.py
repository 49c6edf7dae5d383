"""A picture of one resource's neighbourhood: the resource in the middle, its neighbours on a circle.

Pure (no Flask, no store): the page gathers :class:`Neighbour` values and this module lays them
out and writes SVG. The SVG is built with ElementTree, so every label is escaped and the result
is always well-formed XML, whether inlined in HTML or served as ``image/svg+xml``.

>>> svg = neighbourhood_svg(Node("Philippines"), [Neighbour(Node("United States", "/id/state/Q30"), ("Visit",))])
>>> svg.startswith("<svg") and "United States" in svg
True
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass, field

SVG_NS = "http://www.w3.org/2000/svg"

# Kept inside the SVG so the standalone image/svg+xml twin looks like the inlined one.
_STYLE = """
.kg-edge { stroke: #9aa5b1; stroke-width: 1.5; }
.kg-node { fill: #ffffff; stroke: #3e6a9e; stroke-width: 2; }
.kg-centre { fill: #3e6a9e; stroke: #1f3b5c; stroke-width: 2; }
.kg-label { font: 13px system-ui, sans-serif; fill: #1f2933; }
.kg-centre-label { font: bold 14px system-ui, sans-serif; fill: #1f2933; }
.kg-edge-label { font: 10px system-ui, sans-serif; fill: #52606d; }
.kg-label, .kg-centre-label, .kg-edge-label { paint-order: stroke; stroke: #ffffff; stroke-width: 3px; stroke-linejoin: round; }
a:hover .kg-node { fill: #dbe7f3; }
a:hover .kg-label { text-decoration: underline; }
"""


@dataclass(frozen=True)
class Node:
    """A vertex: its label, the page it links to (if any) and a kind for CSS (e.g. ``State``)."""

    label: str
    href: str | None = None
    kind: str = ""


@dataclass(frozen=True)
class Neighbour:
    """A resource linked to the centre, with the names of the links (fact kinds, roles)."""

    node: Node
    relations: tuple[str, ...] = field(default_factory=tuple)


def shorten(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, so labels stay on the canvas."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def edge_text(relations: Sequence[str]) -> str:
    """An edge's label short enough to fit between its two circles: ``Visit +2`` for three kinds.

    >>> edge_text(["Visit", "Signing", "Visit"])
    'Visit +1'
    """
    kinds = list(dict.fromkeys(relations))
    text = shorten(kinds[0], 20)
    return f"{text} +{len(kinds) - 1}" if len(kinds) > 1 else text


def _linked(parent: ET.Element, href: str | None) -> ET.Element:
    """Wrap children in an ``<a>`` when there is somewhere to go; SVG 2 ``href`` needs no xlink."""
    if href is None:
        return parent
    return ET.SubElement(parent, "a", {"href": href})


def neighbourhood_svg(
    centre: Node,
    neighbours: Sequence[Neighbour],
    *,
    max_neighbours: int = 16,
    width: int = 760,
    height: int = 520,
) -> str:
    """SVG markup of ``centre`` with up to ``max_neighbours`` neighbours laid out radially.

    Neighbours are drawn in the order given (the caller puts the most connected first); the rest
    are counted in a "+N more" note. Edge labels sit on the edges, node labels outside the circle.
    """
    shown = list(neighbours[:max_neighbours])
    hidden = len(neighbours) - len(shown)
    cx, cy = width / 2, height / 2
    # Fewer neighbours: a tighter circle, so short edges do not look lost in white space.
    radius = min(cx, cy) - 70 if len(shown) > 6 else min(cx, cy) - 90

    svg = ET.Element(
        "svg",
        {
            "xmlns": SVG_NS,
            "viewBox": f"0 0 {width} {height}",
            "width": str(width),
            "height": str(height),
            "role": "img",
            "class": "kg-neighbourhood",
            "aria-label": f"Neighbourhood of {centre.label}",
        },
    )
    ET.SubElement(svg, "title").text = f"{centre.label} and {len(neighbours)} connected resources"
    ET.SubElement(svg, "style").text = _STYLE

    edges = ET.SubElement(svg, "g", {"class": "kg-edges"})
    nodes = ET.SubElement(svg, "g", {"class": "kg-nodes"})
    for i, neighbour in enumerate(shown):
        # Start at twelve o'clock and go clockwise; a half-step offset for two keeps them level.
        angle = -math.pi / 2 + 2 * math.pi * i / len(shown) + (math.pi / 2 if len(shown) == 2 else 0)
        x, y = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
        ET.SubElement(edges, "line", {"class": "kg-edge", "x1": _f(cx), "y1": _f(cy), "x2": _f(x), "y2": _f(y)})
        if neighbour.relations:
            # Along the edge, 55% of the way out and kept upright: labels of adjacent edges then
            # diverge with their edges instead of piling up around the centre.
            lx, ly = cx + 0.5 * (x - cx), cy + 0.5 * (y - cy)
            degrees = math.degrees(angle)
            if math.cos(angle) < 0:
                degrees += 180
            edge_label = ET.SubElement(
                edges,
                "text",
                {"class": "kg-edge-label", "x": _f(lx), "y": _f(ly - 4), "text-anchor": "middle",
                 "transform": f"rotate({degrees:.1f} {_f(lx)} {_f(ly)})"},
            )
            edge_label.text = edge_text(neighbour.relations)
            ET.SubElement(edge_label, "title").text = ", ".join(dict.fromkeys(neighbour.relations))

        group = _linked(nodes, neighbour.node.href)
        circle = ET.SubElement(
            group, "circle", {"class": f"kg-node kg-{neighbour.node.kind}".strip(), "cx": _f(x), "cy": _f(y), "r": "8"}
        )
        ET.SubElement(circle, "title").text = neighbour.node.label
        cos = math.cos(angle)
        anchor = "start" if cos > 0.3 else "end" if cos < -0.3 else "middle"
        tx = x + (14 if anchor == "start" else -14 if anchor == "end" else 0)
        ty = y + (5 if anchor != "middle" else (24 if math.sin(angle) > 0 else -14))
        label = ET.SubElement(group, "text", {"class": "kg-label", "x": _f(tx), "y": _f(ty), "text-anchor": anchor})
        label.text = shorten(neighbour.node.label, 30)

    group = _linked(nodes, centre.href)
    ET.SubElement(group, "circle", {"class": "kg-centre", "cx": _f(cx), "cy": _f(cy), "r": "13"})
    centre_label = ET.SubElement(
        group, "text", {"class": "kg-centre-label", "x": _f(cx), "y": _f(cy + 34), "text-anchor": "middle"}
    )
    centre_label.text = shorten(centre.label, 40)

    if not shown:
        note = ET.SubElement(svg, "text", {"class": "kg-edge-label", "x": _f(cx), "y": _f(cy + 60), "text-anchor": "middle"})
        note.text = "no connected resources"
    if hidden > 0:
        more = ET.SubElement(svg, "text", {"class": "kg-edge-label", "x": _f(width - 10), "y": _f(height - 10), "text-anchor": "end"})
        more.text = f"+{hidden} more not shown"
    return ET.tostring(svg, encoding="unicode")


def _f(value: float) -> str:
    """Coordinates to one decimal: enough for a screen, short in the markup."""
    return f"{value:.1f}"
