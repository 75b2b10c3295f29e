package org.newsgraph.ontology.docs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFList;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.ontology.NG;
import org.newsgraph.ontology.NewsgraphOntology;

/**
 * Reference documentation of the newsgraph ontology, rendered from its triples: an HTML page
 * with a table of contents and one anchor per term ({@code /ontology#Pledge}), and a Markdown
 * summary for the repository.
 * <p>
 * Documents the {@code ng:} resources typed {@code owl:Class}, {@code owl:ObjectProperty} or
 * {@code owl:DatatypeProperty}, with their labels, comments, domains, ranges, alignments and
 * {@code rdfs:seeAlso} links. The caller parses the Turtle (this module has no parser); the
 * model is read once by {@link #of} and not kept, so an instance is immutable and may be shared
 * between threads.
 * <pre>
 *   Model ontology;
 *   try (InputStream in = NewsgraphOntology.openOntology()) {
 *       ontology = RDFParser.source(in).lang(Lang.TURTLE).toModel();
 *   }
 *   String page = OntologyDocs.of(ontology).html();   // served at /ontology
 * </pre>
 * <p>
 * Longer than 300 lines because it writes one page whose sections (classes, properties, shapes)
 * share the ontology model and the anchors they link by; split, they would pass both around.
 */
public final class OntologyDocs {
    private static final PrefixMapping PREFIXES =
            PrefixMapping.Factory.create().setNsPrefixes(NewsgraphOntology.PREFIXES).lock();

    /** ng: terms before the vocabularies they align with, each group in prefixed-name order. */
    private static final Comparator<String> IRI_ORDER =
            Comparator.comparing((String iri) -> !iri.startsWith(NG.NS)).thenComparing(PREFIXES::shortForm);

    private final Header header;
    private final List<Term> terms;

    private OntologyDocs(Header header, List<Term> terms) {
        this.header = header;
        this.terms = terms;
    }

