using ApaIngest.Core.Pages;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Lexicon;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Joins a word that recognition broke in two (ব্রাহ্ম ণবাজার, প্রতি ্ষ্ঠান): two neighbours on one line, close together,
/// whose Bangla cores written together are a lexicon word, where the second piece cannot begin a word (it starts with a
/// vowel sign or hasanta), or both pieces have two clusters or more and are not both words already (then the space is more
/// likely the writer's: সূচক সমূহ, তথ্য ও stay), or one piece is a single cluster and the other is no word (সংস্কৃ তি).
/// </summary>
public sealed class SplitWordJoiner(CandidateGenerator generator)
{
    /// <summary>The gap between the pieces may be at most this many times the line height (a space between words is wider in OCR of tables only rarely).</summary>
    public const double MaxGapInLineHeights = 1.0;

    /// <summary>The joined word when <paramref name="left"/> and <paramref name="right"/> (whitespace-free tokens) are one word broken in two, else null.</summary>
    public string? Join(string left, string right) => Join(TokenParts.Of(BanglaText.Normalize(left)), TokenParts.Of(BanglaText.Normalize(right)));

    /// <summary><see cref="Join(string, string)"/> on tokens already normalised and split.</summary>
    public string? Join(TokenParts a, TokenParts b)
    {
        if (a.Core.Length == 0 || b.Core.Length == 0 || a.Suffix.Length > 0 || b.Prefix.Length > 0)
        {
            return null;
        }

        // the joined word must be a lexicon entry itself: a word plus a suffix written apart (তথ্য ও, not তথ্যও) stays apart
        var joined = a.Core + b.Core;
        if (!BanglaTokens.IsWellFormed(joined) || !generator.Lexicon.Contains(joined))
        {
            return null;
        }

        var cannotStartWord = BanglaClusters.IsVowelSign(b.Core[0]) || BanglaClusters.IsModifier(b.Core[0]) || b.Core[0] == '\u09CD';
        if (cannotStartWord)
        {
            return a.Prefix + joined + b.Suffix;
        }

        // two words stay two words (সূচক সমূহ); a one-cluster piece is mostly a word of its own (ও, এ, না, কে) and joins only
        // a piece that is no word (সংস্কৃ তি, a text layer's break inside সংস্কৃতি; আলোচ না), never a word (তথ্য ও stays)
        var knownA = generator.IsKnown(a.Core);
        var knownB = generator.IsKnown(b.Core);
        var ok = (BanglaClusters.Count(a.Core), BanglaClusters.Count(b.Core)) switch
        {
            ( >= 2, >= 2) => !(knownA && knownB),
            (1, >= 2) => !knownB,
            ( >= 2, 1) => !knownA,
            _ => false,
        };
        return ok ? a.Prefix + joined + b.Suffix : null;
    }

    /// <summary>Whether two page words sit on one line close enough to be one word broken in two.</summary>
    public static bool Adjacent(Word left, Word right)
    {
        var height = Math.Max(left.Box.Height, right.Box.Height);
        var sameLine = Math.Abs(left.Box.CenterY - right.Box.CenterY) < Math.Max(2, height * 0.5);
        var gap = right.Box.X0 - left.Box.X1;
        return sameLine && gap > -height && gap <= MaxGapInLineHeights * height;
    }
}
