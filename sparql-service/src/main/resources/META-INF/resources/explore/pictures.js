// The pictures of an entity: its neighbourhood as a graph and its events on a timeline, both
// drawn with Cytoscape.js (served from the jar), filtered in the page by relation and by time.
// A click on a neighbour opens its page; a click on an event opens the event's page.
import cytoscape from '/webjars/cytoscape/dist/cytoscape.esm.min.mjs';

const section = document.getElementById('pictures');
const entity = section.dataset.entity;
const base = section.dataset.base;
const status = document.getElementById('picture-status');
// The filters apply as they change: the form is never sent.
document.getElementById('picture-filters').addEventListener('submit', event => event.preventDefault());

const KIND_COLOURS = { Person: '#1f6fd1', Organisation: '#7b4fc4', Country: '#c2410c', Place: '#15803d' };
// Distinct hues in a fixed order, given to the relations drawn in their alphabetical order.
const RELATION_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f',
  '#bcbd22', '#17becf', '#393b79', '#637939', '#843c39'];
const TYPE_LANES = ['Meeting', 'Pledge', 'Accusation', 'Statement', 'Visit', 'Attack'];
const TYPE_COLOURS = { Meeting: '#2563eb', Pledge: '#16a34a', Accusation: '#dc2626', Statement: '#9333ea',
  Visit: '#ca8a04', Attack: '#b91c1c' };
const DAY = 86400000;

/**
 * Where a link to `iri` goes: IRIs under the base stay on this service when it runs elsewhere;
 * null for an IRI that is no http(s) address (javascript:, data:), which is never followed.
 */
function href(iri) {
  const here = location.origin + '/';
  if (!/^https?:/i.test(iri)) {
    return null;
  }
  return base !== here && iri.startsWith(base) ? '/' + iri.slice(base.length) : iri;
}

/** Opens the page of `iri`, when it has one. */
function follow(iri) {
  const target = href(iri);
  if (target) {
    location.href = target;
  }
}

const api = (route, limit) => fetch(`/api/explore/${route}?limit=${limit}&entity=${encodeURIComponent(entity)}`)
  .then(r => r.ok ? r.json() : r.json().then(e => Promise.reject(new Error(e.error))));

const [neighbourhood, timeline] = await Promise.all([api('neighbourhood', 200), api('timeline', 500)])
  .catch(e => { status.textContent = 'Cannot draw: ' + e.message; throw e; });

const graph = drawGraph(neighbourhood);
const events = drawTimeline(timeline);
const relations = filters(neighbourhood);
const times = [...neighbourhood.edges.flatMap(e => e.times), ...timeline.events.map(e => e.time)].map(Date.parse);
const from = document.getElementById('time-from');
const to = document.getElementById('time-to');
const day = t => new Date(t).toISOString().slice(0, 10);
function resetTime() {
  from.value = times.length ? day(Math.min(...times)) : '';
  to.value = times.length ? day(Math.max(...times)) : '';
  apply();
}
from.addEventListener('change', apply);
to.addEventListener('change', apply);
document.getElementById('time-reset').addEventListener('click', resetTime);
resetTime();
// For tests and the curious: the two drawings.
window.newsgraphPictures = { graph, events };

