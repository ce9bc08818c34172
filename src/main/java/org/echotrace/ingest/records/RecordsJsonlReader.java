package org.echotrace.ingest.records;

import java.io.IOException;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/** Placeholder until the RECORDS_JSONL reader lands. */
public final class RecordsJsonlReader implements PostReader {

    @Override
    public Format format() {
        return Format.RECORDS_JSONL;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        throw new InputException(null, "reader for " + format().id() + " is not implemented yet");
    }
}
