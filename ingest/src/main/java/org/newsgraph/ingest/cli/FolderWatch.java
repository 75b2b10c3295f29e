package org.newsgraph.ingest.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A folder whose files are ingested as they arrive: first those already there, then each new
 * or changed file, with {@link WatchService}. A file is taken once it has kept the same size and
 * modification time for the settle time, so that one still being written or copied is not read
 * half-way; names that download and editor tools give partial files ({@code .part},
 * {@code .tmp}, {@code .crdownload}, {@code ~}, hidden files) are skipped until renamed.
 */
final class FolderWatch {
    private static final List<String> PARTIAL_ENDINGS = List.of(".part", ".partial", ".tmp", ".crdownload",
            ".download", ".swp", "~");

    private final Path folder;
    private final Duration settle;

    FolderWatch(Path folder, Duration settle) {
        this.folder = folder;
        this.settle = settle;
    }

    /** The file's state when last looked at, and since when it has been so. */
    private record Seen(long size, long modified, long sinceNanos) {}

    /**
     * Hands each arriving file to {@code ingest} until stopped or {@code limit} files were
     * handed over (0: no limit).
     *
     * @throws IOException when the folder cannot be watched
     */
    void run(Consumer<Path> ingest, StopSignal stop, int limit) throws IOException {
        try (WatchService watcher = folder.getFileSystem().newWatchService()) {
            folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
            Map<Path, Seen> pending = new LinkedHashMap<>();
            Map<Path, Seen> done = new HashMap<>();
            scan(pending);
            int handed = 0;
            long poll = Math.max(50, settle.toMillis() / 4);
            while (!stop.stopped() && (limit == 0 || handed < limit)) {
                WatchKey key = watcher.poll(poll, TimeUnit.MILLISECONDS);
                if (key != null) {
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                            scan(pending);
                        } else if (event.context() instanceof Path name) {
                            pending.putIfAbsent(folder.resolve(name), new Seen(-1, -1, System.nanoTime()));
                        }
                    }
                    key.reset();
                }
                for (Path file : List.copyOf(pending.keySet())) {
                    if (limit != 0 && handed >= limit || stop.stopped()) {
                        break;
                    }
                    if (settled(file, pending, done)) {
                        pending.remove(file);
                        ingest.accept(file);
                        handed++;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // Closed while shutting down: nothing more to watch.
        }
    }

    /** Adds the files already in the folder, oldest name first. */
    private void scan(Map<Path, Seen> pending) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            files.sorted().forEach(f -> pending.putIfAbsent(f, new Seen(-1, -1, System.nanoTime())));
        }
    }

    /**
     * Whether the file is ready: a regular file with a complete name, unchanged for the settle
     * time, and not as it was when last ingested. Files gone or not to be read leave the queue.
     */
    private boolean settled(Path file, Map<Path, Seen> pending, Map<Path, Seen> done) {
        if (isPartialName(file.getFileName().toString())) {
            pending.remove(file);
            return false;
        }
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            pending.remove(file);
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!attributes.isRegularFile()) {
            pending.remove(file);
            return false;
        }
        long now = System.nanoTime();
        Seen before = pending.get(file);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        if (before.size() != size || before.modified() != modified) {
            pending.put(file, new Seen(size, modified, now));
            return false;
        }
        if (now - before.sinceNanos() < settle.toNanos()) {
            return false;
        }
        Seen last = done.get(file);
        if (last != null && last.size() == size && last.modified() == modified) {
            pending.remove(file); // a touch that changed nothing, or an event for what was just read
            return false;
        }
        done.put(file, before);
        return true;
    }

    static boolean isPartialName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.startsWith(".") || PARTIAL_ENDINGS.stream().anyMatch(lower::endsWith);
    }
}
