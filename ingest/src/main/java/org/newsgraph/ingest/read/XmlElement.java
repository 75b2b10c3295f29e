package org.newsgraph.ingest.read;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * An element of a feed, read with the JDK's StAX parser, that remembers its line. Its content
 * is kept in order (text and child elements), so that XHTML inside a feed can be written back
 * as markup. DTDs and external entities are refused: a feed has no use for them, and they are
 * how XML is turned against its reader.
 *
 * @param namespace the namespace URI, empty for none
 * @param name      the local name
 * @param content   {@link String}s and {@link XmlElement}s in document order
 */
record XmlElement(String namespace, String name, Map<String, String> attributes, List<Object> content, int line) {
    XmlElement {
        attributes = Map.copyOf(attributes);
        content = List.copyOf(content);
    }

    /**
     * The root element of an XML document.
     *
     * @throws PageRefused when the text is not well-formed XML, naming the line
     */
    static XmlElement parse(String source, String text) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            Deque<Builder> open = new ArrayDeque<>();
            XmlElement root = null;
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attributes = new LinkedHashMap<>();
                        for (int i = 0; i < reader.getAttributeCount(); i++) {
                            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                        }
                        open.push(new Builder(reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI(),
                                reader.getLocalName(), attributes, reader.getLocation().getLineNumber()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!open.isEmpty()) {
                            open.peek().content.add(reader.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = open.pop().build();
                        if (open.isEmpty()) {
                            root = done;
                        } else {
                            open.peek().content.add(done);
                        }
                    }
                    default -> { }
                }
            }
            reader.close();
            if (root == null) {
                throw new PageRefused(source, "no XML element in it");
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNumber());
            String why = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
            throw new PageRefused(source, line, "not well-formed XML: " + why.strip());
        }
    }

    /** The first child element of that name, in that namespace. */
    Optional<XmlElement> child(String ns, String local) {
        return children(ns, local).stream().findFirst();
    }

    /** The child elements of that name, in that namespace. */
    List<XmlElement> children(String ns, String local) {
        return content.stream()
                .filter(c -> c instanceof XmlElement e && e.namespace.equals(ns) && e.name.equals(local))
                .map(XmlElement.class::cast)
                .toList();
    }

    /** The text of the first such child, stripped; empty when missing or blank. */
    Optional<String> childText(String ns, String local) {
        return child(ns, local).map(XmlElement::text).map(Text::strip).filter(t -> !t.isEmpty());
    }

    /** All the text inside, markup left out. */
    String text() {
        StringBuilder text = new StringBuilder();
        for (Object c : content) {
            text.append(c instanceof XmlElement e ? e.text() : (String) c);
        }
        return text.toString();
    }

    /** The content written back as markup, for XHTML carried in a feed. */
    String markup() {
        StringBuilder out = new StringBuilder();
        for (Object c : content) {
            if (c instanceof XmlElement e) {
                out.append('<').append(e.name);
                e.attributes.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
                out.append('>').append(e.markup()).append("</").append(e.name).append('>');
            } else {
                out.append(escape((String) c));
            }
        }
        return out.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final class Builder {
        final String namespace;
        final String name;
        final Map<String, String> attributes;
        final int line;
        final List<Object> content = new ArrayList<>();

        Builder(String namespace, String name, Map<String, String> attributes, int line) {
            this.namespace = namespace;
            this.name = name;
            this.attributes = attributes;
            this.line = line;
        }

        XmlElement build() {
            return new XmlElement(namespace, name, attributes, content, line);
        }
    }
}
