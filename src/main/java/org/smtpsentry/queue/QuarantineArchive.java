package org.smtpsentry.queue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.event.QueueId;

/** A quarantine archive read back: its manifest, and each message's text on demand. */
public final class QuarantineArchive implements AutoCloseable {
    /** Beside the archive: ids that were archived but were gone from the queue when the purge deleted. */
    public static final String NOT_PURGED_SUFFIX = ".not-purged";
    private static final long MAX_MESSAGE = 512L << 20;
    private static final long MAX_MANIFEST = 1L << 30;

    private final Path path;
    private final ZipFile zip;
    private final String queueKind;
    private final String selection;
    private final List<Item> items;
    private final Set<QueueId> notPurged;

    /** One archived message: the zip entry holding its text, its envelope, why it was selected, its origin. */
    public record Item(String file, QueuedMessage envelope, List<String> reasons, String origin) {
    }

    private QuarantineArchive(Path path, ZipFile zip, String queueKind, String selection, List<Item> items,
                              Set<QueueId> notPurged) {
        this.path = path;
        this.zip = zip;
        this.queueKind = queueKind;
        this.selection = selection;
        this.items = List.copyOf(items);
        this.notPurged = Set.copyOf(notPurged);
    }

    public static QuarantineArchive open(Path path) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(path + ": no such quarantine archive; give the file a purge printed; nothing restored");
        } catch (IOException e) {
            throw new UserError(path + ": not a readable quarantine archive (" + e.getMessage()
                    + "); give the .zip file a purge wrote; nothing restored", e);
        }
        try {
            ZipEntry entry = zip.getEntry(Quarantine.MANIFEST);
            if (entry == null || entry.getSize() > MAX_MANIFEST) {
                throw new UserError(path + ": " + Quarantine.MANIFEST + " is missing or too large; "
                        + "the archive is not one smtpsentry wrote or is truncated; nothing restored");
            }
            JsonObject manifest;
            try (InputStream in = zip.getInputStream(entry)) {
                manifest = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
            }
            if (!Quarantine.FORMAT.equals(text(manifest, "format"))) {
                throw new UserError(path + ": " + Quarantine.MANIFEST + ": format is not \"" + Quarantine.FORMAT
                        + "\"; nothing restored");
            }
            List<Item> items = new ArrayList<>();
            JsonArray messages = manifest.getAsJsonArray("messages");
            for (int i = 0; i < messages.size(); i++) {
                items.add(item(messages.get(i).getAsJsonObject()));
            }
            JsonObject queue = manifest.getAsJsonObject("queue");
            return new QuarantineArchive(path, zip, text(queue, "kind"), text(manifest, "selection"), items,
                    notPurged(path));
        } catch (IOException | JsonParseException | IllegalStateException | ClassCastException | NullPointerException
                 | DateTimeParseException e) {
            close(zip);
            throw new UserError(path + ": " + Quarantine.MANIFEST + " is not readable (" + e.getMessage()
                    + "); nothing restored", e);
        } catch (UserError e) {
            close(zip);
            throw e;
        }
    }

    public Path path() {
        return path;
    }

    public String queueKind() {
        return queueKind;
    }

    public String selection() {
        return selection;
    }

    public List<Item> items() {
        return items;
    }

    /** Whether the purge found this message gone when deleting (it was archived but not removed by the purge). */
    public boolean notPurged(QueueId id) {
        return notPurged.contains(id);
    }

    /** The message with its text, read from the archive. */
    public ArchivedMessage message(Item item) {
        ZipEntry entry = zip.getEntry(item.file());
        if (entry == null) {
            throw new UserError(path + ": " + item.file() + " is listed in the manifest but missing; "
                    + item.envelope().id() + " not restored");
        }
        try (InputStream in = zip.getInputStream(entry)) {
            byte[] text = in.readNBytes((int) Math.min(MAX_MESSAGE, Integer.MAX_VALUE - 16));
            return new ArchivedMessage(item.envelope(), text, item.reasons(), item.origin());
        } catch (IOException e) {
            throw new UserError(path + ": " + item.file() + ": " + e.getMessage() + "; "
                    + item.envelope().id() + " not restored", e);
        }
    }

    @Override
    public void close() {
        close(zip);
    }

    private static Item item(JsonObject m) {
        List<Mailbox> recipients = new ArrayList<>();
        for (JsonElement r : m.getAsJsonArray("recipients")) {
            recipients.add(Mailbox.of(r.getAsString()));
        }
        List<String> reasons = new ArrayList<>();
        for (JsonElement r : m.getAsJsonArray("reasons")) {
            reasons.add(r.getAsString());
        }
        QueuedMessage envelope = new QueuedMessage(new QueueId(text(m, "id")), text(m, "queue"),
                Instant.parse(text(m, "arrival")), m.get("size").getAsLong(), Mailbox.of(text(m, "sender")),
                recipients, text(m, "login"), text(m, "client"), text(m, "localUser"), text(m, "subject"), "");
        return new Item(text(m, "file"), envelope, reasons, text(m, "origin"));
    }

    private static String text(JsonObject o, String key) {
        JsonElement e = o.get(key);
        return e == null || e.isJsonNull() ? "" : e.getAsString();
    }

    private static Set<QueueId> notPurged(Path archive) throws IOException {
        Path list = archive.resolveSibling(archive.getFileName() + NOT_PURGED_SUFFIX);
        Set<QueueId> ids = new HashSet<>();
        if (Files.isRegularFile(list)) {
            for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    ids.add(new QueueId(line.strip()));
                }
            }
        }
        return ids;
    }

    private static void close(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // nothing was written; closing a reader cannot lose data
        }
    }
}
