package org.newsgraph.ingest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Writes varied live pages in the plain-text format, for measuring a whole ingest: each post
 * mixes sentences that report meetings, pledges, accusations, statements, visits and attacks
 * (with varied verbs, currencies and titles) with sentences that report nothing.
 * <pre>
 *   new LivePageGenerator(7).write(Path.of("target/pages"), 50, 20);   // 50 pages of 20 posts
 * </pre>
 */
final class LivePageGenerator {
    private static final String[] COUNTRIES = {"Norway", "Chile", "Kenya", "Japan", "Canada", "Brazil", "India",
            "Poland", "Ghana", "Peru", "Vietnam", "Morocco", "Finland", "Austria", "Nepal", "Mexico"};
    private static final String[] DEMONYMS = {"Norwegian", "Chilean", "Kenyan", "Japanese", "Canadian",
            "Brazilian", "Indian", "Polish", "Ghanaian", "Peruvian", "Vietnamese", "Moroccan", "Finnish",
            "Austrian", "Nepali", "Mexican"};
    private static final String[] CITIES = {"Geneva", "Nairobi", "Lima", "Hanoi", "Oslo", "Accra", "Warsaw", "Vienna"};
    private static final String[] TITLES = {"Foreign Minister", "Finance Minister", "Prime Minister",
            "Trade Minister", "Health Minister", "President"};
    private static final String[] GIVEN = {"Ana", "Bram", "Chen", "Dana", "Emil", "Farah", "Goran", "Hana",
            "Ivo", "Jana", "Kofi", "Lena", "Mateo", "Nora", "Omar", "Pia"};
    private static final String[] FAMILY = {"Berg", "Costa", "Dube", "Eriksen", "Fujita", "Gomez", "Haas",
            "Ilves", "Jensen", "Kowal", "Lund", "Mensah", "Novak", "Okafor", "Pereira", "Rossi"};
    private static final String[] MONEY = {"$%dm", "€%dm", "£%dm", "%d million euros", "¥%dbn", "%d million dollars"};
    private static final String[] PLEDGE = {"pledged %s to", "promised %s to", "will give %s to", "committed %s to"};
    private static final String[] ACCUSE = {"accused %s of %s", "blamed %s for %s"};
    private static final String[] WRONGS = {"breaking the truce", "blocking the aid convoys", "hiding the figures",
            "delaying the talks"};
    private static final String[] MEET = {"met %s in %s", "held talks with %s in %s"};
    private static final String[] VISIT = {"travelled to %s", "arrived in %s", "visited %s"};
    private static final String[] ATTACK = {"Drones struck a depot in %s overnight, officials in %s said.",
            "Artillery shelled the outskirts of %s, according to %s."};
    private static final String[] FILLER = {"The talks are expected to continue tomorrow.",
            "Reporters waited outside the hall for hours.", "More details are expected later today.",
            "The weather delayed several flights into the city.", "We will bring you the main points shortly."};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH);

    private final Random random;

    LivePageGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes {@code pages} files of {@code postsPerPage} posts into {@code folder}; returns their paths. */
    List<Path> write(Path folder, int pages, int postsPerPage) throws IOException {
        Files.createDirectories(folder);
        List<Path> files = new ArrayList<>();
        for (int p = 0; p < pages; p++) {
            Path file = folder.resolve(String.format("generated-%04d.txt", p));
            Files.writeString(file, page(p, postsPerPage), StandardCharsets.UTF_8);
            files.add(file);
        }
        return files;
    }

    private String page(int number, int posts) {
        // Winter dates, so the header's time is GMT and the year comes from a full date in the text.
        LocalDateTime day = LocalDateTime.of(2026, 1, 5, 8, 0).plusDays(number % 60);
        StringBuilder page = new StringBuilder("Summary\n\nLIVE stream page 1\n\n");
        for (int i = 1; i <= posts; i++) {
            LocalDateTime at = day.plusMinutes(7L * (posts - i + 1));
            page.append("  ").append(i).append(". ").append(headline()).append("published at ")
                    .append(CLOCK.format(at)).append(" GMT ").append(DAY.format(at)).append('\n')
                    .append("    published at ").append(CLOCK.format(at)).append(' ').append(DAY.format(at))
                    .append("\n\n");
            if (i == posts) {
                page.append("    The talks opened on ").append(DAY.format(at)).append(' ').append(at.getYear())
                        .append(".\n\n");
            }
            for (int paragraph = 0; paragraph < 2 + random.nextInt(3); paragraph++) {
                page.append("    ").append(sentence()).append(' ').append(sentence()).append("\n\n");
            }
        }
        return page.toString();
    }

    private String headline() {
        return pick(COUNTRIES) + " and " + pick(COUNTRIES) + " in new round of talks";
    }

    private String sentence() {
        String person = person();
        String country = pick(COUNTRIES);
        return switch (random.nextInt(7)) {
            case 0 -> pick(DEMONYMS) + " " + pick(TITLES) + " " + person + " "
                    + String.format(pick(PLEDGE), money(), country) + " for reconstruction.";
            case 1 -> country + " " + String.format(pick(ACCUSE), pick(COUNTRIES), pick(WRONGS)) + ".";
            case 2 -> person + " " + String.format(pick(MEET), person(), pick(CITIES)) + " on Monday.";
            case 3 -> pick(TITLES) + " " + person + " " + String.format(pick(VISIT), pick(CITIES)) + " today.";
            case 4 -> String.format(pick(ATTACK), pick(CITIES), country);
            case 5 -> "\"We will not accept any delay,\" " + person + " said.";
            default -> pick(FILLER);
        };
    }

    private String money() {
        return String.format(pick(MONEY), 5 + random.nextInt(900));
    }

    private String person() {
        return pick(GIVEN) + " " + pick(FAMILY);
    }

    private String pick(String[] items) {
        return items[random.nextInt(items.length)];
    }
}
