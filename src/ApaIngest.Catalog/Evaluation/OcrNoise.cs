using System.Text;
using ApaIngest.Core.Text;

namespace ApaIngest.Catalog.Evaluation;

/// <summary>
/// Deterministic, seed-driven damage of the kind the seed scans show (tests/ApaIngest.Repair.Tests/TestData/seed-damage.tsv):
/// look-alike letters swapped (থ/ধ, ম/থ, খ/ব, ল/ন, ণ/ন, দ্ধ/ক্ক), vowel signs lengthened, shortened or lost.
/// For measuring matching on garbled text where no OCR output exists yet; not a model of any one engine.
/// </summary>
public sealed class OcrNoise(double wordRate, int seed)
{
    private static readonly (string From, string To)[] Swaps =
    [
        ("থ", "ধ"), ("ধ", "থ"), ("ম", "থ"), ("খ", "ব"), ("ব", "র"), ("ল", "ন"), ("ন", "ল"), ("ণ", "ন"), ("দ্ধ", "ক্ক"),
        ("ু", "ূ"), ("ূ", "ু"), ("ি", "ী"), ("ী", "ি"), ("্য", ""), ("া", ""), ("ড়", "ড"), ("য়", "য"), ("স", "ম"), ("জ", "ভ"),
    ];

    private readonly Random random = new(seed);

    public string Apply(string text)
    {
        var words = text.Split(' ');
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (random.NextDouble() < wordRate)
            {
                var candidates = Swaps.Where(s => word.Contains(s.From, StringComparison.Ordinal)).ToList();
                if (candidates.Count > 0)
                {
                    var (from, to) = candidates[random.Next(candidates.Count)];
                    var at = word.IndexOf(from, StringComparison.Ordinal);
                    word = word[..at] + to + word[(at + from.Length)..];
                }
            }

            sb.Append(i == 0 ? string.Empty : " ").Append(word);
        }

        return BanglaText.Normalize(sb.ToString());
    }
}
