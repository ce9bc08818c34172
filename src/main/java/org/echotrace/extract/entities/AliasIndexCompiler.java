package org.echotrace.extract.entities;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.echotrace.kb.KnowledgeBase;

/**
 * Precomputes the {@link AliasIndex} of the standard knowledge base at build time (Maven's
 * {@code process-classes} phase, after the knowledge base itself is compiled) into {@code aliases.bin}.
 *
 * <p>Usage: {@code AliasIndexCompiler OUTPUT_CLASSES_DIR}.
 */
public final class AliasIndexCompiler {
    private AliasIndexCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: AliasIndexCompiler OUTPUT_CLASSES_DIR");
            System.exit(2);
        }
        KnowledgeBase kb = KnowledgeBase.standard();
        if (kb.fingerprint() == 0) {
            throw new IllegalStateException("the compiled knowledge base (kb.bin) is missing or out of date");
        }
        Path out = Path.of(args[0]).resolve("org/echotrace/extract/entities").resolve(AliasIndexFile.RESOURCE);
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            AliasIndexFile.write(kb, new AliasIndex(kb, false), os);
        }
        Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("alias index: compiled to " + out);
    }
}
