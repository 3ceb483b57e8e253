// Map of event locations (equirectangular over a vendored Natural Earth outline) and the actor network (SVG).
import { clear, fmtScore, scoreColor, svg } from "./dom.js";

const MAP_W = 720;
const MAP_H = 360;
let landPath = null;

const project = (lon, lat) => [((lon + 180) / 360) * MAP_W, ((90 - lat) / 180) * MAP_H];

// A ring as SVG path data; a jump across the antimeridian starts a new sub-path instead of a line across the map.
function ringPath(ring) {
  let previous = null;
  return ring.map(([lon, lat]) => {
    const [x, y] = project(lon, lat);
    const command = previous === null || Math.abs(lon - previous) > 180 ? "M" : "L";
    previous = lon;
    return `${command}${x.toFixed(1)},${y.toFixed(1)}`;
  }).join("") + "Z";
}

export async function loadLand() {
  if (landPath !== null) return landPath;
  try {
    const world = await (await fetch("/static/vendor/world-atlas-2.0.2-land-110m.json")).json();
    const land = topojson.feature(world, world.objects.land);
    const polygons = [];
    for (const feature of land.features || [land]) {
      const geometry = feature.geometry || feature;
      const list = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
      for (const polygon of list) for (const ring of polygon) polygons.push(ringPath(ring));
    }
    landPath = polygons.join("");
  } catch (error) {
    landPath = "";
  }
  return landPath;
}

export function renderMap(root, points, onPick) {
  clear(root);
  root.append(svg("rect", { x: 0, y: 0, width: MAP_W, height: MAP_H, class: "sea" }));
  for (let lon = -150; lon <= 150; lon += 30) {
    const [x] = project(lon, 0);
    root.append(svg("line", { x1: x, y1: 0, x2: x, y2: MAP_H, class: "graticule" }));
  }
  for (let lat = -60; lat <= 60; lat += 30) {
    const [, y] = project(0, lat);
    root.append(svg("line", { x1: 0, y1: y, x2: MAP_W, y2: y, class: "graticule" }));
  }
  if (landPath) root.append(svg("path", { d: landPath, class: "land", "fill-rule": "evenodd" }));
  const max = Math.max(1, ...points.map((p) => p.events));
  for (const p of points) {
    const [x, y] = project(p.lon, p.lat);
    const dot = svg("circle", {
      cx: x.toFixed(1), cy: y.toFixed(1), r: (3 + 9 * Math.sqrt(p.events / max)).toFixed(1),
      fill: scoreColor(p.mean_score, 0.75), class: "place", onclick: () => onPick(p),
    });
    dot.append(svg("title", { text: `${p.name || "?"} (${p.country || "?"}): ${p.events} events, mean ${fmtScore(p.mean_score)}, mostly ${p.top_type}` }));
    root.append(dot);
  }
  if (!points.length) {
    root.append(svg("text", { x: MAP_W / 2, y: MAP_H / 2, class: "empty", "text-anchor": "middle", text: "No located events" }));
  }
}

export function renderNetwork(root, network, selected, onPick) {
  clear(root);
  const size = 420;
  const center = size / 2;
  const radius = size / 2 - 48;
  const nodes = network.nodes.slice(0, 24);
  const position = new Map(nodes.map((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length - Math.PI / 2;
    return [n.id, [center + radius * Math.cos(angle), center + radius * Math.sin(angle)]];
  }));
  const maxEdge = Math.max(1, ...network.edges.map((e) => e.events));
  for (const edge of network.edges) {
    const a = position.get(edge.a);
    const b = position.get(edge.b);
    if (!a || !b) continue;
    const on = selected.has(edge.a) && selected.has(edge.b);
    const line = svg("line", {
      x1: a[0], y1: a[1], x2: b[0], y2: b[1], stroke: scoreColor(edge.mean_score, on ? 0.95 : 0.55),
      "stroke-width": (1 + 6 * Math.sqrt(edge.events / maxEdge)).toFixed(1), class: on ? "edge selected" : "edge",
    });
    line.append(svg("title", { text: `${edge.a}–${edge.b}: ${edge.events} events, mean ${fmtScore(edge.mean_score)}` }));
    root.append(line);
  }
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  for (const node of nodes) {
    const [x, y] = position.get(node.id);
    const group = svg("g", { class: selected.has(node.id) ? "node selected" : "node", "data-code": node.id,
                             onclick: () => onPick(node.id) });
    group.append(svg("circle", { cx: x, cy: y, r: (6 + 10 * Math.sqrt(node.events / maxNode)).toFixed(1) }));
    const dx = x - center;
    const dy = y - center;
    const norm = Math.hypot(dx, dy) || 1;
    group.append(svg("text", { x: x + (dx / norm) * 26, y: y + (dy / norm) * 22 + 4, "text-anchor": "middle", text: node.id }));
    group.append(svg("title", { text: `${node.id}: ${node.events} events with ${node.degree} partners` }));
    root.append(group);
  }
  if (!nodes.length) {
    root.append(svg("text", { x: center, y: center, class: "empty", "text-anchor": "middle", text: "No country pairs" }));
  }
}
