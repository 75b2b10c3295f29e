package org.newsgraph.core.slug;

import java.util.regex.Pattern;

/**
 * What a slug is: lower-case letters (of any script) and digits in runs joined by single dashes,
 * such as {@code volodymyr-zelensky} or {@code путин-2}. Stories, posts and event keys are
 * checked against it; {@code org.newsgraph.core.iri.Slugs} makes slugs from names.
 * <pre>
 *   SlugSyntax.isSlug("ana-lopes-2");   // true
 *   SlugSyntax.isSlug("Ana Lopes");     // false
 * </pre>
 */
public final class SlugSyntax {
    private static final Pattern SLUG = Pattern.compile("[\\p{Ll}\\p{Lo}\\p{N}]+(-[\\p{Ll}\\p{Lo}\\p{N}]+)*");

    private SlugSyntax() {}

    /** Whether the text is already a slug. */
    public static boolean isSlug(String text) {
        return SLUG.matcher(text).matches();
    }
}
