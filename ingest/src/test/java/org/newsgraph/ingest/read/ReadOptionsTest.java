package org.newsgraph.ingest.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReadOptionsTest {
    @Test
    void refusesWhatCannotNameAStory() {
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.none().withStorySlug("Port Alder"));
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.none().withStoryUrl("news/live/x"));
        assertThrows(IllegalArgumentException.class, () -> ReadOptions.none().withYear(31));
    }

    @Test
    void takesTheLastTellingSegmentOfAUrl() {
        assertEquals("c0abc123", StoryNames.urlName("https://example.org/news/live/c0abc123"));
        assertEquals("ferry-strike", StoryNames.urlName("https://example.org/2031/jan/14/ferry-strike/live/index.html?p=2"));
        assertEquals("example.org", StoryNames.urlName("https://example.org/"));
    }

    @Test
    void stemsFileNames() {
        assertEquals("000_c97f", StoryNames.stem("seeds/000_c97f.txt"));
        assertEquals(".profile", StoryNames.stem("C:\\pages\\.profile"));
    }
}
