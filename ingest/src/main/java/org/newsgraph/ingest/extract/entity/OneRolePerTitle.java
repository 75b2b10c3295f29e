package org.newsgraph.ingest.extract.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.core.entity.EntityKind;

/**
 * One role per person and title head: the longest title that is not a former one, held in the most
 * specific entity any mention names (a country before an organisation before a person). A title held
 * in nothing in particular ("spokesman") stays an alias only.
 */
final class OneRolePerTitle implements ResolutionPass {
    private static final Map<EntityKind, Integer> RANK = Map.of(
            EntityKind.COUNTRY, 3, EntityKind.ORGANISATION, 2, EntityKind.PERSON, 1, EntityKind.PLACE, 0);

    @Override
    public void apply(Mentions m) {
        for (StoryEntity e : m.ents.values()) {
            if (e.roles.isEmpty()) {
                continue;
            }
            Map<String, List<StoryEntity.RoleOf>> byHead = new LinkedHashMap<>();
            for (StoryEntity.RoleOf r : e.roles) {
                byHead.computeIfAbsent(Titles.head(r.title()), x -> new ArrayList<>()).add(r);
            }
            e.roles.clear();
            List<StoryEntity.RoleOf> merged = byHead.values().stream().map(OneRolePerTitle::merge).toList();
            for (StoryEntity.RoleOf kept : merged) {
                if (kept.of() != null && kept.of().isAgent() && merged.stream().noneMatch(r -> narrower(r, kept))) {
                    e.roles.add(kept);
                    if (e.country == null && kept.of().kind == EntityKind.COUNTRY) {
                        e.country = kept.of();
                    }
                }
            }
        }
    }

    /** "Defence Minister" of Finland says more than "Minister" of Finland. */
    private static boolean narrower(StoryEntity.RoleOf r, StoryEntity.RoleOf than) {
        String a = Titles.normalise(r.title());
        String b = Titles.normalise(than.title());
        return r.of() == than.of() && a.length() > b.length() && a.endsWith(" " + b);
    }

    private static StoryEntity.RoleOf merge(List<StoryEntity.RoleOf> group) {
        String title = null;
        StoryEntity of = null;
        for (StoryEntity.RoleOf r : group) {
            String t = r.title();
            if (title == null || Titles.normalise(t).length() > Titles.normalise(title).length()
                    && !Titles.normalise(t).startsWith("former")) {
                title = t;
            }
            if (r.of() != null && (of == null || RANK.get(r.of().kind) > RANK.get(of.kind))) {
                of = r.of();
            }
        }
        return new StoryEntity.RoleOf(title, of);
    }
}
