package org.echotrace.ingest.warc;

import java.io.IOException;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/** Placeholder until the WARC reader lands. */
public final class WarcReader implements PostReader {
    private final PostReader articles;

    public WarcReader(PostReader articles) {
        this.articles = articles;
    }

    @Override
    public Format format() {
        return Format.WARC;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        throw new InputException(null, "reader for " + format().id() + " is not implemented yet");
    }
}
