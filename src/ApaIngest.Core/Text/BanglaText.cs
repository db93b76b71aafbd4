using System.Text;

namespace ApaIngest.Core.Text;

/// <summary>Normalisation every stage agrees on: NFC, one form of য় ড় ঢ়, Bangla/ASCII digits.</summary>
public static class BanglaText
{
    public const char DigitZero = '\u09E6';
    private const char Nukta = '\u09BC';

    /// <summary>NFC with the nukta letters composed as U+09DC/09DD/09DF (NFC itself decomposes ড় ঢ় and keeps য় decomposed).</summary>
    public static string Normalize(string text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var s = text.Normalize(NormalizationForm.FormC);
        if (s.IndexOf(Nukta) < 0)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (i + 1 < s.Length && s[i + 1] == Nukta)
            {
                var composed = c switch
                {
                    '\u09AF' => '\u09DF', // য + ় → য়
                    '\u09A1' => '\u09DC', // ড + ় → ড়
                    '\u09A2' => '\u09DD', // ঢ + ় → ঢ়
                    _ => '\0',
                };
                if (composed != '\0')
                {
                    sb.Append(composed);
                    i++;
                    continue;
                }
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    public static bool IsBanglaDigit(char c) => c is >= '\u09E6' and <= '\u09EF';

    public static bool IsBangla(char c) => c is >= '\u0980' and <= '\u09FF';

    /// <summary>
    /// Whether texts write their numbers in Bangla digits (most APAs): more than three Bangla digits per ASCII one. Then an
    /// ASCII digit in them is a misreading.
    /// </summary>
    public static bool MostlyBanglaDigits(IEnumerable<string?> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var bangla = 0;
        var ascii = 0;
        foreach (var text in texts)
        {
            bangla += text?.Count(IsBanglaDigit) ?? 0;
            ascii += text?.Count(char.IsAsciiDigit) ?? 0;
        }

        return bangla > ascii * 3;
    }

    /// <summary>Bangla digits → ASCII digits; everything else unchanged.</summary>
    public static string ToAsciiDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (IsBanglaDigit(chars[i]))
            {
                chars[i] = (char)('0' + (chars[i] - DigitZero));
            }
        }

        return new string(chars);
    }

    /// <summary>ASCII digits → Bangla digits; everything else unchanged.</summary>
    public static string ToBanglaDigits(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '0' and <= '9')
            {
                chars[i] = (char)(DigitZero + (chars[i] - '0'));
            }
        }

        return new string(chars);
    }
}
