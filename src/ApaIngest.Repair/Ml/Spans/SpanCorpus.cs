using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Legacy;

namespace ApaIngest.Repair.Ml.Spans;

/// <summary>
/// Builds the span classifier's data deterministically from what the repository holds: Bangla words of the corpus gold
/// texts, the seed transcriptions, the domain lexicon and (every 4th word of) the general word list, as Unicode and, through
/// <see cref="BijoyEncoder"/>, as SutonnyMJ bytes; the Bijoy column of data/bijoy/pairs.tsv; English words of the gold
/// texts, gold JSON and the docs; numbers, dates and codes in ASCII and Bangla digits drawn with a fixed seed.
/// A span is held out when the stable hash of its source word (the Unicode form for both encodings) falls in one fifth.
/// </summary>
public static partial class SpanCorpus
{
    public const int Seed = 20240601;

    /// <summary>Per-class caps on the number of distinct source words (keeps training under a minute).</summary>
    public const int MaxBanglaWords = 14000;
    public const int MaxEnglishWords = 4000;
    public const int Numbers = 5000;

    public static IReadOnlyList<LabeledSpan> Build(string root)
    {
        var spans = new List<LabeledSpan>();
        var bangla = new SortedSet<string>(StringComparer.Ordinal);
        var english = new SortedSet<string>(StringComparer.Ordinal);
        var numbers = new SortedSet<string>(StringComparer.Ordinal);

        foreach (var file in Files(root, "corpus/gold", "*.txt").Concat(Files(root, "data/seeds", "*.txt")))
        {
            foreach (var token in File.ReadAllText(file).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            {
                Sort(BanglaText.Normalize(token), bangla, english, numbers);
            }
        }

        var domain = Path.Combine(root, "lexicon", "apa-domain.tsv");
        if (File.Exists(domain))
        {
            foreach (var line in File.ReadLines(domain).Where(l => l.Length > 0 && l[0] != '#'))
            {
                Sort(BanglaText.Normalize(line.Split('\t')[0]), bangla, english, numbers);
            }
        }

        var general = Path.Combine(root, "data", "lexicon", "ben.wordlist");
        if (File.Exists(general))
        {
            foreach (var (line, i) in File.ReadLines(general).Select((l, i) => (l.Trim(), i)))
            {
                if (i % 4 == 0 && line.Length > 0)
                {
                    Sort(BanglaText.Normalize(line), bangla, english, numbers);
                }
            }
        }

        foreach (var word in Take(bangla, MaxBanglaWords))
        {
            var held = IsHeldOut(word);
            spans.Add(new LabeledSpan(word, SpanKind.UnicodeBangla, "bangla-word", held));
            spans.Add(new LabeledSpan(BijoyEncoder.FromUnicode(word), SpanKind.LegacyBangla, "bijoy-encoded", held));
        }

        var pairs = Path.Combine(root, "data", "bijoy", "pairs.tsv");
        if (File.Exists(pairs))
        {
            foreach (var line in File.ReadLines(pairs).Skip(1))
            {
                var cells = line.Split('\t');
                if (cells.Length < 2)
                {
                    continue;
                }

                foreach (var token in cells[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(t => t.Any(char.IsLetter)))
                {
                    spans.Add(new LabeledSpan(token, SpanKind.LegacyBangla, "bijoy-pairs", IsHeldOut(token)));
                }
            }
        }

        foreach (var file in Files(root, "corpus/gold", "*.json").Concat(Files(root, "docs", "*.md")).Concat(Files(root, "docs/spec", "*.md")))
        {
            foreach (Match m in EnglishWord().Matches(WithoutCode(File.ReadAllText(file))))
            {
                if (!BijoyDetector.LooksBijoy(m.Value))
                {
                    english.Add(m.Value);
                }
            }
        }

        foreach (var word in Take(english, MaxEnglishWords))
        {
            var held = IsHeldOut(word.ToLowerInvariant());
            foreach (var form in EnglishForms(word))
            {
                spans.Add(new LabeledSpan(form, SpanKind.English, "english-word", held));
            }
        }

        var random = new Random(Seed);
        while (numbers.Count < Numbers)
        {
            numbers.Add(RandomNumber(random));
        }

        foreach (var number in numbers)
        {
            spans.Add(new LabeledSpan(number, SpanKind.Number, "number", IsHeldOut(number)));
            var ascii = BanglaText.ToAsciiDigits(number);
            if (ascii != number)
            {
                // Bijoy types Bangla digits as ASCII digits: a legacy layer's numbers look like this.
                spans.Add(new LabeledSpan(ascii, SpanKind.Number, "number-ascii", IsHeldOut(number)));
            }
        }

        return spans;
    }

    /// <summary>True for about one span source in five (FNV-1a of the UTF-8 bytes, stable across runs and machines).</summary>
    public static bool IsHeldOut(string source)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(source))
        {
            hash = unchecked((hash ^ b) * 16777619u);
        }

        return hash % 5 == 0;
    }

