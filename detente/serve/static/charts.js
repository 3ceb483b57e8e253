// The two time charts (Chart.js, vendored): cooperation–conflict index with turning points, and counts by type.
import { scoreColor } from "./dom.js";

const TYPE_COLORS = {
  AGREE: "#1e8449", CONSULT: "#52be80", SUPPORT: "#27ae60", CONCEDE: "#7dcea0", COOPERATE: "#148f77", AID: "#0e6655",
  RETREAT: "#a9cce3", REQUEST: "#5dade2", ACCUSE: "#f5b041", REJECT: "#eb984e", THREATEN: "#dc7633",
  PROTEST: "#af7ac5", SANCTION: "#cb4335", MOBILIZE: "#a04000", COERCE: "#922b21", ASSAULT: "#641e16",
};
const FALLBACK = ["#566573", "#7f8c8d", "#95a5a6", "#2e4053", "#884ea0"];

export function typeColor(type, i = 0) {
  return TYPE_COLORS[type] || FALLBACK[i % FALLBACK.length];
}

// Draws a dashed vertical line and a diamond at each turning point (indexes in chart.options.turningPoints).
const turningPointPlugin = {
  id: "turningPoints",
  afterDatasetsDraw(chart) {
    const points = chart.options.plugins.turningPoints?.points || [];
    const { ctx, chartArea, scales } = chart;
    ctx.save();
    for (const tp of points) {
      const x = scales.x.getPixelForValue(tp.index);
      ctx.strokeStyle = "rgba(40,40,40,0.55)";
      ctx.setLineDash([5, 4]);
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top);
      ctx.lineTo(x, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = tp.change > 0 ? "#1e8449" : "#c0392b";
      ctx.beginPath();
      ctx.moveTo(x, chartArea.top + 2);
      ctx.lineTo(x + 6, chartArea.top + 8);
      ctx.lineTo(x, chartArea.top + 14);
      ctx.lineTo(x - 6, chartArea.top + 8);
      ctx.closePath();
      ctx.fill();
      ctx.font = "11px system-ui, sans-serif";
      ctx.fillStyle = "#333";
      ctx.fillText(tp.label, Math.min(x + 8, chartArea.right - 120), chartArea.top + 12);
    }
    ctx.restore();
  },
};

function periodLabel(period, freq) {
  if (freq === "month") return period.slice(0, 7);
  if (freq === "year") return period.slice(0, 4);
  if (freq === "quarter") return `${period.slice(0, 4)}-Q${Math.floor((+period.slice(5, 7) - 1) / 3) + 1}`;
  return period;
}

export function renderIndexChart(canvas, existing, series, turning, onPick) {
  if (existing) existing.destroy();
  const labels = series.periods.map((p) => periodLabel(p.period, series.freq));
  const index = series.periods.map((p) => p.score_mean);
  const tone = series.periods.map((p) => p.tone_mean);
  const byPeriod = new Map(series.periods.map((p, i) => [p.period, i]));
  const segmentLine = new Array(series.periods.length).fill(null);
  for (const seg of turning?.segments || []) {
    for (let i = byPeriod.get(seg.start); i !== undefined && i <= byPeriod.get(seg.end); i++) segmentLine[i] = seg.mean;
  }
  const points = (turning?.points || []).map((tp) => ({
    index: byPeriod.get(tp.period), change: tp.change,
    label: `${periodLabel(tp.period, series.freq)} ${tp.direction}`,
  })).filter((tp) => tp.index !== undefined);
  return new Chart(canvas, {
    type: "line",
    data: {
      labels,
      datasets: [
        { label: "index (mean score)", data: index, borderColor: "#34495e", spanGaps: true, tension: 0.2,
          pointRadius: series.periods.map((p) => (p.count ? 3 + Math.min(6, Math.sqrt(p.count)) : 0)),
          pointHoverRadius: 8, pointBackgroundColor: index.map((v) => scoreColor(v)) },
        { label: "segment mean", data: segmentLine, borderColor: "rgba(52,73,94,0.35)", borderDash: [6, 4],
          pointRadius: 0, stepped: true, spanGaps: false },
        { label: "tone (evidence sentences)", data: tone, borderColor: "#b7950b", borderWidth: 1, pointRadius: 0,
          spanGaps: true, hidden: tone.every((v) => v === null) },
      ],
    },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      interaction: { mode: "index", intersect: false },
      scales: { y: { suggestedMin: -6, suggestedMax: 6, title: { display: true, text: "conflict ← → cooperation" } } },
      plugins: {
        turningPoints: { points },
        tooltip: { callbacks: { afterBody: (items) => {
          const p = series.periods[items[0].dataIndex];
          return `${p.count} events (${p.a_to_b} ${series.a}→${series.b}, ${p.b_to_a} ${series.b}→${series.a})`;
        } } },
      },
      onClick: (event, _elements, chart) => {
        const hits = chart.getElementsAtEventForMode(event, "index", { intersect: false }, true);
        if (hits.length) onPick(hits[0].index);
      },
    },
    plugins: [turningPointPlugin],
  });
}

export function renderTypesChart(canvas, existing, series, onPick) {
  if (existing) existing.destroy();
  const labels = series.periods.map((p) => periodLabel(p.period, series.freq));
  const datasets = series.types.map((type, i) => ({
    label: type, data: series.periods.map((p) => p.by_type[type] || 0), backgroundColor: typeColor(type, i), stack: "n",
  }));
  return new Chart(canvas, {
    type: "bar",
    data: { labels, datasets },
    options: {
      responsive: true, maintainAspectRatio: false, animation: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
      plugins: { legend: { position: "right", labels: { boxWidth: 12 } } },
      onClick: (event, _elements, chart) => {
        const hits = chart.getElementsAtEventForMode(event, "index", { intersect: false }, true);
        if (hits.length) onPick(hits[0].index);
      },
    },
  });
}
