package org.echotrace.trace;

import java.util.List;

/** Placeholder finders until the real ones land: no copies, no translations, one story per post. */
final class NoCopies implements CopyFinder, TranslationFinder, StoryFinder {
    private int n;

    @Override
    public List<CopyPair> add(TraceItem item) {
        return List.of();
    }

    @Override
    public void add(TraceItem item, List<CopyPair> copies) {
        n = Math.max(n, item.index() + 1);
    }

    @Override
    public int[] stories() {
        int[] s = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = i;
        }
        return s;
    }
}
