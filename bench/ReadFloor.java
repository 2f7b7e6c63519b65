import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The floor of any per-message count of a Postfix queue, in Java: lists the folders given (and their one-character
 * hash sub-folders), then opens, reads (one read of up to 16 KB) and closes every file, relative to an open handle
 * on its folder (openat), on THREADS threads taking folders as they go; no decoding, no counting. Prints the time of
 * the listing and reading alone (the JVM's start and this file's compilation excluded): files, bytes, wall seconds,
 * CPU seconds of the whole process meanwhile (JIT compiler and GC included).
 *   java ReadFloor.java THREADS DIR...
 */
public class ReadFloor {
    private static final Set<StandardOpenOption> READ = Set.of(StandardOpenOption.READ);

    public static void main(String[] args) throws Exception {
        int threads = Integer.parseInt(args[0]);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        List<File> folders = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            folders(new File(args[i]), folders);
        }
        AtomicInteger next = new AtomicInteger();
        AtomicLong files = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        List<Thread> readers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            readers.add(Thread.ofPlatform().start(() -> {
                ByteBuffer buffer = ByteBuffer.allocateDirect(16 * 1024);
                for (int f = next.getAndIncrement(); f < folders.size(); f = next.getAndIncrement()) {
                    read(folders.get(f), buffer, files, bytes);
                }
            }));
        }
        for (Thread t : readers) {
            t.join();
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
        System.out.printf("%d %d %.3f %.3f%n", files.get(), bytes.get(), wall, cpu);
    }

    private static void folders(File dir, List<File> into) {
        into.add(dir);
        String[] names = dir.list();
        for (String name : names == null ? new String[0] : names) {
            if (name.length() == 1) {
                folders(new File(dir, name), into);
            }
        }
    }

    private static void read(File folder, ByteBuffer buffer, AtomicLong files, AtomicLong bytes) {
        String[] names = folder.list();
        try (DirectoryStream<Path> opened = Files.newDirectoryStream(folder.toPath())) {
            var handle = (SecureDirectoryStream<Path>) opened;
            long n = 0;
            long b = 0;
            for (String name : names) {
                if (name.length() == 1) {
                    continue;
                }
                try (SeekableByteChannel ch = handle.newByteChannel(Path.of(name), READ)) {
                    buffer.clear();
                    b += Math.max(0, ch.read(buffer));
                    n++;
                }
            }
            files.addAndGet(n);
            bytes.addAndGet(b);
        } catch (IOException e) {
            throw new RuntimeException(folder + ": " + e, e);
        }
    }
}
