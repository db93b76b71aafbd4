using System.Text;
using ApaIngest.Core.Normalization;
using ApaIngest.Core.Text;

namespace ApaIngest.Extraction.Headers;

/// <summary>Tolerant keyword tests on header text: tokens compared by edit distance so that one or two misread letters still match.</summary>
public sealed class HeaderWords
{
    private readonly List<string> tokens;
    private readonly string key;

    public HeaderWords(string text)
    {
        Text = CellText.Clean(text);
        tokens = Tokenize(Text);
        key = string.Concat(tokens);
    }

    public string Text { get; }
    public IReadOnlyList<string> Tokens => tokens;

    /// <summary>True when a token equals the keyword, starts with it (inflections: সূচকের), or is within the allowed edits.</summary>
    public bool Has(string keyword)
    {
        var k = BanglaText.Normalize(keyword);
        if (k.Contains(' ', StringComparison.Ordinal))
        {
            var compact = k.Replace(" ", "", StringComparison.Ordinal);
            return key.Contains(compact, StringComparison.Ordinal) || Near(key, compact, window: true);
        }

        if (k.Length >= 3 && key.Contains(k, StringComparison.Ordinal))
        {
            // Words run together where a narrow header cell wrapped inside a word ("কর্মস|ম্পাদন সূচকের").
            return true;
        }

        foreach (var t in tokens)
        {
            if (t == k || (t.StartsWith(k, StringComparison.Ordinal) && (k.Length >= 4 || t.Length <= k.Length + 3)))
            {
                return true;
            }

            var allowed = Allowed(k.Length);
            if (allowed > 0 && Math.Abs(t.Length - k.Length) <= allowed + 3 && EditDistance.Levenshtein(Prefix(t, k.Length), k) <= allowed)
            {
                return true;
            }
        }

        return false;
    }

    public bool HasAny(params string[] keywords) => keywords.Any(Has);

    /// <summary>The text without spaces and punctuation contains the fragment (for words split or reordered at a line break).</summary>
    public bool ContainsCompact(string fragment) => key.Contains(BanglaText.Normalize(fragment), StringComparison.Ordinal);

    private static string Prefix(string t, int length) => t.Length <= length + 1 ? t : t[..(length + 1)];

    private static int Allowed(int length) => length switch
    {
        >= 9 => 2,
        >= 5 => 1,
        _ => 0,
    };

    private static bool Near(string haystack, string needle, bool window)
    {
        var allowed = Allowed(needle.Length);
        if (allowed == 0 || !window || haystack.Length < needle.Length - allowed)
        {
            return false;
        }

        for (var start = 0; start + needle.Length - allowed <= haystack.Length; start++)
        {
            var len = Math.Min(needle.Length, haystack.Length - start);
            if (EditDistance.Levenshtein(haystack.Substring(start, len), needle) <= allowed)
            {
                return true;
            }
        }

        return false;
    }

    private static List<string> Tokenize(string text)
    {
        var list = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '/' or ',' or '(' or ')' or '[' or ']' or ':' or '*' or '।' or '-' or '–' or '"' or '“' or '”')
            {
                if (sb.Length > 0)
                {
                    list.Add(sb.ToString());
                    sb.Clear();
                }
            }
            else
            {
                sb.Append(c);
            }
        }

        if (sb.Length > 0)
        {
            list.Add(sb.ToString());
        }

        return list;
    }
}
