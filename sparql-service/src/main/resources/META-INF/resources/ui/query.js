// The query page: a CodeMirror 6 editor in SPARQL mode with completion of the project's
// prefixes and ng: terms, the saved queries menu, and a table of the results from /sparql.
import { EditorView, basicSetup } from 'codemirror';
import { keymap } from '@codemirror/view';
import { Prec } from '@codemirror/state';
import { StreamLanguage } from '@codemirror/language';
import { sparql } from '/webjars/codemirror__legacy-modes/mode/sparql.js';

const page = document.getElementById('query-page');
const base = page.dataset.base;
const prefixes = [...document.querySelectorAll('#prefixes li')]
  .map(li => ({ prefix: li.dataset.prefix, namespace: li.dataset.namespace }));
const terms = [...document.querySelectorAll('#terms li')].map(li => li.textContent);
const status = document.getElementById('status');
const results = document.getElementById('results');

/** The declaration of a prefix, as the PREFIX line writes it. */
const declaration = p => `PREFIX ${p.prefix}: <${p.namespace}>`;

/** Adds the PREFIX line of `p` at the top unless the query already declares it. */
function declare(view, p) {
  const text = view.state.doc.toString();
  if (!new RegExp(`^\\s*PREFIX\\s+${p.prefix}:`, 'im').test(text)) {
    view.dispatch({ changes: { from: 0, insert: declaration(p) + '\n' } });
  }
}

/**
 * Completion: after PREFIX, whole declarations; after "ng:", the ontology's terms; elsewhere a
 * known prefix, whose declaration is added to the query when it is missing.
 */
function complete(context) {
  const word = context.matchBefore(/[\w-]*:?[\w-]*/);
  if (!word || (word.from === word.to && !context.explicit)) {
    return null;
  }
  const line = context.state.doc.lineAt(context.pos);
  const before = line.text.slice(0, word.from - line.from);
  if (/^\s*PREFIX\s+$/i.test(before)) {
    return { from: word.from, options: prefixes.map(p => ({ label: `${p.prefix}: <${p.namespace}>`, type: 'namespace' })) };
  }
  if (word.text.startsWith('ng:')) {
    const ng = prefixes.find(p => p.prefix === 'ng');
    return {
      from: word.from,
      options: terms.map(t => ({
        label: 'ng:' + t,
        type: /^[A-Z]/.test(t) ? 'class' : 'property',
        apply: (view, completion, from, to) => {
          view.dispatch({ changes: { from, to, insert: completion.label } });
          declare(view, ng);
        },
      })),
    };
  }
  if (word.text.includes(':')) {
    return null;
  }
  return {
    from: word.from,
    options: prefixes.map(p => ({
      label: p.prefix + ':',
      detail: p.namespace,
      type: 'namespace',
      apply: (view, completion, from, to) => {
        view.dispatch({ changes: { from, to, insert: completion.label } });
        declare(view, p);
      },
    })),
  };
}

const language = StreamLanguage.define(sparql);
const view = new EditorView({
  doc: document.getElementById('start').value,
  extensions: [
    basicSetup,
    language,
    language.data.of({ autocomplete: complete }),
    Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { run(); return true; } }])),
  ],
  parent: document.getElementById('editor'),
});

document.getElementById('saved').addEventListener('change', event => {
  const option = event.target.selectedOptions[0];
  if (option && option.dataset.query) {
    view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: option.dataset.query } });
  }
});
document.getElementById('run').addEventListener('click', run);

/**
 * Where a link to `iri` goes: IRIs under the base stay on this service when it runs elsewhere;
 * null for an IRI that is no http(s) address (javascript:, data:), which is shown as text only.
 */
function href(iri) {
  const here = location.origin + '/';
  if (!/^https?:/i.test(iri)) {
    return null;
  }
  return base !== here && iri.startsWith(base) ? '/' + iri.slice(base.length) : iri;
}

/** A table cell's content for one RDF term of SPARQL JSON results. */
function cell(term) {
  const td = document.createElement('td');
  if (!term) {
    return td;
  }
  if (term.type === 'uri' && href(term.value)) {
    const a = document.createElement('a');
    a.href = href(term.value);
    a.textContent = term.value;
    td.append(a);
  } else {
    td.textContent = term.value;
    if (term.datatype || term['xml:lang']) {
      td.title = term.datatype || '@' + term['xml:lang'];
    }
  }
  return td;
}

function table(json) {
  const t = document.createElement('table');
  const head = t.createTHead().insertRow();
  json.head.vars.forEach(v => {
    const th = document.createElement('th');
    th.textContent = v;
    head.append(th);
  });
  const body = t.createTBody();
  json.results.bindings.forEach(binding => {
    const row = body.insertRow();
    json.head.vars.forEach(v => row.append(cell(binding[v])));
  });
  return t;
}

async function run() {
  const started = performance.now();
  status.className = '';
  status.textContent = 'Running…';
  results.replaceChildren();
  try {
    const response = await fetch('/sparql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Accept: 'application/sparql-results+json, text/turtle;q=0.9',
      },
      body: new URLSearchParams({ query: view.state.doc.toString() }),
    });
    const took = Math.round(performance.now() - started);
    if (!response.ok) {
      status.className = 'error';
      status.textContent = `${response.status}: ${await response.text()}`;
      return;
    }
    if ((response.headers.get('Content-Type') || '').includes('json')) {
      const json = await response.json();
      if ('boolean' in json) {
        status.textContent = `${json.boolean} (${took} ms)`;
        return;
      }
      results.append(table(json));
      const rows = json.results.bindings.length;
      status.textContent = `${rows} row${rows === 1 ? '' : 's'} in ${took} ms`;
    } else {
      const pre = document.createElement('pre');
      pre.textContent = await response.text();
      results.append(pre);
      status.textContent = `graph in ${took} ms`;
    }
  } catch (e) {
    status.className = 'error';
    status.textContent = 'The service did not answer: ' + e.message;
  }
}
