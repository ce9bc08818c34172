package org.echotrace.ingest.feed;

import java.io.IOException;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/** Placeholder until the FEED reader lands. */
public final class FeedReader implements PostReader {

    @Override
    public Format format() {
        return Format.FEED;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        throw new InputException(null, "reader for " + format().id() + " is not implemented yet");
    }
}
