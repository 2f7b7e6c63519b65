import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step: rewrites the classes of a dependency compiled for Java 5 (picocli) as Java 8 class files, with the
 * stack map frames the JVM's fast verifier needs, into the project's classes. The JVM cannot keep classes older than
 * Java 6 in an AOT cache or class-data archive, so without this every run loads, verifies (with the slow old verifier)
 * and links picocli from the jar again: ~70 ms of each command's start. The code itself is not changed.
 *
 * Run: java -cp asm.jar:DEPENDENCY.jar src/build/ClassFileUpgrade.java DEPENDENCY.jar target/classes
 */
public final class ClassFileUpgrade {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ClassFileUpgrade DEPENDENCY.jar CLASSES-DIR");
            System.exit(2);
        }
        Path classes = Path.of(args[1]);
        int upgraded = 0;
        try (JarFile jar = new JarFile(args[0])) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                JarEntry entry = entries.nextElement();
                String name = entry.getName();
                if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    Path target = classes.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, upgrade(in.readAllBytes()));
                    upgraded++;
                }
            }
        }
        System.out.println("ClassFileUpgrade: " + upgraded + " classes of " + args[0] + " as Java 8 class files");
    }

    /** The class as a Java 8 class file (if older), frames computed anew. */
    private static byte[] upgrade(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName,
                              String[] interfaces) {
                super.visit(Math.max(version, Opcodes.V1_8), access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }
}
