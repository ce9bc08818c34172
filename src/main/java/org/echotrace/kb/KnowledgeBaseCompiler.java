package org.echotrace.kb;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Compiles the knowledge base's YAML files into {@code kb.bin} at build time (Maven's {@code process-classes}
 * phase): validates every entry exactly as {@link KnowledgeBaseLoader} does at run time, so a bad entry fails the
 * build with {@code file:line: what is wrong}, and writes the compiled form the runtime reads in milliseconds.
 *
 * <p>Usage: {@code KnowledgeBaseCompiler OUTPUT_CLASSES_DIR} (writes {@code org/echotrace/kb/kb.bin} under it).
 */
public final class KnowledgeBaseCompiler {
    private KnowledgeBaseCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: KnowledgeBaseCompiler OUTPUT_CLASSES_DIR");
            System.exit(2);
        }
        Path out = Path.of(args[0]).resolve("org/echotrace/kb").resolve(CompiledKnowledgeBase.RESOURCE);
        List<KbEntity> entities;
        try {
            entities = new KnowledgeBaseLoader().loadAll();
        } catch (IllegalStateException e) {
            // the innermost message is file:line: what is wrong; the build prints it and fails
            Throwable t = e;
            while (t.getCause() instanceof IllegalStateException) {
                t = t.getCause();
            }
            throw new IllegalStateException("knowledge base: " + t.getMessage(), e);
        }
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            CompiledKnowledgeBase.write(entities, CompiledKnowledgeBase.fingerprint(), os);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.println("knowledge base: " + entities.size() + " entities compiled to " + out);
    }
}
