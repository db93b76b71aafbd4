using System.Globalization;
using System.Text;
using ApaIngest.Core.Text;
using ApaIngest.Repair.Spelling;

namespace ApaIngest.Repair.Lexicon;

/// <summary>
/// Builds lexicon/apa-domain.tsv (word, count, sources) and lexicon/apa-bigrams.tsv from the project's own material:
/// the hand-written APA phrases (lexicon/apa-phrases.txt), the corpus generator's vocabulary (tools/ApaIngest.CorpusGen,
/// catalog/indicators.json), the geo names (data/geo) and the seed transcriptions (data/seeds), whose misreadings are
/// filtered out: a seed word is kept only if another source knows it, or it occurs at least twice with no more frequent
/// known word one cheap OCR confusion away (within cost 0.5 for words in two files, 1.0 for words of one file).
/// </summary>
public sealed class DomainLexiconBuilder(string root)
{
    /// <summary>Misreadings the seeds' README names explicitly.</summary>
    private static readonly string[] KnownDamage = ["ধানা", "মাথলা", "শূক্কাচার"];

    public sealed record Result(int Words, int Bigrams, int SeedTokensSeen, int SeedTokensDropped);

    public Result Build()
    {
        var general = new WordLexicon();
        general.LoadGeneral(Path.Combine(root, RepoPaths.GeneralWordList));
        general.LoadHunspell(RepoPaths.HunspellDictionary);

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string word, string source, int n = 1)
        {
            if (!GeneralWordList.Accept(word))
            {
                return;
            }

            counts[word] = counts.GetValueOrDefault(word) + n;
            if (!sources.TryGetValue(word, out var set))
            {
                sources[word] = set = new SortedSet<string>(StringComparer.Ordinal);
            }

            set.Add(source);
        }

        foreach (var text in PhraseTexts())
        {
            foreach (var w in BanglaTokens.Words(text))
            {
                Add(w, "phrase");
            }
        }

        foreach (var text in CorpusTexts())
        {
            foreach (var w in BanglaTokens.Words(text))
            {
                Add(w, "corpus");
            }
        }

        foreach (var name in GeoNames())
        {
            foreach (var w in BanglaTokens.Words(name))
            {
                Add(w, "geo");
            }
        }

        var (seedCounts, seedFiles, seedLines) = ReadSeeds();
        var trusted = new HashSet<string>(counts.Keys, StringComparer.Ordinal);
        foreach (var w in seedCounts.Keys.Where(general.Contains))
        {
            trusted.Add(w);
        }

        var near = new CandidateGenerator(general, new DeleteIndex(trusted.Concat(general.Entries.Select(e => e.Key)).Distinct(StringComparer.Ordinal)));
        var dropped = 0;
        foreach (var (word, n) in seedCounts)
        {
            if (KeepSeedWord(word, n, seedFiles[word], trusted, general, near, seedCounts))
            {
                Add(word, "seeds", n);
            }
            else
            {
                dropped++;
            }
        }

        var bigrams = new Dictionary<(string, string), int>();
        foreach (var pair in BigramCounts.PairsIn(seedLines.Concat(PhraseTexts()).Concat(CorpusTexts())))
        {
            if (counts.ContainsKey(pair.Left) && counts.ContainsKey(pair.Right))
            {
                bigrams[pair] = bigrams.GetValueOrDefault(pair) + 1;
            }
        }

        WriteLexicon(counts, sources);
        WriteBigrams(bigrams);
        return new Result(counts.Count, bigrams.Count, seedCounts.Count, dropped);
    }

    private static bool KeepSeedWord(
        string word, int count, int files, HashSet<string> trusted, WordLexicon general, CandidateGenerator near, Dictionary<string, int> seedCounts)
    {
        if (KnownDamage.Contains(word))
        {
            return false;
        }

        if (trusted.Contains(word) || general.Contains(word))
        {
            return true;
        }

        if (count < 2)
        {
            return false;
        }

        // A misreading repeats within a document (annexes copy section 3) but rarely across documents; it is betrayed by a
        // more frequent known word one cheap OCR confusion away.
        var reach = files >= 2 ? 0.5 : 1.0;
        foreach (var c in near.Generate(word, 6))
        {
            if (c.Cost <= reach && seedCounts.GetValueOrDefault(c.Word) + (c.Entry.GeneralRank > 0 ? 3 : 0) >= count)
            {
                return false;
            }
        }

        return true;
    }

    private (Dictionary<string, int> Counts, Dictionary<string, int> Files, List<string> Lines) ReadSeeds()
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var files = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<string>();
        var dir = Path.Combine(root, "data", "seeds");
        foreach (var path in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in File.ReadLines(path))
            {
                lines.Add(line);
                foreach (var w in BanglaTokens.Words(line))
                {
                    counts[w] = counts.GetValueOrDefault(w) + 1;
                    if (seen.Add(w))
                    {
                        files[w] = files.GetValueOrDefault(w) + 1;
                    }
                }
            }
        }

        return (counts, files, lines);
    }

    private IEnumerable<string> PhraseTexts()
    {
        var path = Path.Combine(root, RepoPaths.PhraseList);
        return File.Exists(path) ? File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#') : [];
    }

    /// <summary>Bangla text in the corpus generator's sources and data and in the indicator catalog: vocabulary by construction.</summary>
    private IEnumerable<string> CorpusTexts()
    {
        var files = new List<string>();
        var gen = Path.Combine(root, "tools", "ApaIngest.CorpusGen");
        if (Directory.Exists(gen))
        {
            files.AddRange(Directory.EnumerateFiles(gen, "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal) ||
                            f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".tsv", StringComparison.Ordinal))
                .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) &&
                            !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)));
        }

        var catalog = Path.Combine(root, "catalog", "indicators.json");
        if (File.Exists(catalog))
        {
            files.Add(catalog);
        }

        foreach (var f in files.Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(f))
            {
                if (line.Any(BanglaText.IsBangla))
                {
                    yield return line;
                }
            }
        }
    }

    private IEnumerable<string> GeoNames()
    {
        var dir = Path.Combine(root, "data", "geo");
        if (!Directory.Exists(dir))
        {
            yield break;
        }

        foreach (var path in Directory.GetFiles(dir, "*.csv").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(path))
            {
                foreach (var field in line.Split(','))
                {
                    var value = field.Trim('"');
                    if (value.Any(BanglaText.IsBangla))
                    {
                        yield return value;
                    }
                }
            }
        }
    }

    private void WriteLexicon(Dictionary<string, int> counts, Dictionary<string, SortedSet<string>> sources)
    {
        var sb = new StringBuilder();
        sb.Append("# APA domain lexicon: word<TAB>count<TAB>sources. Built by `scripts/apa train lexicon`; do not edit by hand.\n");
        foreach (var (word, n) in counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal))
        {
            sb.Append(word).Append('\t').Append(n.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(string.Join(',', sources[word])).Append('\n');
        }

        Core.AtomicFile.WriteAllText(Path.Combine(root, RepoPaths.DomainLexicon), sb.ToString());
    }

    private void WriteBigrams(Dictionary<(string, string), int> bigrams)
    {
        var sb = new StringBuilder();
        foreach (var ((a, b), n) in bigrams.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
        {
            sb.Append(a).Append('\t').Append(b).Append('\t').Append(n.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        Core.AtomicFile.WriteAllText(Path.Combine(root, RepoPaths.DomainBigrams), sb.ToString());
    }
}