    /**
     * Reads the ontology's header and terms from {@code ontology}.
     *
     * @throws IllegalArgumentException if {@link NG#ONTOLOGY} is not an {@code owl:Ontology}
     *         there, or a term has more than one {@code rdfs:domain} or {@code rdfs:range}
     *         (the pages show one class, or one {@code owl:unionOf})
     */
    public static OntologyDocs of(Model ontology) {
        Resource root = NG.ONTOLOGY.inModel(ontology);
        if (!root.hasProperty(RDF.type, OWL.Ontology)) {
            throw new IllegalArgumentException("no owl:Ontology " + root + " in the model");
        }
        Header header = new Header(text(root, DCTerms.title), text(root, DCTerms.description),
                text(root, OWL.versionInfo), iris(root, DCTerms.license));
        List<Term> terms = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            ontology.listResourcesWithProperty(RDF.type, kind.type)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(NG.NS))
                    .forEach(r -> terms.add(Term.read(r, kind)));
        }
        terms.sort(Comparator.comparing(Term::kind)
                .thenComparing(Term::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Term::name));
        return new OntologyDocs(header, List.copyOf(terms));
    }

    /** A complete HTML page; every term is a section whose id is its local name. */
    public String html() {
        StringBuilder out = new StringBuilder();
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(esc(header.title)).append("</title>\n")
                .append("<style>body{font-family:sans-serif;max-width:60em;margin:auto;padding:0 1em}"
                        + "section.term{border-top:1px solid #ccc}dt{font-weight:bold}"
                        + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2em .5em}</style>\n")
                .append("</head>\n<body>\n<h1>").append(esc(header.title)).append("</h1>\n")
                .append("<p>").append(esc(header.description)).append("</p>\n<dl>\n");
        definition(out, "IRI", link(NG.ONTOLOGY.getURI()));
        definition(out, "Namespace", "<code>" + esc(NG.NS) + "</code>");
        definition(out, "Version", esc(header.version));
        definition(out, "License", joinHtml(header.licenses));
        out.append("</dl>\n<nav>\n<h2>Contents</h2>\n");
        for (Kind kind : Kind.values()) {
            out.append("<h3>").append(kind.plural).append("</h3>\n<ul>\n");
            for (Term term : of(kind)) {
                out.append("<li>").append(link(term.iri)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        out.append("<p><a href=\"#prefixes\">Prefixes</a></p>\n</nav>\n");
        for (Kind kind : Kind.values()) {
            out.append("<h2>").append(kind.plural).append("</h2>\n");
            for (Term term : of(kind)) {
                termHtml(out, term);
            }
        }
        out.append("<h2 id=\"prefixes\">Prefixes</h2>\n<table>\n<tr><th>Prefix</th><th>Namespace</th></tr>\n");
        NewsgraphOntology.PREFIXES.forEach((prefix, ns) -> out.append("<tr><td><code>").append(esc(prefix))
                .append("</code></td><td><code>").append(esc(ns)).append("</code></td></tr>\n"));
        return out.append("</table>\n</body>\n</html>\n").toString();
    }

    /**
     * A Markdown summary: one table per kind of term, without per-term anchors. It is
     * ontology/README.md, which OntologyDocsTest checks and regenerates: the test is its one user.
     */
    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(header.title).append("\n\n")
                .append("<!-- Generated from newsgraph.ttl by OntologyDocs: do not edit by hand. -->\n\n")
                .append(header.description).append("\n\n")
                .append("- IRI: `").append(NG.ONTOLOGY.getURI()).append("`\n")
                .append("- Namespace: `ng:` = `").append(NG.NS).append("`\n")
                .append("- Version: ").append(header.version).append('\n')
                .append("- License: ").append(joinMarkdown(header.licenses)).append("\n");
        out.append("\n## Classes\n\n| Class | Subclass of | Description |\n| --- | --- | --- |\n");
        for (Term term : of(Kind.CLASS)) {
            row(out, ref(term.iri), joinMarkdown(term.parents), term.comment);
        }
        for (Kind kind : List.of(Kind.OBJECT_PROPERTY, Kind.DATATYPE_PROPERTY)) {
            out.append("\n## ").append(kind.plural).append("\n\n")
                    .append("| Property | Domain | Range | Sub-property of | Description |\n")
                    .append("| --- | --- | --- | --- | --- |\n");
            for (Term term : of(kind)) {
                row(out, ref(term.iri), alternativesMarkdown(term.domain), alternativesMarkdown(term.range),
                        joinMarkdown(term.parents), term.comment);
            }
        }
        out.append("\n## Prefixes\n\n| Prefix | Namespace |\n| --- | --- |\n");
        NewsgraphOntology.PREFIXES.forEach((prefix, ns) -> row(out, "`" + prefix + "`", "`" + ns + "`"));
        return out.toString();
    }

    private List<Term> of(Kind kind) {
        return terms.stream().filter(t -> t.kind == kind).toList();
    }

    private void termHtml(StringBuilder out, Term term) {
        out.append("<section class=\"term\" id=\"").append(esc(term.name)).append("\">\n<h3>")
                .append(esc(term.label)).append(" <code>ng:").append(esc(term.name)).append("</code></h3>\n")
                .append("<p>").append(esc(term.comment)).append("</p>\n<dl>\n");
        definition(out, "IRI", "<code>" + esc(term.iri) + "</code>");
        if (term.kind == Kind.CLASS) {
            definition(out, "Subclass of", joinHtml(term.parents));
            definition(out, "Subclasses", joinHtml(termIris(t -> t.kind == Kind.CLASS && t.parents.contains(term.iri))));
            definition(out, "Properties", joinHtml(termIris(t -> t.domain.contains(term.iri))));
            definition(out, "Range of", joinHtml(termIris(t -> t.range.contains(term.iri))));
        } else {
            definition(out, "Kind", term.kind.singular + (term.functional ? ", functional" : ""));
            definition(out, "Domain", alternativesHtml(term.domain));
            definition(out, "Range", alternativesHtml(term.range));
            definition(out, "Sub-property of", joinHtml(term.parents));
            definition(out, "Sub-properties",
                    joinHtml(termIris(t -> t.kind != Kind.CLASS && t.parents.contains(term.iri))));
        }
        definition(out, "See also", joinHtml(term.seeAlso));
        out.append("</dl>\n</section>\n");
    }

    private List<String> termIris(Predicate<Term> filter) {
        return terms.stream().filter(filter).map(Term::iri).toList();
    }

    /** Leaves out empty rows, so a page shows only what the ontology states. */
    private static void definition(StringBuilder out, String name, String htmlValue) {
        if (!htmlValue.isEmpty()) {
            out.append("<dt>").append(name).append("</dt><dd>").append(htmlValue).append("</dd>\n");
        }
    }

    private static String link(String iri) {
        String text = "<code>" + esc(PREFIXES.shortForm(iri)) + "</code>";
        String href = iri.startsWith(NG.NS) ? "#" + iri.substring(NG.NS.length()) : iri;
        return "<a href=\"" + esc(href) + "\">" + text + "</a>";
    }

    private static String joinHtml(List<String> iris) {
        return iris.stream().map(OntologyDocs::link).collect(Collectors.joining(", "));
    }

    private static String alternativesHtml(List<String> iris) {
        return iris.stream().map(OntologyDocs::link).collect(Collectors.joining(" or "));
    }

    /** ng: terms by name only: GitHub lower-cases heading anchors, which would merge Image and image. */
    private static String ref(String iri) {
        String name = "`" + PREFIXES.shortForm(iri) + "`";
        return iri.startsWith(NG.NS) ? name : "[" + name + "](" + iri + ")";
    }

    private static String joinMarkdown(List<String> iris) {
        return iris.stream().map(OntologyDocs::ref).collect(Collectors.joining(", "));
    }

    private static String alternativesMarkdown(List<String> iris) {
        return iris.stream().map(OntologyDocs::ref).collect(Collectors.joining(" or "));
    }

    private static void row(StringBuilder out, String... cells) {
        out.append('|');
        for (String cell : cells) {
            out.append(' ').append(cell.replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        out.append('\n');
    }

    private static String esc(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** The English text of a property, else one without a language, else empty. */
    private static String text(Resource subject, Property property) {
        String plain = "";
        for (Statement st : subject.listProperties(property).toList()) {
            if (st.getObject().isLiteral()) {
                Literal literal = st.getLiteral();
                if (literal.getLanguage().equals("en")) {
                    return literal.getLexicalForm();
                }
                if (literal.getLanguage().isEmpty()) {
                    plain = literal.getLexicalForm();
                }
            }
        }
        return plain;
    }

    private static List<String> iris(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isURIResource)
                .map(node -> node.asResource().getURI())
                .sorted(IRI_ORDER)
                .toList();
    }

    /** The classes of a domain or range: one IRI, or the members of one owl:unionOf. */
    private static List<String> alternatives(Resource term, Property property) {
        List<Statement> statements = term.listProperties(property).toList();
        if (statements.isEmpty()) {
            return List.of();
        }
        if (statements.size() > 1) {
            throw new IllegalArgumentException(term + " has several " + PREFIXES.shortForm(property.getURI())
                    + ": state one class, or one owl:unionOf");
        }
        Resource value = statements.get(0).getResource();
        if (value.isURIResource()) {
            return List.of(value.getURI());
        }
        Resource union = value.getPropertyResourceValue(OWL.unionOf);
        if (union == null) {
            throw new IllegalArgumentException(term + " has a " + PREFIXES.shortForm(property.getURI())
                    + " that is neither an IRI nor an owl:unionOf");
        }
        return union.as(RDFList.class).asJavaList().stream().map(node -> node.asResource().getURI()).toList();
    }

    private record Header(String title, String description, String version, List<String> licenses) {}

    private enum Kind {
        CLASS(OWL.Class, "Class", "Classes"),
        OBJECT_PROPERTY(OWL.ObjectProperty, "Object property", "Object properties"),
        DATATYPE_PROPERTY(OWL.DatatypeProperty, "Datatype property", "Datatype properties");

        final Resource type;
        final String singular;
        final String plural;

        Kind(Resource type, String singular, String plural) {
            this.type = type;
            this.singular = singular;
            this.plural = plural;
        }
    }

    /**
     * One documented term. {@code parents} are its superclasses or super-properties;
     * {@code domain} and {@code range} are alternatives (an owl:unionOf), empty for classes.
     */
    private record Term(String iri, String name, Kind kind, String label, String comment, List<String> parents,
                        List<String> domain, List<String> range, List<String> seeAlso, boolean functional) {

        static Term read(Resource r, Kind kind) {
            String name = r.getURI().substring(NG.NS.length());
            String label = text(r, RDFS.label);
            boolean isClass = kind == Kind.CLASS;
            return new Term(r.getURI(), name, kind, label.isEmpty() ? name : label, text(r, RDFS.comment),
                    iris(r, isClass ? RDFS.subClassOf : RDFS.subPropertyOf),
                    isClass ? List.of() : alternatives(r, RDFS.domain),
                    isClass ? List.of() : alternatives(r, RDFS.range),
                    iris(r, RDFS.seeAlso),
                    r.hasProperty(RDF.type, OWL.FunctionalProperty));
        }
    }
}
