package org.echotrace.cli;

import java.io.IOException;
import java.util.List;

/** The demo's sample inputs, for tests in other packages. */
public final class DemoCommandAccess {

    private DemoCommandAccess() {
    }

    public static List<String> sampleInputs() throws IOException {
        return DemoCommand.inputsOf(DemoCommand.locateSamples());
    }
}