    private static IEnumerable<string> Files(string root, string dir, string pattern)
    {
        var path = Path.Combine(root, dir);
        return Directory.Exists(path) ? Directory.GetFiles(path, pattern).Order(StringComparer.Ordinal) : [];
    }

    /// <summary>Every k-th word so that the sample spreads over the whole (ordinal) list.</summary>
    private static IEnumerable<string> Take(SortedSet<string> words, int max)
    {
        var step = Math.Max(1, (words.Count + max - 1) / max);
        return words.Where((_, i) => i % step == 0);
    }

    private static void Sort(string token, SortedSet<string> bangla, SortedSet<string> english, SortedSet<string> numbers)
    {
        if (token.Length == 0 || token.Length > 40)
        {
            return;
        }

        if (token.Any(c => BanglaText.IsBangla(c) && !BanglaText.IsBanglaDigit(c)))
        {
            bangla.Add(token);
        }
        else if (token.Any(char.IsAsciiLetter))
        {
            if (token.All(c => char.IsAsciiLetter(c) || c is '-' or '.' or ',' or '(' or ')' or '/' or ':'))
            {
                english.Add(token.Trim('(', ')', ',', '.', ':'));
            }
        }
        else if (token.Any(c => char.IsAsciiDigit(c) || BanglaText.IsBanglaDigit(c)))
        {
            numbers.Add(token);
        }
    }

    private static IEnumerable<string> EnglishForms(string word)
    {
        var forms = new SortedSet<string>(StringComparer.Ordinal) { word, word.ToLowerInvariant() };
        forms.Add(char.ToUpperInvariant(word[0]) + word[1..].ToLowerInvariant());
        if (word.Length <= 8)
        {
            forms.Add(word.ToUpperInvariant());
        }

        var h = (int)(Hash(word) % 4);
        forms.Add(h switch { 0 => word + ",", 1 => word + ".", 2 => "(" + word + ")", _ => word + ":" });
        return forms;
    }

    private static uint Hash(string s) => s.Aggregate(2166136261u, (h, c) => unchecked((h ^ c) * 16777619u));

    private static string RandomNumber(Random r)
    {
        var n = r.Next(10) switch
        {
            0 => r.Next(0, 100).ToString(CultureInfo.InvariantCulture),
            1 => r.Next(100, 100000).ToString(CultureInfo.InvariantCulture),
            2 => (r.Next(0, 10000) / 100.0).ToString("0.00", CultureInfo.InvariantCulture),
            3 => r.Next(0, 101).ToString(CultureInfo.InvariantCulture) + "%",
            4 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 29):00}/{r.Next(1, 13):00}/{r.Next(2015, 2027)}"),
            5 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 29):00}.{r.Next(1, 13):00}.{r.Next(2015, 2027)}"),
            6 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(2015, 2027)}-{r.Next(16, 28)}"),
            7 => string.Create(CultureInfo.InvariantCulture, $"[{r.Next(1, 6)}.{r.Next(1, 9)}.{r.Next(1, 9)}]"),
            8 => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 99)},{r.Next(0, 100):00},{r.Next(0, 1000):000}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{r.Next(1, 9)}.{r.Next(1, 9)}"),
        };
        if (r.Next(4) == 0)
        {
            n = "(" + n + ")";
        }

        return r.Next(2) == 0 ? BanglaText.ToBanglaDigits(n) : n;
    }

    /// <summary>Markdown without fenced blocks and inline code (which hold Bijoy samples and identifiers).</summary>
    private static string WithoutCode(string markdown) => InlineCode().Replace(FencedCode().Replace(markdown, " "), " ");

    [GeneratedRegex(@"(?<![\w`])[A-Za-z][a-z]+(?![\w`])|(?<![\w`])[A-Z]{2,6}(?![\w`])")]
    private static partial Regex EnglishWord();

    [GeneratedRegex("```.*?```", RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();
}
