package org.echotrace.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = EchotraceCli.class.getPackage().getImplementationVersion();
        return new String[] {"echotrace " + (v == null ? "(development build)" : v)};
    }
}
