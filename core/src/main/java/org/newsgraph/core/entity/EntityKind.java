package org.newsgraph.core.entity;

/** The four kinds of entity, each with the folder of its IRIs ({@code id/person/...}). */
public enum EntityKind {
    PERSON("person"), ORGANISATION("organisation"), COUNTRY("country"), PLACE("place");

    private final String folder;

    EntityKind(String folder) {
        this.folder = folder;
    }

    /** The IRI folder: {@code person}, {@code organisation}, {@code country} or {@code place}. */
    public String folder() {
        return folder;
    }
}
