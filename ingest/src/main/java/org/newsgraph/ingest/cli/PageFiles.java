package org.newsgraph.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PageRefused;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReadOptions;
import org.newsgraph.ingest.read.WebPages;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The live pages named on a command line, files read as UTF-8 text and http(s) URLs fetched:
 * the readable ones, and how many were not (each reported on standard error with the file or
 * URL and why).
 */
record PageFiles(List<PageSource> pages, int unreadable) {
    /**
     * The reader's options from a command's options (each may be null); a bad value is a usage
     * error of that command, exit code 2, with the reason.
     */
    static ReadOptions options(CommandSpec spec, Integer year, String storyUrl, String storySlug) {
        try {
            ReadOptions options = ReadOptions.none();
            if (year != null) {
                options = options.withYear(year);
            }
            if (storyUrl != null) {
                options = options.withStoryUrl(storyUrl);
            }
            if (storySlug != null) {
                options = options.withStorySlug(storySlug);
            }
            return options;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
    }

    /** Each input, a file or a URL; an unreadable one is reported and counted. */
    static PageFiles read(List<String> inputs, ReadOptions options, WebPages web, PrintWriter err) {
        List<PageSource> pages = new ArrayList<>();
        int unreadable = 0;
        for (String input : inputs) {
            try {
                pages.add(source(input, options, web));
            } catch (PageRefused e) {
                err.println("newsgraph: " + e.getMessage());
                unreadable++;
            } catch (IOException e) {
                err.println("newsgraph: " + input + ": cannot be read (" + e + ")");
                unreadable++;
            }
        }
        return new PageFiles(pages, unreadable);
    }

    /** The page a command-line argument names: fetched when it is an http(s) URL, else read from the file. */
    static PageSource source(String input, ReadOptions options, WebPages web) throws IOException {
        if (!WebPages.isWebAddress(input)) {
            return LivePageFiles.source(Path.of(input), options);
        }
        try {
            return web.fetch(new URI(input), options);
        } catch (URISyntaxException e) {
            throw new PageRefused(input, "not a URL: " + e.getReason());
        }
    }
}
