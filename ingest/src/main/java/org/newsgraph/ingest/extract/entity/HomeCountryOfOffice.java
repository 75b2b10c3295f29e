package org.newsgraph.ingest.extract.entity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.newsgraph.core.entity.EntityKind;

/**
 * "Prime Minister X" where no text says of which country: an office of government is held in the
 * person's own country when known, else in the country named just before the title (see
 * {@link TitleBeforeName}), else in the country the story names most. A title given elsewhere with its country wins later.
 */
final class HomeCountryOfOffice implements ResolutionPass {
    @Override
    public void apply(Mentions m) {
        StoryEntity home = dominantCountry(m);
        for (StoryEntity person : m.people(p -> !p.roles.isEmpty())) {
            List<StoryEntity.RoleOf> roles = person.roles;
            for (int i = 0; i < roles.size(); i++) {
                StoryEntity.RoleOf r = roles.get(i);
                StoryEntity country = person.country != null ? person.country : m.officeCountry.getOrDefault(person, home);
                if (r.of() == null && country != null && isOffice(r.title()) && !ownedElsewhere(roles, r)) {
                    roles.set(i, new StoryEntity.RoleOf(r.title(), country));
                }
            }
        }
    }

    static boolean isOffice(String title) {
        String[] words = Titles.normalise(title).split(" ");
        return Lexicon.isGovernmentTitle(words[words.length - 1]);
    }

    private static boolean ownedElsewhere(List<StoryEntity.RoleOf> roles, StoryEntity.RoleOf role) {
        String head = Titles.head(role.title());
        return roles.stream().anyMatch(r -> r.of() != null && Titles.head(r.title()).equals(head));
    }

    /** The country named at least three times and more often than any other, if there is one. */
    static StoryEntity dominantCountry(Mentions m) {
        Map<StoryEntity, Integer> count = new HashMap<>();
        for (StoryText t : m.texts()) {
            for (EntityMention o : t.occs) {
                if (o.ent != null && o.ent.kind == EntityKind.COUNTRY) {
                    count.merge(o.ent, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<StoryEntity, Integer>> ranked = count.entrySet().stream()
                .sorted(Map.Entry.<StoryEntity, Integer>comparingByValue().reversed()).collect(Collectors.toList());
        if (ranked.isEmpty() || ranked.get(0).getValue() < 3
                || ranked.size() > 1 && ranked.get(0).getValue() <= ranked.get(1).getValue()) {
            return null;
        }
        return ranked.get(0).getKey();
    }
}
