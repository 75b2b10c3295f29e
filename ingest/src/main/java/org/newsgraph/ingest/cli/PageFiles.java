package org.newsgraph.ingest.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.read.LivePageFiles;
import org.newsgraph.ingest.read.PageRefused;
import org.newsgraph.ingest.read.PageSource;
import org.newsgraph.ingest.read.ReadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The live pages named on a command line, read as UTF-8 text: the readable ones, and how many
 * were not (each reported on standard error with the file and why).
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

    static PageFiles read(List<Path> files, ReadOptions options, PrintWriter err) {
        List<PageSource> pages = new ArrayList<>();
        int unreadable = 0;
        for (Path file : files) {
            try {
                pages.add(LivePageFiles.source(file, options));
            } catch (PageRefused e) {
                err.println("newsgraph: " + e.getMessage());
                unreadable++;
            } catch (IOException e) {
                err.println("newsgraph: " + file + ": cannot be read (" + e + ")");
                unreadable++;
            }
        }
        return new PageFiles(pages, unreadable);
    }
}
