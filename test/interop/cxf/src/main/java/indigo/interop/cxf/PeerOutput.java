package indigo.interop.cxf;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The peer's protocol with the harness (test/interop/cxf/cxfHarness.ts): one line per fact on stdout, UTF-8,
 * flushed at once. CXF's own logging goes to stderr.
 */
final class PeerOutput {
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private PeerOutput() {
    }

    static synchronized void line(String text) {
        OUT.println(text);
        OUT.flush();
    }

    /** A string on one line: JSON-style escapes for quotes, backslashes and control characters. */
    static String quote(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
