package org.echotrace.output.graph;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link SourceGraph} in one file format, UTF-8. */
public interface GraphWriter {
    /** Writes {@code graph} to {@code out}; flushes but does not close it. */
    void write(SourceGraph graph, OutputStream out) throws IOException;
}
