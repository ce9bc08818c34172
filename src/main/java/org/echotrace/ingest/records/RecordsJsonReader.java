package org.echotrace.ingest.records;

import java.io.IOException;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/** Placeholder until the RECORDS_JSON reader lands. */
public final class RecordsJsonReader implements PostReader {

    @Override
    public Format format() {
        return Format.RECORDS_JSON;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        throw new InputException(null, "reader for " + format().id() + " is not implemented yet");
    }
}
