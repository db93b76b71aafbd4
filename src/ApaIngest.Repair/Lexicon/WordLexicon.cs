using System.Globalization;
using ApaIngest.Core.Text;

namespace ApaIngest.Repair.Lexicon;

/// <summary>
/// All the words the repairer trusts, normalised with <see cref="BanglaText.Normalize"/>: the committed domain lexicon
/// (lexicon/apa-domain.tsv), the filtered general word list and, where installed, Debian's bn_BD hunspell dictionary;
/// plus domain word bigrams for context.
/// </summary>
public sealed class WordLexicon
{
    private readonly Dictionary<string, LexiconEntry> entries = new(StringComparer.Ordinal);

    public int Count => entries.Count;

    public IEnumerable<KeyValuePair<string, LexiconEntry>> Entries => entries;

    public bool TryGet(string word, out LexiconEntry entry) => entries.TryGetValue(word, out entry);

    public bool Contains(string word) => entries.ContainsKey(word);

    /// <summary>Domain word bigrams (lexicon/apa-bigrams.tsv); empty until <see cref="LoadBigrams"/>.</summary>
    public BigramCounts Bigrams { get; private set; } = BigramCounts.Empty;

    public void Add(string word, LexiconSource source, int domainCount = 0, int generalRank = 0)
    {
        if (word.Length == 0)
        {
            return;
        }

        if (entries.TryGetValue(word, out var e))
        {
            entries[word] = new LexiconEntry(
                e.Sources | source,
                e.DomainCount + domainCount,
                e.GeneralRank == 0 ? generalRank : (generalRank == 0 ? e.GeneralRank : Math.Min(e.GeneralRank, generalRank)));
        }
        else
        {
            entries[word] = new LexiconEntry(source, domainCount, generalRank);
        }
    }

    /// <summary>Loads lexicon/apa-domain.tsv (word, freq, sources), data/lexicon/ben.wordlist and bn_BD.dic as found under <paramref name="root"/>.</summary>
    public static WordLexicon Load(string root, bool includeHunspell = true)
    {
        var lexicon = new WordLexicon();
        lexicon.LoadDomain(Path.Combine(root, RepoPaths.DomainLexicon));
        lexicon.LoadBigrams(Path.Combine(root, RepoPaths.DomainBigrams));
        lexicon.LoadGeneral(Path.Combine(root, RepoPaths.GeneralWordList));
        if (includeHunspell)
        {
            lexicon.LoadHunspell(RepoPaths.HunspellDictionary);
        }

        return lexicon;
    }

    public void LoadDomain(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var parts = line.Split('\t');
            var word = BanglaText.Normalize(parts[0]);
            var count = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : 1;
            var source = parts.Length > 2 && parts[2].Split(',').All(s => s == "geo") ? LexiconSource.Geo : LexiconSource.Domain;
            Add(word, source, domainCount: count);
        }
    }

    public void LoadBigrams(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var pairs = new Dictionary<(string, string), int>();
        foreach (var line in File.ReadLines(path))
        {
            var parts = line.Split('\t');
            if (parts.Length == 3 && int.TryParse(parts[2], NumberStyles.Integer, CultureInfo.InvariantCulture, out var n))
            {
                var key = (BanglaText.Normalize(parts[0]), BanglaText.Normalize(parts[1]));
                pairs[key] = pairs.GetValueOrDefault(key) + n;
            }
        }

        Bigrams = new BigramCounts(pairs);
    }

    public void LoadGeneral(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var (word, rank) in GeneralWordList.Read(path))
        {
            Add(word, LexiconSource.General, generalRank: rank);
        }
    }

    public void LoadHunspell(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var word in HunspellWords.Read(path))
        {
            Add(word, LexiconSource.Hunspell);
        }
    }
}