/** The neighbourhood: the entity in the middle, neighbours around it, most connected nearest. */
function drawGraph(data) {
  const container = document.getElementById('graph');
  const width = container.clientWidth;
  const height = container.clientHeight;
  const centre = data.entity.iri;
  const others = data.nodes.filter(n => n.entity.iri !== centre);
  // A sunflower spiral: each node gets the same share of an ellipse that fills the box, so
  // labels keep their room whatever the count, and the drawing opens at a readable zoom.
  const radius = Math.min(width, height) / 2 - 40;
  const stretch = Math.max(1, (width - 160) / (height - 80));
  // The first places of the spiral are left empty: the centre and its label take them.
  const hole = 4;
  const step = radius / Math.sqrt(others.length + hole);
  const golden = Math.PI * (3 - Math.sqrt(5));
  const position = i => ({
    x: width / 2 + stretch * step * Math.sqrt(i + hole) * Math.cos((i + hole) * golden),
    y: height / 2 + step * Math.sqrt(i + hole) * Math.sin((i + hole) * golden),
  });
  const most = Math.max(1, ...others.map(n => n.events));
  const nodes = [{ data: { id: centre, label: data.entity.label, kind: data.entity.kind, size: 46 },
    position: { x: width / 2, y: height / 2 }, classes: 'centre' }]
    .concat(others.map((n, i) => ({
      data: { id: n.entity.iri, label: n.entity.label, kind: n.entity.kind, events: n.events,
        size: 8 + 14 * Math.sqrt(n.events / most) },
      position: position(i),
    })));
  const edges = data.edges.map(e => ({
    data: { id: `${e.target} ${e.relation}`, source: e.source, target: e.target, relation: e.relation,
      label: `${e.label} (${e.events})`, times: e.times.map(Date.parse) },
  }));
  const cy = cytoscape({
    container, elements: { nodes, edges }, layout: { name: 'preset', fit: true, padding: 24 },
    minZoom: 0.1, maxZoom: 6, wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: {
        'background-color': n => KIND_COLOURS[n.data('kind')] || '#6b7280', width: 'data(size)', height: 'data(size)',
        label: 'data(label)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 2, 'color': '#1b1b1b',
        'text-wrap': 'wrap', 'text-max-width': 90, 'text-background-color': '#fff', 'text-background-opacity': 0.75,
        'text-background-padding': 1, 'min-zoomed-font-size': 7 } },
      { selector: 'node.centre', style: { 'font-size': 15, 'font-weight': 'bold', 'border-width': 3,
        'border-color': '#17324d', 'z-index': 10 } },
      { selector: 'edge', style: { width: 1.5, 'curve-style': 'bezier', opacity: 0.55,
        'line-color': e => relationColour(e.data('relation')), 'target-arrow-shape': 'triangle',
        'target-arrow-color': e => relationColour(e.data('relation')), 'arrow-scale': 0.7 } },
      { selector: 'edge:selected, edge.hover', style: { label: 'data(label)', 'font-size': 10, opacity: 1, width: 3,
        'text-background-color': '#fff', 'text-background-opacity': 0.9 } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.on('tap', 'node', event => {
    if (event.target.id() !== centre) {
      follow(event.target.id());
    }
  });
  cy.on('mouseover', 'node', event => {
    const n = event.target;
    status.textContent = `${n.data('label')} (${n.data('kind') || 'entity'})` + (n.id() === centre ? ''
      : ': ' + n.connectedEdges(':visible').map(e => e.data('label')).join(', ') + ' — click to open');
    n.connectedEdges().addClass('hover');
  });
  cy.on('mouseout', 'node', event => event.target.connectedEdges().removeClass('hover'));
  return cy;
}

/** The events along time, one lane per type. */
function drawTimeline(data) {
  const container = document.getElementById('timeline');
  const width = container.clientWidth;
  const height = container.clientHeight;
  const left = 110;
  const at = data.events.map(e => Date.parse(e.time));
  const first = at.length ? Math.min(...at) : Date.now();
  const last = at.length ? Math.max(...at) : first;
  const span = Math.max(last - first, DAY);
  const x = t => left + (width - left - 110) * (t - first) / span;
  const lane = type => 30 + Math.max(0, TYPE_LANES.indexOf(type)) * (height - 80) / (TYPE_LANES.length - 1);
  // Events at the same place in the same lane are stacked a little, so that each stays clickable.
  const taken = new Map();
  // Labels only when they have room: few events, or zoomed in.
  const roomy = data.events.length <= (width - left) / 150;
  const nodes = data.events.map((e, i) => {
    const key = `${e.type} ${Math.round(x(at[i]) / 8)}`;
    const n = taken.get(key) || 0;
    taken.set(key, n + 1);
    return { data: { id: e.iri, label: e.label, type: e.type, time: at[i], summary: e.summary },
      position: { x: x(at[i]), y: lane(e.type) + (n % 4) * 9 - (n > 0 ? 13 : 0) },
      classes: roomy ? 'event labelled' : 'event' };
  });
  const lanes = TYPE_LANES.map(t => ({ data: { id: 'lane ' + t, label: t }, position: { x: 50, y: lane(t) },
    classes: 'lane', selectable: false, grabbable: false }));
  const ticks = [];
  const count = Math.min(8, Math.max(2, Math.round(span / DAY) + 1));
  for (let i = 0; i < count; i++) {
    const t = first + span * i / (count - 1);
    // Over days, a tick's day says enough; within a day or two, its hour matters.
    const label = new Date(t).toISOString().slice(0, span > 3 * DAY ? 10 : 16).replace('T', ' ');
    ticks.push({ data: { id: 'tick ' + i, label },
      position: { x: x(t), y: height - 20 }, classes: 'tick', selectable: false, grabbable: false });
  }
  const cy = cytoscape({
    container, elements: { nodes: [...lanes, ...ticks, ...nodes] },
    layout: { name: 'preset', fit: false }, minZoom: 0.2, maxZoom: 20, wheelSensitivity: 0.3,
    style: [
      { selector: 'node.event', style: { width: 12, height: 12, 'background-color': n => TYPE_COLOURS[n.data('type')],
        label: 'data(label)', 'font-size': 9, 'text-valign': 'top', 'text-margin-y': -2, 'text-max-width': 140,
        'text-wrap': 'ellipsis', 'min-zoomed-font-size': 22, color: '#333' } },
      { selector: 'node.event.labelled', style: { 'min-zoomed-font-size': 6, 'font-size': 10 } },
      { selector: 'node.lane', style: { shape: 'round-rectangle', width: 84, height: 20, 'background-color': '#f0f3f6',
        label: 'data(label)', 'font-size': 11, 'text-valign': 'center', events: 'no' } },
      { selector: 'node.tick', style: { shape: 'rectangle', width: 1, height: 10, 'background-color': '#888',
        label: 'data(label)', 'font-size': 10, 'text-valign': 'bottom', color: '#555', events: 'no' } },
      { selector: '.hidden', style: { display: 'none' } },
    ],
  });
  cy.on('tap', 'node.event', event => { follow(event.target.id()); });
  cy.on('mouseover', 'node.event', event => {
    const e = event.target.data();
    status.textContent = `${new Date(e.time).toISOString().slice(0, 16).replace('T', ' ')} ${e.label}: ${e.summary}`;
  });
  return cy;
}

function relationColour(relation) {
  const keys = [...new Set(neighbourhood.edges.map(e => e.relation))].sort();
  return RELATION_COLOURS[keys.indexOf(relation) % RELATION_COLOURS.length];
}

/** One checkbox per relation drawn, with its colour and count. */
function filters(data) {
  const fieldset = document.getElementById('relation-filter');
  const counts = new Map();
  data.edges.forEach(e => counts.set(e.relation, { label: e.label, n: (counts.get(e.relation)?.n || 0) + 1 }));
  for (const [relation, { label, n }] of [...counts].sort()) {
    const box = document.createElement('label');
    box.innerHTML = `<input type="checkbox" checked value="${relation}"><span class="swatch"></span>`;
    box.querySelector('.swatch').style.background = relationColour(relation);
    box.append(`${label} (${n})`);
    box.querySelector('input').addEventListener('change', apply);
    fieldset.append(box);
  }
  return fieldset;
}

/** Shows what the filters let through: edges of a checked relation with an event in the range, their nodes, the events in range. */
function apply() {
  const start = from.value ? Date.parse(from.value) : -Infinity;
  const end = to.value ? Date.parse(to.value) + DAY - 1 : Infinity;
  const checked = new Set([...relations.querySelectorAll('input:checked')].map(i => i.value));
  const inRange = t => t >= start && t <= end;
  graph.batch(() => {
    graph.edges().forEach(e => e.toggleClass('hidden',
      !checked.has(e.data('relation')) || !e.data('times').some(inRange)));
    graph.nodes().not('.centre').forEach(n => n.toggleClass('hidden', n.connectedEdges().not('.hidden').empty()));
  });
  events.batch(() => events.nodes('.event').forEach(n => n.toggleClass('hidden', !inRange(n.data('time')))));
  const shown = graph.nodes().not('.hidden').length - 1;
  const dated = events.nodes('.event').not('.hidden').length;
  status.textContent = `${shown} of ${graph.nodes().length - 1} neighbours, ${dated} of ${events.nodes('.event').length} events`
    + (neighbourhood.total > graph.nodes().length - 1 ? ` (the ${graph.nodes().length - 1} most connected of ${neighbourhood.total})` : '');
}
