package org.smtpsentry.queue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.smtpsentry.UserError;
import org.smtpsentry.event.Mailbox;
import org.smtpsentry.text.JsonWriter;

/**
 * A quarantine archive being written: one zip file per purge, holding each message as {@code messages/N-ID.eml}
 * and, last, {@code manifest.json} (ids, envelopes, why each was selected). The archive is complete and on disk
 * (forced) before anything is deleted from the queue; a purge that cannot write it deletes nothing.
 */
public final class Quarantine implements AutoCloseable {
    public static final String MANIFEST = "manifest.json";
    public static final String FORMAT = "smtpsentry-quarantine 1";

    private final Path path;
    private final OutputStream file;
    private final ZipOutputStream zip;
    private final List<Written> written = new ArrayList<>();
    private final String queueKind;
    private final String queueDescription;
    private final String selection;
    private final Instant created;

    private record Written(String file, ArchivedMessage message) {
    }

    private Quarantine(Path path, OutputStream file, MailQueue queue, String selection, Instant created) {
        this.path = path;
        this.file = file;
        this.zip = new ZipOutputStream(new BufferedOutputStream(file, 1 << 16), StandardCharsets.UTF_8);
        this.zip.setLevel(Deflater.BEST_SPEED);
        this.queueKind = queue.kind().label();
        this.queueDescription = queue.description();
        this.selection = selection;
        this.created = created;
    }

    /** Creates a new archive at {@code path}; an existing file is never overwritten. */
    public static Quarantine create(Path path, MailQueue queue, String selection, Instant created) {
        try {
            if (path.getParent() != null) {
                Files.createDirectories(path.getParent());
            }
            OutputStream out = Files.newOutputStream(path, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            return new Quarantine(path, out, queue, selection, created);
        } catch (IOException e) {
            throw new UserError(path + ": cannot create the quarantine archive: " + e.getMessage()
                    + "; choose another place with --quarantine-dir; nothing was deleted", e);
        }
    }

    public Path path() {
        return path;
    }

    public int size() {
        return written.size();
    }

    /** Adds one message. */
    public void add(ArchivedMessage message) {
        String name = "messages/%06d-%s.eml".formatted(written.size() + 1, safe(message.envelope().id().value()));
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(message.content());
            zip.closeEntry();
        } catch (IOException e) {
            throw failed(e);
        }
        // the text is in the archive now; keep only the envelope for the manifest
        written.add(new Written(name, new ArchivedMessage(message.envelope(), new byte[0], message.reasons(),
                message.origin())));
    }

    /** Writes the manifest, finishes the zip and forces it to disk. */
    @Override
    public void close() {
        try {
            zip.putNextEntry(new ZipEntry(MANIFEST));
            Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            writeManifest(new JsonWriter(w));
            w.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
            zip.close();
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private void writeManifest(JsonWriter json) {
        json.beginObject()
                .field("format", FORMAT)
                .field("created", created)
                .name("queue").beginObject().field("kind", queueKind).field("location", queueDescription).endObject()
                .field("selection", selection)
                .field("count", written.size())
                .name("messages").beginArray();
        for (Written w : written) {
            QueuedMessage m = w.message().envelope();
            json.beginObject()
                    .field("id", m.id().value())
                    .field("file", w.file())
                    .field("queue", m.queue())
                    .field("arrival", m.arrival())
                    .field("size", m.size())
                    .field("sender", m.sender().address())
                    .name("recipients").beginArray();
            for (Mailbox r : m.recipients()) {
                json.value(r.address());
            }
            json.endArray()
                    .field("login", m.login())
                    .field("client", m.client())
                    .field("localUser", m.localUser())
                    .field("subject", m.subject())
                    .field("origin", w.message().origin())
                    .name("reasons").beginArray();
            for (String r : w.message().reasons()) {
                json.value(r);
            }
            json.endArray().endObject();
        }
        json.endArray().endObject().finish();
    }

    private UserError failed(IOException e) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one to report
        }
        return new UserError(path + ": writing the quarantine archive failed: " + e.getMessage()
                + "; free space or choose another place with --quarantine-dir; nothing was deleted", e);
    }

    private static String safe(String id) {
        StringBuilder b = new StringBuilder(id.length());
        for (char c : id.toCharArray()) {
            b.append(Character.isLetterOrDigit(c) && c < 128 || c == '-' || c == '.' ? c : '_');
        }
        return b.length() > 80 ? b.substring(0, 80) : b.toString();
    }
}
