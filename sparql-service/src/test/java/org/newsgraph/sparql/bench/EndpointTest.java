package org.newsgraph.sparql.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;

/** Answers compared by value: the forms servers canonicalise differently are equal, other values are not. */
class EndpointTest {
    @Test
    void numbersAreComparedByValue() {
        assertEquals(value("12.50", XSDDatatype.XSDdecimal), value("12.5", XSDDatatype.XSDdecimal));
        assertEquals(value("2545805000000.0", XSDDatatype.XSDdecimal), value("2545805000000", XSDDatatype.XSDinteger));
        assertNotEquals(value("12.5", XSDDatatype.XSDdecimal), value("12.05", XSDDatatype.XSDdecimal));
    }

    @Test
    void dateTimesAreComparedAsInstants() {
        assertEquals(value("2025-03-01T10:00:00+00:00", XSDDatatype.XSDdateTime), value("2025-03-01T10:00:00Z", XSDDatatype.XSDdateTime));
        assertEquals(value("2025-03-01T11:00:00+01:00", XSDDatatype.XSDdateTime), value("2025-03-01T10:00:00Z", XSDDatatype.XSDdateTime));
        assertNotEquals(value("2025-03-01T10:00:01Z", XSDDatatype.XSDdateTime), value("2025-03-01T10:00:00Z", XSDDatatype.XSDdateTime));
        // without a zone there is no instant: compared as written
        assertEquals("\"2025-03-01T10:00:00\"^^" + XSDDatatype.XSDdateTime.getURI(),
                Endpoint.value(NodeFactory.createLiteralDT("2025-03-01T10:00:00", XSDDatatype.XSDdateTime)));
    }

    @Test
    void booleansStringsAndLanguageTagsKeepTheirValue() {
        assertEquals(value("1", XSDDatatype.XSDboolean), value("true", XSDDatatype.XSDboolean));
        assertNotEquals(value("0", XSDDatatype.XSDboolean), value("true", XSDDatatype.XSDboolean));
        assertEquals(Endpoint.value(NodeFactory.createLiteralString("Oslo")), value("Oslo", XSDDatatype.XSDstring));
        assertEquals(Endpoint.value(NodeFactory.createLiteralLang("Oslo", "NO")), Endpoint.value(NodeFactory.createLiteralLang("Oslo", "no")));
        assertNotEquals(Endpoint.value(NodeFactory.createLiteralLang("Oslo", "no")), Endpoint.value(NodeFactory.createLiteralString("Oslo")));
        assertNotEquals(Endpoint.value(NodeFactory.createURI("urn:x:1")), Endpoint.value(NodeFactory.createLiteralString("urn:x:1")));
    }

    private static String value(String lexical, XSDDatatype type) {
        Node node = NodeFactory.createLiteralDT(lexical, type);
        return Endpoint.value(node);
    }
}
