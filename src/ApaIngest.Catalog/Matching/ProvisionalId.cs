using System.Security.Cryptography;
using System.Text;

namespace ApaIngest.Catalog.Matching;

/// <summary>
/// The id an indicator gets when no catalog entry is close enough: "prov." + a hash of a reduced form of its name and
/// activity, so that the same unmatched indicator in other documents (other wording of suffixes, a misread letter
/// among the commonly confused ones) gets the same id, and a reviewer can merge that id into the catalog once.
/// A pure function of the text: byte-identical output on every run.
/// </summary>
public static class ProvisionalId
{
    public const string Prefix = "prov.";

    // Connectives and fillers that wording variants add or drop.
    private static readonly HashSet<string> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "ও", "এবং", "এর", "জন্য", "সংক্রান্ত", "বিষয়ক", "বিষয়ে", "করা", "করে", "হতে", "থেকে", "মাধ্যমে", "নিমিত্ত",
        "লক্ষ্যে", "সাথে", "সঙ্গে", "মধ্যে", "প্রতি", "অনুযায়ী", "ইত্যাদি", "সহ", "কর্তৃক", "নিজ", "অফিসের",
    }.Select(w => IndicatorText.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    public static string For(string name, string? activity)
    {
        var key = Key(name) + "|" + Key(activity);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return Prefix + Convert.ToHexStringLower(hash)[..10];
    }

    public static bool IsProvisional(string? id) => id is not null && id.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Sorted distinct word stems (first four consonant classes of each content word).</summary>
    public static string Key(string? text)
    {
        var stems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in IndicatorText.Words(IndicatorText.Normalize(text)))
        {
            if (StopWords.Contains(word))
            {
                continue;
            }

            var skeleton = Skeleton(word);
            if (skeleton.Length > 0)
            {
                stems.Add(skeleton.Length > 4 ? skeleton[..4] : skeleton);
            }
        }

        return string.Join(' ', stems);
    }

    // Consonants and independent vowels only, with the letters that scans and spellings swap folded together
    // (থ/ধ, শ/ষ/স, ন/ণ, জ/য, ড/ড়/র, ঢ/ঢ়, য়/য) — the seeds show ধানা for থানা, শূক্কাচার for শুদ্ধাচার.
    private static string Skeleton(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var folded = c switch
            {
                '\u09A7' => '\u09A5', // ধ → থ
                '\u09B7' or '\u09B8' => '\u09B6', // ষ স → শ
                '\u09A3' => '\u09A8', // ণ → ন
                '\u09AF' or '\u09DF' => '\u099C', // য য় → জ
                '\u09DC' or '\u09B0' => '\u09A1', // ড় র → ড
                '\u09DD' => '\u09A2', // ঢ় → ঢ
                '\u09CE' => '\u09A4', // ৎ → ত
                _ => c,
            };
            var isConsonant = folded is >= '\u0995' and <= '\u09B9';
            var isIndependentVowel = folded is >= '\u0985' and <= '\u0994';
            var isOther = !(folded is >= '\u0980' and <= '\u09FF');
            if (isConsonant || isIndependentVowel || (isOther && char.IsLetterOrDigit(folded)))
            {
                sb.Append(folded);
            }
        }

        return sb.ToString();
    }
}
