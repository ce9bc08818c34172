package org.echotrace.store.index;

import java.io.Reader;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis of post titles and texts, for indexing and for queries alike:
 * <ol>
 *   <li>{@code ё} → {@code е} (and {@code Ё} → {@code Е}), as a char filter, so offsets stay right for highlighting;</li>
 *   <li>{@link StandardTokenizer} (Unicode word breaks: Cyrillic, Latin, numbers, emoji dropped);</li>
 *   <li>{@link LowerCaseFilter};</li>
 *   <li>{@link ASCIIFoldingFilter}: diacritics folded ({@code é} → {@code e}, {@code ü} → {@code u}); Cyrillic untouched;</li>
 *   <li>{@link ScriptStemFilter}: Russian stemming for Cyrillic words, English for Latin ones.</li>
 * </ol>
 * No stop words: phrases such as {@code "в ходе"} must stay searchable.
 */
public final class CorpusAnalyzer extends Analyzer {
    private static final NormalizeCharMap YO;

    static {
        NormalizeCharMap.Builder b = new NormalizeCharMap.Builder();
        b.add("ё", "е");
        b.add("Ё", "Е");
        YO = b.build();
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(YO, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(YO, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream s = new LowerCaseFilter(source);
        s = new ASCIIFoldingFilter(s);
        s = new ScriptStemFilter(s);
        return new TokenStreamComponents(source, s);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }
}
