package org.echotrace.cli;

/** RFC 4180 fields for the commands' CSV output. */
final class Csv {
    private Csv() {
    }

    /** The value quoted when it holds a comma, quote or line break; null as an empty field. */
    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
