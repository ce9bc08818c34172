package org.echotrace.store.index;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Stems each token by its script: Cyrillic words with the Snowball Russian stemmer, Latin words with the
 * Snowball English (Porter2) stemmer, anything else (numbers, hashtags in other scripts) as is.
 *
 * <p>Why by script and not by the post's language: a query has no language, and Russian posts quote English
 * names and the other way round. Choosing the stemmer per token makes the index and the query agree whatever
 * the post's language, with one analyser and one field. Ukrainian and Belarusian words get the Russian stemmer,
 * which conflates fewer forms than a stemmer of their own would, but never wrongly merges Russian ones.
 * Expects lower-cased input.
 */
public final class ScriptStemFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final SnowballStemmer russian = new RussianStemmer();
    private final SnowballStemmer english = new EnglishStemmer();

    public ScriptStemFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (keyword.isKeyword() || term.length() < 3) {
            return true;
        }
        SnowballStemmer stemmer = stemmerFor(term.buffer(), term.length());
        if (stemmer != null) {
            stemmer.setCurrent(term.buffer(), term.length());
            stemmer.stem();
            char[] out = stemmer.getCurrentBuffer();
            int len = stemmer.getCurrentBufferLength();
            term.copyBuffer(out, 0, len);
        }
        return true;
    }

    private SnowballStemmer stemmerFor(char[] buf, int len) {
        boolean cyrillic = false;
        boolean latin = false;
        for (int i = 0; i < len; i++) {
            char c = buf[i];
            if (c >= '\u0400' && c <= '\u04FF') {
                cyrillic = true;
            } else if (c >= 'a' && c <= 'z') {
                latin = true;
            } else if (Character.isDigit(c)) {
                return null;
            }
        }
        if (cyrillic == latin) {
            return null; // mixed-script or neither: leave it
        }
        return cyrillic ? russian : english;
    }
}
