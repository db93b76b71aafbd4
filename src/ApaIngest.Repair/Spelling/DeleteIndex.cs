namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Symmetric-delete candidate index (Garbe's SymSpell) over grapheme clusters instead of bytes: every lexicon word is
/// stored under each cluster sequence obtained by deleting up to <see cref="MaxDeletes"/> clusters, keyed by a 64-bit hash in a
/// sorted array (compact: a few bytes per variant, no strings). A query generates its own delete variants and collects
/// the words stored under any of them; hash collisions only add candidates, which the caller scores anyway.
/// </summary>
public sealed class DeleteIndex
{
    public const int MaxDeletes = 2;

    private readonly string[] words;
    private readonly string[][] clusters;
    private readonly ulong[] keys;
    private readonly int[] ids;

    public DeleteIndex(IEnumerable<string> lexiconWords)
    {
        words = [.. lexiconWords.Distinct(StringComparer.Ordinal)];
        clusters = new string[words.Length][];
        var keyList = new List<ulong>(words.Length * 16);
        var idList = new List<int>(words.Length * 16);
        var scratch = new List<ulong>(64);
        for (var id = 0; id < words.Length; id++)
        {
            clusters[id] = BanglaClusters.Split(words[id]);
            scratch.Clear();
            Variants(clusters[id], scratch);
            foreach (var k in scratch)
            {
                keyList.Add(k);
                idList.Add(id);
            }
        }

        keys = [.. keyList];
        ids = [.. idList];
        Array.Sort(keys, ids);
    }

    public int WordCount => words.Length;

    public int VariantCount => keys.Length;

    public string Word(int id) => words[id];

    public string[] Clusters(int id) => clusters[id];

    /// <summary>Ids of the lexicon words within <see cref="MaxDeletes"/> cluster deletions of the query on either side.</summary>
    public IReadOnlyCollection<int> Lookup(string[] queryClusters)
    {
        var found = new List<int>();
        Lookup(queryClusters, found);
        return found;
    }

    [ThreadStatic]
    private static LookupScratch? scratch;

    /// <summary>Per-thread buffers of <see cref="Lookup(string[], List{int})"/>: a word's id is marked seen with the lookup's number.</summary>
    private sealed class LookupScratch
    {
        public readonly List<ulong> Variants = new(64);
        public int[] Seen = [];
        public int Stamp;
    }

    /// <summary>
    /// <see cref="Lookup(string[])"/> into <paramref name="hits"/> (cleared first), each id once, in the order first met:
    /// the word's own key, then its one-deletion keys, then its two-deletion keys.
    /// </summary>
    public void Lookup(string[] queryClusters, List<int> hits)
    {
        hits.Clear();
        var s = scratch ??= new LookupScratch();
        if (s.Seen.Length < words.Length)
        {
            s.Seen = new int[words.Length];
            s.Stamp = 0;
        }

        if (++s.Stamp == int.MaxValue)
        {
            Array.Clear(s.Seen);
            s.Stamp = 1;
        }

        var stamp = s.Stamp;
        var seen = s.Seen;
        s.Variants.Clear();
        Variants(queryClusters, s.Variants);
        foreach (var key in s.Variants)
        {
            for (var i = LowerBound(key); i < keys.Length && keys[i] == key; i++)
            {
                var id = ids[i];
                if (seen[id] != stamp)
                {
                    seen[id] = stamp;
                    hits.Add(id);
                }
            }
        }
    }

    /// <summary>How many clusters may be deleted from a word of <paramref name="length"/> clusters.</summary>
    public static int DeletesFor(int length) => length switch
    {
        <= 1 => 0,
        2 => 1,
        <= 14 => MaxDeletes,
        _ => 1,
    };

    private int LowerBound(ulong key)
    {
        int lo = 0, hi = keys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (keys[mid] < key)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The word's own key, then its one-deletion keys, then its two-deletion keys (a lookup meets near words first).</summary>
    private static void Variants(string[] c, List<ulong> output)
    {
        var n = c.Length;
        output.Add(Hash(c, -1, -1));
        var d = DeletesFor(n);
        for (var i = 0; d >= 1 && i < n; i++)
        {
            output.Add(Hash(c, i, -1));
        }

        for (var i = 0; d >= 2 && i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                output.Add(Hash(c, i, j));
            }
        }
    }

    /// <summary>FNV-1a over the clusters except positions <paramref name="skipA"/> and <paramref name="skipB"/>, with a separator between clusters.</summary>
    private static ulong Hash(string[] c, int skipA, int skipB)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < c.Length; i++)
        {
            if (i == skipA || i == skipB)
            {
                continue;
            }

            foreach (var ch in c[i])
            {
                h = (h ^ ch) * 1099511628211UL;
            }

            h = (h ^ 0xFFFF) * 1099511628211UL;
        }

        return h;
    }
}
