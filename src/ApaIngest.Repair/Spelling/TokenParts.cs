using ApaIngest.Core.Text;

namespace ApaIngest.Repair.Spelling;

/// <summary>A token split into leading punctuation, a repairable Bangla core, and trailing punctuation.</summary>
public readonly record struct TokenParts(string Prefix, string Core, string Suffix)
{
    /// <summary>Splits off punctuation; <see cref="Core"/> is empty when the token must not be touched (digits, Latin, codes, mixed).</summary>
    public static TokenParts Of(string token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !IsCoreChar(token[start]))
        {
            start++;
        }

        while (end > start && !IsCoreChar(token[end - 1]))
        {
            end--;
        }

        var core = token[start..end];
        if (core.Length == 0 || !core.All(BanglaClusters.IsWordChar))
        {
            return new TokenParts(token, string.Empty, string.Empty);
        }

        return new TokenParts(token[..start], core, token[end..]);
    }

    /// <summary>Anything that is part of a word in any script: digits and Latin count, so "CDMS" or "১.১.১" stay whole and untouched.</summary>
    private static bool IsCoreChar(char c) => BanglaClusters.IsWordChar(c) || BanglaText.IsBanglaDigit(c) || char.IsLetterOrDigit(c);
}
