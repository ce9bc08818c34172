package org.echotrace.config;

/** A configuration file or setting that cannot be used; the message names the file, line and key. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
