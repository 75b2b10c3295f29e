package org.newsgraph.core.iri;

import org.newsgraph.core.slug.SlugSyntax;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void namesBecomeLowerCaseDashedSlugs() {
        assertEquals("volodymyr-zelensky", Slugs.of("Volodymyr Zelensky"));
        assertEquals("st-petersburg", Slugs.of("St. Petersburg"));
        assertEquals("natos-headquarters", Slugs.of("Nato’s headquarters"));
    }

    @Test
    void accentsAndSpecialLatinLettersAreFolded() {
        assertEquals("lodz-region", Slugs.of("Łódź région"));
        assertEquals("strasse", Slugs.of("Straße"));
    }

    @Test
    void otherScriptsAreKept() {
        assertEquals("владимир-путин", Slugs.of("Владимир Путин"));
        assertTrue(SlugSyntax.isSlug(Slugs.of("Владимир Путин")));
    }

    @Test
    void nothingLeftGivesAPlaceholderAndLongNamesAreCut() {
        assertEquals("x", Slugs.of("?!"));
        String slug = Slugs.of("word ".repeat(40));
        assertTrue(slug.length() <= Slugs.MAX_LENGTH);
        assertTrue(SlugSyntax.isSlug(slug));
    }

    @Test
    void slugShapeIsChecked() {
        assertTrue(SlugSyntax.isSlug("a-b-1"));
        assertFalse(SlugSyntax.isSlug("A-b"));
        assertFalse(SlugSyntax.isSlug("a--b"));
        assertFalse(SlugSyntax.isSlug("-a"));
    }
}
