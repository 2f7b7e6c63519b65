package org.smtpsentry.queue.postfix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.smtpsentry.UserError;

/**
 * The files of a Postfix queue, told by their names alone (no stat per file: on 100,000 messages that is 100,000
 * system calls saved): the one-character names are the hash_queue_depth sub-folders, queue ids the files. For the
 * whole list at once, the folders of one level are listed in parallel (listing 100,000 names takes ~0.1 s of one CPU:
 * Java makes a string per name through JNI).
 */
final class QueueListing {
    /** Hash sub-folder levels looked into (Postfix's hash_queue_depth is at most 2 in practice). */
    private static final int MAX_HASH_DEPTH = 2;

    private QueueListing() {
    }

    /** A folder to list: a queue ({@code depth} 0) or one of its hash sub-folders. */
    record Folder(Path dir, String queue, int depth) {
    }

    /** What a folder holds: its queue files (null when none), and its hash sub-folders. */
    record Listed(QueueFolder files, List<Folder> subfolders) {
    }

    /**
     * The folders of the queues there are, not listed yet; an AccessDeniedException when one of them cannot be
     * listed by this user (their hash sub-folders have the same owner and mode).
     */
    static List<Folder> queues(Path queueDir) throws AccessDeniedException {
        List<Folder> queues = new ArrayList<>();
        for (String queue : PostfixQueue.QUEUES) {
            Path dir = queueDir.resolve(queue);
            if (Files.isDirectory(dir)) {
                try (DirectoryStream<Path> listable = Files.newDirectoryStream(dir)) { // opened to tell, then closed
                    queues.add(new Folder(dir, queue, 0));
                } catch (NoSuchFileException | NotDirectoryException e) {
                    // gone meanwhile, or not a folder after all: nothing queued there
                } catch (AccessDeniedException e) {
                    throw e;
                } catch (IOException e) {
                    throw new UserError(dir + ": cannot read the queue: " + e.getMessage() + "; nothing done", e);
                }
            }
        }
        return queues;
    }

    /** The folders of every queue that hold queue files, and their files. */
    static List<QueueFolder> folders(Path queueDir) throws AccessDeniedException {
        List<Folder> level = queues(queueDir);
        List<QueueFolder> found = new ArrayList<>();
        try {
            while (!level.isEmpty()) {
                List<Listed> listed = level.parallelStream().map(folder -> list(queueDir, folder)).toList();
                level = new ArrayList<>();
                for (Listed l : listed) {
                    if (l.files() != null) {
                        found.add(l.files());
                    }
                    level.addAll(l.subfolders());
                }
            }
        } catch (UncheckedIOException e) {
            throw (AccessDeniedException) e.getCause(); // the only kind list lets through
        }
        return found;
    }

    /**
     * Lists one folder. A folder gone meanwhile holds nothing; one not readable throws an UncheckedIOException with
     * the AccessDeniedException; any other failure is a UserError.
     */
    static Listed list(Path queueDir, Folder folder) {
        List<String> files = new ArrayList<>();
        List<Folder> subfolders = new ArrayList<>();
        try {
            for (String name : names(folder.dir())) {
                if (name.length() == 1 && folder.depth() < MAX_HASH_DEPTH) {
                    subfolders.add(new Folder(folder.dir().resolve(name), folder.queue(), folder.depth() + 1));
                } else if (PostfixQueue.isQueueId(name)
                        && (!folder.queue().equals("incoming") || ready(folder.dir().resolve(name)))) {
                    files.add(name);
                }
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            // not a hash sub-folder after all, or removed meanwhile: nothing queued there
        } catch (AccessDeniedException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UserError(folder.dir() + ": cannot read the queue: " + e.getMessage() + "; nothing done", e);
        }
        return new Listed(files.isEmpty() ? null : new QueueFolder(queueDir, folder.dir(), folder.queue(), files),
                subfolders);
    }

    /**
     * The names in a folder. File.list gives plain strings (a DirectoryStream makes a Path per file, which cost more
     * than the reading on 100,000 messages); when it cannot list, the DirectoryStream tells why.
     */
    private static List<String> names(Path dir) throws IOException {
        String[] names = dir.toFile().list();
        if (names != null) {
            return Arrays.asList(names);
        }
        List<String> listed = new ArrayList<>();
        try (DirectoryStream<Path> paths = Files.newDirectoryStream(dir)) {
            paths.forEach(p -> listed.add(p.getFileName().toString()));
        }
        return listed;
    }

    /** A file in incoming is complete once cleanup has set its owner-execute bit. */
    private static boolean ready(Path p) {
        try {
            return Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_EXECUTE);
        } catch (IOException e) {
            return false;
        }
    }
}
