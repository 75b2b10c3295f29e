package org.newsgraph.ingest.extract.entity;

import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.core.entity.EntityKind;
import org.newsgraph.ingest.extract.nlp.Sentence;

/** The publisher is the organisation the text names as itself: "The BBC's correspondent", "The BBC is unable to verify". */
final class PublisherInText implements ResolutionPass {
    private static final Pattern OWN_STAFF = Pattern.compile("^(?:'s|’s) (?:\\w+ )?(?:correspondent|editor|reporter).*");
    private static final Pattern CANNOT_VERIFY = Pattern.compile(
            "^(?:is|has) (?:unable|not been able|not) (?:to )?(?:independently )?(?:verify|verified).*");

    @Override
    public void apply(Mentions m) {
        for (StoryText t : m.bodies) {
            for (Sentence s : t.sentences()) {
                for (EntityMention o : t.occs) {
                    if (o.sent != s.index() || o.ent == null || o.ent.kind != EntityKind.ORGANISATION) {
                        continue;
                    }
                    String after = s.span(t.text(), o.to, Math.min(s.size(), o.to + 4)).toLowerCase(Locale.ROOT);
                    if (OWN_STAFF.matcher(after).matches() || CANNOT_VERIFY.matcher(after).matches()) {
                        m.publisher = o.ent;
                        return;
                    }
                }
            }
        }
    }
}
