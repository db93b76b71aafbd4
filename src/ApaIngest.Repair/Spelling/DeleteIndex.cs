namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Symmetric-delete candidate index (Garbe's SymSpell) over grapheme clusters instead of bytes: every lexicon word is
/// stored under each cluster sequence obtained by deleting up to <see cref="DeletesFor"/> clusters (the near keys), and a
/// word of <see cref="DeepFrom"/>+ clusters also under its three-deletion sequences (the deep keys), each key a 64-bit hash
/// in a sorted array (compact: a few bytes per variant, no strings). A query generates its own delete variants and
/// collects the words stored under any of them; hash collisions only add candidates, which the caller scores anyway.
/// <see cref="Lookup(string[], List{int})"/> uses the near keys only; <see cref="LookupDeep"/> adds what a third deletion on
/// either side reaches (three-cluster errors in long words).
/// </summary>
public sealed class DeleteIndex
{
    public const int MaxDeletes = 2;

    /// <summary>Words of this many clusters or more also get three-deletion keys (deep search); shorter ones would match too much.</summary>
    public const int DeepFrom = 5;

    /// <summary>
    /// A query of this many clusters also matches its three-deletion variants against the near keys (the true word one or
    /// two clusters shorter); for five-cluster queries that path scored ~850 hits per search and found nothing more on validation.
    /// </summary>
    public const int DeepAgainstNearFrom = 6;

    private readonly string[] words;
    private readonly string[][] clusters;
    private readonly ulong[] keys;
    private readonly int[] ids;
    private readonly ulong[] deepKeys;
    private readonly int[] deepIds;

    public DeleteIndex(IEnumerable<string> lexiconWords)
    {
        words = [.. lexiconWords.Distinct(StringComparer.Ordinal)];
        clusters = new string[words.Length][];
        var keyList = new List<ulong>(words.Length * 16);
        var idList = new List<int>(words.Length * 16);
        var deepKeyList = new List<ulong>(words.Length * 4);
        var deepIdList = new List<int>(words.Length * 4);
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

            scratch.Clear();
            DeepVariants(clusters[id], scratch);
            foreach (var k in scratch)
            {
                deepKeyList.Add(k);
                deepIdList.Add(id);
            }
        }

        keys = [.. keyList];
        ids = [.. idList];
        Array.Sort(keys, ids);
        deepKeys = [.. deepKeyList];
        deepIds = [.. deepIdList];
        Array.Sort(deepKeys, deepIds);
    }

    public int WordCount => words.Length;

    /// <summary>Near keys (up to two deletions) plus deep keys (three deletions of long words).</summary>
    public int VariantCount => keys.Length + deepKeys.Length;

    public string Word(int id) => words[id];

    public string[] Clusters(int id) => clusters[id];

    /// <summary>Ids of the lexicon words within <see cref="DeletesFor"/> cluster deletions of the query on either side.</summary>
    public IReadOnlyCollection<int> Lookup(string[] queryClusters)
    {
        var found = new List<int>();
        Lookup(queryClusters, found);
        return found;
    }

    [ThreadStatic]
    private static LookupScratch? scratch;

    /// <summary>Per-thread buffers of the lookups: a word's id is marked seen with the lookup's number.</summary>
    private sealed class LookupScratch
    {
        public readonly List<ulong> Variants = new(64);
        public readonly List<ulong> Deep = new(256);
        public readonly List<int> Near = new(4096);
        public int[] Seen = [];
        public int Stamp;
    }

    private LookupScratch Begin(string[] queryClusters)
    {
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

        s.Variants.Clear();
        Variants(queryClusters, s.Variants);
        return s;
    }

    /// <summary>
    /// <see cref="Lookup(string[])"/> into <paramref name="hits"/> (cleared first), each id once, in the order first met:
    /// the word's own key, then its one-deletion keys, then its two-deletion keys.
    /// </summary>
    public void Lookup(string[] queryClusters, List<int> hits)
    {
        hits.Clear();
        var s = Begin(queryClusters);
        Collect(s.Variants, keys, ids, s, hits);
    }

    /// <summary>
    /// The ids a third deletion adds to <see cref="Lookup(string[], List{int})"/> (into <paramref name="hits"/>, cleared
    /// first, none of the near lookup's ids): the query's near variants against the deep keys, and the query's
    /// three-deletion variants (a query of <see cref="DeepFrom"/>+ clusters) against the deep keys and, for a query of
    /// <see cref="DeepAgainstNearFrom"/>+ clusters, the near keys.
    /// </summary>
    public void LookupDeep(string[] queryClusters, List<int> hits)
    {
        hits.Clear();
        var s = Begin(queryClusters);
        s.Near.Clear();
        Collect(s.Variants, keys, ids, s, s.Near);
        Collect(s.Variants, deepKeys, deepIds, s, hits);
        s.Deep.Clear();
        DeepVariants(queryClusters, s.Deep);
        if (queryClusters.Length >= DeepAgainstNearFrom)
        {
            Collect(s.Deep, keys, ids, s, hits);
        }

        Collect(s.Deep, deepKeys, deepIds, s, hits);
    }

    private static void Collect(List<ulong> variants, ulong[] sortedKeys, int[] keyIds, LookupScratch s, List<int> hits)
    {
        var stamp = s.Stamp;
        var seen = s.Seen;
        foreach (var key in variants)
        {
            for (var i = LowerBound(sortedKeys, key); i < sortedKeys.Length && sortedKeys[i] == key; i++)
            {
                var id = keyIds[i];
                if (seen[id] != stamp)
                {
                    seen[id] = stamp;
                    hits.Add(id);
                }
            }
        }
    }

    /// <summary>How many clusters may be deleted from a word of <paramref name="length"/> clusters for its near keys.</summary>
    public static int DeletesFor(int length) => length switch
    {
        <= 1 => 0,
        2 => 1,
        <= 14 => MaxDeletes,
        _ => 1,
    };

    /// <summary>Whether a word of <paramref name="length"/> clusters has three-deletion (deep) keys.</summary>
    public static bool IsDeep(int length) => length is >= DeepFrom and <= 14;

    private static int LowerBound(ulong[] sortedKeys, ulong key)
    {
        int lo = 0, hi = sortedKeys.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sortedKeys[mid] < key)
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
        output.Add(Hash(c, -1, -1, -1));
        var d = DeletesFor(n);
        for (var i = 0; d >= 1 && i < n; i++)
        {
            output.Add(Hash(c, i, -1, -1));
        }

        for (var i = 0; d >= 2 && i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                output.Add(Hash(c, i, j, -1));
            }
        }
    }

    /// <summary>The word's three-deletion keys, if it is long enough to have them.</summary>
    private static void DeepVariants(string[] c, List<ulong> output)
    {
        var n = c.Length;
        if (!IsDeep(n))
        {
            return;
        }

        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                for (var k = j + 1; k < n; k++)
                {
                    output.Add(Hash(c, i, j, k));
                }
            }
        }
    }

    /// <summary>FNV-1a over the clusters except the three skipped positions (-1: none), with a separator between clusters.</summary>
    private static ulong Hash(string[] c, int skipA, int skipB, int skipC)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < c.Length; i++)
        {
            if (i == skipA || i == skipB || i == skipC)
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
