package org.echotrace.ingest.telegram;

import java.io.IOException;

import org.echotrace.ingest.Input;
import org.echotrace.ingest.InputException;
import org.echotrace.ingest.PostReader;
import org.echotrace.ingest.ReadContext;
import org.echotrace.model.Format;

/** Placeholder until the TELEGRAM_EXPORT reader lands. */
public final class TelegramExportReader implements PostReader {

    @Override
    public Format format() {
        return Format.TELEGRAM_EXPORT;
    }

    @Override
    public void read(Input input, ReadContext context) throws IOException {
        throw new InputException(null, "reader for " + format().id() + " is not implemented yet");
    }
}
