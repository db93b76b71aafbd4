using System.Globalization;

namespace ApaIngest.Pdf;

/// <summary>
/// How damaged a Unicode Bangla text layer looks, from sequences that cannot occur in logical-order Bangla:
/// a word starting with a dependent vowel sign, hasanta or ং ঃ ঁ; a pre-base vowel sign (ি ে ৈ) before its consonant
/// (visual order: the producer mapped glyphs one by one, so conjunct glyphs are usually lost too); two vowel signs in a row;
/// a hasanta before a non-consonant; private-use code points, U+FFFD and control characters (glyphs without a mapping).
/// </summary>
public sealed record TextLayerDamage(int BanglaWords, int DamagedWords, int VisualOrderWords, int UnmappedCharacters)
{
    /// <summary>Share of Bangla words with any damage (0 when there are no Bangla words).</summary>
    public double Score => BanglaWords == 0 ? 0 : (double)(DamagedWords + VisualOrderWords) / BanglaWords;

    public static TextLayerDamage Measure(IEnumerable<string> words)
    {
        int bangla = 0, damaged = 0, visual = 0, unmapped = 0;
        foreach (var word in words)
        {
            var unmappedHere = word.Count(IsUnmapped);
            unmapped += unmappedHere;
            if (!word.Any(IsBanglaLetterOrSign))
            {
                continue;
            }

            bangla++;
            var kind = Classify(word);
            if (unmappedHere > 0 || kind == WordDamage.Impossible)
            {
                damaged++;
            }
            else if (kind == WordDamage.VisualOrder)
            {
                visual++;
            }
        }

        return new TextLayerDamage(bangla, damaged, visual, unmapped);
    }

    private enum WordDamage
    {
        None,
        VisualOrder,
        Impossible,
    }

    private static WordDamage Classify(string word)
    {
        var s = word.Trim('(', ')', '\'', '"', '‘', '’', '“', '”', ',', '.', ':', ';', '-', '।', '[', ']');
        if (s.Length == 0)
        {
            return WordDamage.None;
        }

        var result = WordDamage.None;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var prev = i > 0 ? s[i - 1] : '\0';
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            if (IsPreBase(c) && IsConsonant(next) && !IsConsonant(prev) && prev != '\u09BC' && !IsAfterConsonantSign(prev))
            {
                // ি before its consonant with nothing it could belong to before it: visual order.
                result = WordDamage.VisualOrder;
                continue;
            }

            var startsWord = i == 0 || !BanglaLetterOrMark(prev);
            if (startsWord && (IsDependentVowel(c) || c is '\u09CD' or '\u0981' or '\u0982' or '\u0983'))
            {
                return WordDamage.Impossible;
            }

            if (IsDependentVowel(c) && IsDependentVowel(prev) && !(prev == '\u09C7' && c is '\u09BE' or '\u09D7'))
            {
                return WordDamage.Impossible;
            }

            if (c == '\u09CD' && next != '\0' && !IsConsonant(next) && next is not ('\u200C' or '\u200D'))
            {
                return WordDamage.Impossible;
            }
        }

        return result;
    }

    private static bool IsAfterConsonantSign(char c) => IsDependentVowel(c) && !IsPreBase(c);

    private static bool IsUnmapped(char c) =>
        c is (>= '\uE000' and <= '\uF8FF') or '\uFFFD' || (char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    private static bool IsBanglaLetterOrSign(char c) => c is >= '\u0980' and <= '\u09FF' && !(c is >= '\u09E6' and <= '\u09EF');

    private static bool BanglaLetterOrMark(char c) => c is >= '\u0980' and <= '\u09FF' || c is '\u200C' or '\u200D';

    private static bool IsPreBase(char c) => c is '\u09BF' or '\u09C7' or '\u09C8';

    private static bool IsDependentVowel(char c) => c is (>= '\u09BE' and <= '\u09C4') or '\u09C7' or '\u09C8' or '\u09CB' or '\u09CC' or '\u09D7';

    private static bool IsConsonant(char c) =>
        c is (>= '\u0995' and <= '\u09B9') or '\u09DC' or '\u09DD' or '\u09DF'
        && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherLetter;
}
