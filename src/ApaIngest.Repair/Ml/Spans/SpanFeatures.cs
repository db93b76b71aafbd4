using ApaIngest.Repair.Legacy;

namespace ApaIngest.Repair.Ml.Spans;

/// <summary>Computes a span's numeric features; the character n-grams are ML.NET's text featurizer's job.</summary>
public static class SpanFeatures
{
    public static SpanExample Of(string text, string label = "")
    {
        ArgumentNullException.ThrowIfNull(text);
        int ascii = 0, upper = 0, switches = 0, vowels = 0, bijoy = 0, latinExtended = 0, digits = 0, banglaDigits = 0, bangla = 0, punctuation = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiLetter(c))
            {
                ascii++;
                upper += char.IsAsciiLetterUpper(c) ? 1 : 0;
                vowels += "aeiouAEIOU".Contains(c, StringComparison.Ordinal) ? 1 : 0;
                switches += i > 0 && char.IsAsciiLetterLower(text[i - 1]) && char.IsAsciiLetterUpper(c) ? 1 : 0;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is >= '\u09E6' and <= '\u09EF')
            {
                digits++;
                banglaDigits++;
            }
            else if (c is >= '\u0980' and <= '\u09FF')
            {
                bangla++;
            }
            else if (char.IsPunctuation(c) || char.IsSymbol(c))
            {
                punctuation++;
            }

            if (BijoyGlyphs.IsBijoyOnlyGlyph(c) || (c is '`' or '~' && i > 0 && i + 1 < text.Length))
            {
                bijoy++;
            }

            if (c is (>= '\u0080' and <= '\u02FF') or (>= '\u2000' and <= '\u206F'))
            {
                latinExtended++;
            }
        }

        var n = Math.Max(1f, text.Length);
        return new SpanExample
        {
            Text = text,
            Label = label,
            Length = Math.Min(text.Length, 24) / 24f,
            AsciiLetterShare = ascii / n,
            UpperShare = ascii == 0 ? 0 : upper / (float)ascii,
            CaseSwitches = Math.Min(switches, 4) / 4f,
            VowelShare = ascii == 0 ? 0 : vowels / (float)ascii,
            BijoyGlyphShare = bijoy / n,
            LatinExtendedShare = latinExtended / n,
            DigitShare = digits / n,
            BanglaDigitShare = banglaDigits / n,
            BanglaLetterShare = bangla / n,
            PunctuationShare = punctuation / n,
        };
    }
}
