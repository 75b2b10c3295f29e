package org.newsgraph.sparql.explore;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How an entity is related to another through one event, read from the parts both play in it:
 * the pledger of a pledge "pledged to" its recipient, who "received a pledge from" the pledger.
 * <pre>
 *   Relation.between("Pledge", Set.of(Part.PARTICIPANT, Part.PLEDGER), Set.of(Part.PARTICIPANT, Part.RECIPIENT));
 *   // [PLEDGED_TO]
 * </pre>
 */
enum Relation {
    MET("met"),
    PLEDGED_TO("pledged to"),
    RECEIVED_FROM("received a pledge from"),
    ACCUSED("accused"),
    ACCUSED_BY("accused by"),
    SPOKE_WITH("spoke with"),
    VISITED("visited"),
    VISITED_BY("visited by"),
    ATTACKED("attacked"),
    ATTACKED_BY("attacked by"),
    AT("was at"),
    SCENE_OF("was the scene of events with"),
    ALONGSIDE("alongside");

    /** The pairs of parts (mine, theirs) that say more than being in the same event. */
    private static final Map<Part, Map<Part, Relation>> DIRECTED = Map.of(
            Part.PLEDGER, Map.of(Part.RECIPIENT, PLEDGED_TO),
            Part.RECIPIENT, Map.of(Part.PLEDGER, RECEIVED_FROM),
            Part.ACCUSER, Map.of(Part.ACCUSED, ACCUSED),
            Part.ACCUSED, Map.of(Part.ACCUSER, ACCUSED_BY),
            Part.VISITOR, Map.of(Part.DESTINATION, VISITED),
            Part.DESTINATION, Map.of(Part.VISITOR, VISITED_BY),
            Part.ATTACKER, Map.of(Part.TARGET, ATTACKED),
            Part.TARGET, Map.of(Part.ATTACKER, ATTACKED_BY));

    private final String label;

    Relation(String label) {
        this.label = label;
    }

    /** How the relation reads, from the entity towards its neighbour: "accused by". */
    String label() {
        return label;
    }

    /** The name used in URLs and JSON: "accused-by". */
    String key() {
        return name().toLowerCase().replace('_', '-');
    }

    /**
     * The relations of an entity that plays {@code mine} towards one that plays {@code theirs} in
     * one event of type {@code type} (the local name of its ng: class); never empty.
     */
    static Set<Relation> between(String type, Set<Part> mine, Set<Part> theirs) {
        Set<Relation> relations = EnumSet.noneOf(Relation.class);
        boolean myPlace = mine.contains(Part.LOCATION);
        boolean theirPlace = theirs.contains(Part.LOCATION);
        if (theirPlace && !myPlace) {
            relations.add(AT);
        } else if (myPlace && !theirPlace) {
            relations.add(SCENE_OF);
        } else {
            for (Part m : mine) {
                for (Part t : theirs) {
                    Relation directed = DIRECTED.getOrDefault(m, Map.of()).get(t);
                    if (directed != null) {
                        relations.add(directed);
                    }
                }
            }
            if (relations.isEmpty() && type.equals("Meeting")) {
                relations.add(MET);
            } else if (relations.isEmpty() && mine.contains(Part.SPEAKER) && theirs.contains(Part.SPEAKER)) {
                relations.add(SPOKE_WITH);
            }
        }
        if (relations.isEmpty()) {
            relations.add(ALONGSIDE);
        }
        return relations;
    }
}
