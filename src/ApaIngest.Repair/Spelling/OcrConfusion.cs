using System.Collections.Concurrent;

namespace ApaIngest.Repair.Spelling;

/// <summary>
/// Costs of OCR edits between Bangla clusters: letters that look alike (থ/ধ, ম/থ, ব/র, ব/খ, য/য়), vowel signs that differ
/// by a stroke (ি/ী, ু/ূ), a dropped hasanta or ফলা, and confusable conjuncts (ক্ক/দ্ধ) are cheap; anything else costs a full
/// edit (1). A typical two-edit OCR error therefore costs well under 1, a random two-edit change about 2.
/// The pairs are the ones Bangla OCR studies report (Sattar &amp; Chaudhuri; Tesseract ben error analyses) and the damage
/// seen in data/seeds; <see cref="Ml"/> training measures how often each one really occurs.
/// </summary>
public static class OcrConfusion
{
    public const double FullEdit = 1.0;

    /// <summary>No hand-made cost of an edit of one character (insert, delete, substitute) is below this.</summary>
    public const double MinCharEdit = 0.2;

    /// <summary>The fixed part of a <see cref="Split"/> cost: a split or merge costs at least this.</summary>
    public const double SplitBase = 0.35;

    /// <summary>
    /// A lower bound of <see cref="Cluster"/> for two different clusters: a hand cost is one character edit or more
    /// (≥ <see cref="MinCharEdit"/>), a learned one is the learned table's minimum or more.
    /// </summary>
    public static double MinClusterSubstitute => Math.Min(MinCharEdit, learned.MinCost);

    private static readonly Dictionary<(char, char), double> LetterPairs = BuildLetterPairs();
    private const char BlockStart = '\u0980'; // the Bangla block, U+0980–U+09FF: every letter pair lies in it
    private static double[] blockPairs = BuildBlockPairs(LetterConfusions.Empty);
    private static double[] blockInsertDelete = BuildBlockInsertDelete(LetterConfusions.Empty);
    private static readonly Dictionary<(string, string), double> ConjunctPairs = BuildConjunctPairs();
    private static readonly ConcurrentDictionary<(string, string), double> ClusterCache = new();
    private static LearnedConfusions learned = LearnedConfusions.Empty;

    /// <summary>Adds costs measured on OCR pairs (the cheaper of hand and learned cost wins). Set once at load time.</summary>
    public static void UseLearned(LearnedConfusions confusions)
    {
        if (!ReferenceEquals(learned, confusions))
        {
            learned = confusions;
            ClusterCache.Clear();
            ClusterCosts.Reset();
        }
    }

    /// <summary>
    /// Adds letter costs measured on OCR pairs (the cheaper of hand and learned cost wins, for a substitution and for an
    /// insertion or deletion inside a cluster). Set once at load time.
    /// </summary>
    public static void UseLearnedLetters(LetterConfusions letters)
    {
        Volatile.Write(ref blockPairs, BuildBlockPairs(letters));
        Volatile.Write(ref blockInsertDelete, BuildBlockInsertDelete(letters));
        ClearCaches();
    }

    /// <summary>Forgets the memoised cluster costs (and the interned cost table): the next computations start cold. For benchmarks.</summary>
    internal static void ClearCaches()
    {
        ClusterCache.Clear();
        ClusterCosts.Reset();
    }

    private static Dictionary<(char, char), double> BuildLetterPairs()
    {
        var pairs = new (string A, string B, double Cost)[]
        {
            // consonants that differ by a stroke, a loop or a nukta
            ("থ", "ধ", 0.3), ("ম", "থ", 0.3), ("য", "য়", 0.2), ("ড", "ড়", 0.2), ("ঢ", "ঢ়", 0.2), ("ব", "র", 0.3),
            ("ব", "খ", 0.35), ("য", "ম", 0.35), ("য়", "ম", 0.4), ("থ", "য", 0.4), ("খ", "থ", 0.4), ("ম", "স", 0.5),
            ("প", "গ", 0.4), ("ন", "ল", 0.45), ("ন", "ণ", 0.35), ("শ", "স", 0.5), ("ষ", "য", 0.45), ("ঘ", "য", 0.45),
            ("ঘ", "ষ", 0.4), ("ত", "ভ", 0.35), ("উ", "ড", 0.4), ("ঙ", "ড", 0.45), ("ক", "ফ", 0.5), ("দ", "ন", 0.5),
            ("চ", "ঢ", 0.5), ("ট", "ঢ", 0.5), ("ট", "ঠ", 0.5), ("জ", "ড", 0.5), ("ঞ", "এ", 0.5), ("ত", "ও", 0.5),
            ("ঋ", "ঝ", 0.5), ("গ", "ণ", 0.5), ("ছ", "হ", 0.5), ("প", "ণ", 0.5), ("ৎ", "ত", 0.3), ("ব", "ক", 0.5),
            ("ম", "ন", 0.5), ("ধ", "খ", 0.5), ("স", "ন", 0.55), ("ঠ", "ঢ", 0.5), ("র", "য", 0.5), ("ব", "ৰ", 0.3),
            ("জ", "ভ", 0.55), ("ঝ", "ৰ", 0.5), ("হ", "ই", 0.5), ("ল", "ন", 0.45), ("য়", "র", 0.5), ("ড়", "ভ", 0.5),
            ("ক", "ঙ", 0.55), ("ড", "ঙ", 0.45), ("ধ", "ঘ", 0.5), ("শ", "ল", 0.55), ("ঙ", "ঞ", 0.5), ("ড", "ভ", 0.4),
            ("ব", "য", 0.5), ("ম", "খ", 0.5), ("ব", "ধ", 0.5),
            // independent vowels
            ("ই", "ঈ", 0.3), ("উ", "ঊ", 0.3), ("এ", "ঐ", 0.35), ("ও", "ঔ", 0.35), ("অ", "আ", 0.35), ("ঋ", "ঞ", 0.55),
            // vowel signs and modifiers
            ("ি", "ী", 0.25), ("ু", "ূ", 0.25), ("ু", "ৃ", 0.35), ("ূ", "ৃ", 0.4), ("ে", "ৈ", 0.35), ("ো", "ৌ", 0.35),
            ("া", "য", 0.3), ("া", "ো", 0.4), ("ে", "ো", 0.4), ("া", "ী", 0.5), ("ি", "া", 0.55), ("ং", "ঃ", 0.3), ("ং", "ঁ", 0.4),
        };
        var map = new Dictionary<(char, char), double>();
        foreach (var (a, b, cost) in pairs)
        {
            var ca = Core.Text.BanglaText.Normalize(a)[0];
            var cb = Core.Text.BanglaText.Normalize(b)[0];
            map[(ca, cb)] = cost;
            map[(cb, ca)] = cost;
        }

        return map;
    }

    private static Dictionary<(string, string), double> BuildConjunctPairs()
    {
        var pairs = new (string A, string B, double Cost)[]
        {
            ("ক্ক", "দ্ধ", 0.3), ("দ্ধ", "দ্ব", 0.3), ("ন্ত", "স্ত", 0.4), ("ন্ন", "ম্ম", 0.4), ("ত্র", "ভ", 0.5),
            ("ক্র", "ত্র", 0.5), ("স্ব", "ম্ব", 0.35), ("জ্ঞ", "জ", 0.5), ("ঙ্গ", "র্জ", 0.5), ("ষ্ট", "স্ট", 0.3),
            ("ন্ট", "ন্ড", 0.4), ("ঙ্ক", "ক্ক", 0.4), ("স্ক", "স্ত", 0.45), ("ক্ষ", "ক্ম", 0.45), ("ক্ষ", "ষ্ক", 0.45),
            ("ন্দ", "ল", 0.55), ("ত্ত", "ও", 0.5), ("ত্ত", "ত্ব", 0.35), ("হ্ম", "হ্ন", 0.4), ("ঙ্গ", "জা", 0.6),
            ("জ্ঞ", "ঙ্গ", 0.4), ("ত্ত", "ক্ত", 0.4), ("ম্ব", "স্ব", 0.35), ("দ্দ", "দ্ব", 0.35), ("স্থ", "স্ত", 0.4), ("ন্থ", "ন্ত", 0.4), ("ন্ধ", "ন্থ", 0.35),
        };
        var map = new Dictionary<(string, string), double>();
        foreach (var (a, b, cost) in pairs)
        {
            var na = Core.Text.BanglaText.Normalize(a);
            var nb = Core.Text.BanglaText.Normalize(b);
            map[(na, nb)] = cost;
            map[(nb, na)] = cost;
        }

        return map;
    }

    public static double Substitute(char a, char b)
    {
        if (a == b)
        {
            return 0;
        }

        uint x = (uint)(a - BlockStart), y = (uint)(b - BlockStart);
        return x < 128 && y < 128 ? blockPairs[(x * 128) + y] : LetterPairs.GetValueOrDefault((a, b), FullEdit);
    }

    /// <summary><see cref="LetterPairs"/> (and the learned letter costs, where cheaper) as a dense 128 × 128 table over the Bangla block (the hot path of <see cref="CharDistance"/>).</summary>
    private static double[] BuildBlockPairs(LetterConfusions letters)
    {
        var table = new double[128 * 128];
        Array.Fill(table, FullEdit);
        foreach (var ((a, b), cost) in LetterPairs)
        {
            uint x = (uint)(a - BlockStart), y = (uint)(b - BlockStart);
            if (x < 128 && y < 128)
            {
                table[(x * 128) + y] = cost;
            }
        }

        foreach (var (a, b, cost) in letters.Pairs)
        {
            uint x = (uint)(a - BlockStart), y = (uint)(b - BlockStart);
            if (x < 128 && y < 128 && a != b)
            {
                // symmetric, as the hand-made pairs are
                table[(x * 128) + y] = Math.Min(table[(x * 128) + y], cost);
                table[(y * 128) + x] = Math.Min(table[(y * 128) + x], cost);
            }
        }

        return table;
    }

    private static double[] BuildBlockInsertDelete(LetterConfusions letters)
    {
        var table = new double[128];
        for (var x = 0; x < 128; x++)
        {
            var c = (char)(BlockStart + x);
            var measured = letters.InsertDelete(c);
            table[x] = double.IsNaN(measured) ? HandInsertDelete(c) : Math.Min(HandInsertDelete(c), measured);
        }

        return table;
    }

    /// <summary>Cost of inserting or deleting one character inside a cluster.</summary>
    public static double InsertDelete(char c)
    {
        var x = (uint)(c - BlockStart);
        return x < 128 ? blockInsertDelete[x] : HandInsertDelete(c);
    }

    private static double HandInsertDelete(char c) => c switch
    {
        BanglaClusters.Hasanta => 0.2,
        '\u09BC' or '\u0981' => 0.2, // nukta, chandrabindu: small marks OCR drops or invents
        '\u0982' or '\u0983' => 0.35,
        'র' or 'য' or 'ব' => 0.3, // র-ফলা, য-ফলা, ব-ফলা and reph are small strokes attached to a letter
        _ when BanglaClusters.IsVowelSign(c) => 0.5,
        _ => 0.8,
    };

    /// <summary>Cost of substituting one whole cluster by another, at most one full edit.</summary>
    public static double Cluster(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        return ClusterCache.GetOrAdd((a, b), static k => UncachedCluster(k.Item1, k.Item2));
    }

    /// <summary><see cref="Cluster"/> computed afresh, for callers that memoise it themselves (<see cref="ClusterCosts"/>).</summary>
    internal static double UncachedCluster(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        var hand = Math.Min(FullEdit, ComputeCluster(a, b));
        var measured = learned.Cost(a, b);
        return double.IsNaN(measured) ? hand : Math.Min(hand, measured);
    }

    /// <summary>
    /// One consonant of a conjunct lost with its hasanta left behind (ন্ন read ্ন, ল্লী read ল্ী, স্থ্য read স্্য): the
    /// stray hasanta shows where the letter was, so this costs less than inserting a letter (<see cref="InsertDelete"/>).
    /// </summary>
    public const double ConjunctGap = 0.35;

    /// <summary>Whether <paramref name="damaged"/> is <paramref name="whole"/> without one consonant that stood beside a hasanta.</summary>
    public static bool IsConjunctGap(string damaged, string whole)
    {
        if (whole.Length != damaged.Length + 1 || damaged.IndexOf(BanglaClusters.Hasanta) < 0)
        {
            return false;
        }

        for (var k = 0; k < whole.Length; k++)
        {
            if (BanglaClusters.IsConsonant(whole[k])
                && ((k > 0 && whole[k - 1] == BanglaClusters.Hasanta) || (k + 1 < whole.Length && whole[k + 1] == BanglaClusters.Hasanta))
                && string.CompareOrdinal(whole, 0, damaged, 0, k) == 0
                && string.CompareOrdinal(whole, k + 1, damaged, k, damaged.Length - k) == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static double ComputeCluster(string a, string b)
    {
        if (IsConjunctGap(a, b) || IsConjunctGap(b, a))
        {
            return ConjunctGap;
        }

        var baseA = BanglaClusters.Base(a);
        var baseB = BanglaClusters.Base(b);
        var signs = CharDistance(a[baseA.Length..], b[baseB.Length..]);
        var bases = baseA == baseB ? 0 : Math.Min(ConjunctPairs.GetValueOrDefault((baseA, baseB), FullEdit * 2), CharDistance(baseA, baseB));
        // compared as plain strings too: া read for a য-ফলা (লা ↔ ল্য) crosses the base/sign boundary
        return Math.Min(bases + signs, CharDistance(a, b));
    }

    /// <summary>Cost of inserting or deleting a whole cluster (a lone mark or joiner is cheap, a letter is a full edit).</summary>
    public static double ClusterInsertDelete(string cluster)
    {
        var measured = Math.Min(Nullable(learned.Cost(cluster, LearnedConfusions.Nothing)), Nullable(learned.Cost(LearnedConfusions.Nothing, cluster)));
        return Math.Min(measured, HandClusterInsertDelete(cluster));
    }

    private static double Nullable(double v) => double.IsNaN(v) ? double.PositiveInfinity : v;

    private static double HandClusterInsertDelete(string cluster)
    {
        if (cluster.Length == 1)
        {
            var c = cluster[0];
            if (BanglaClusters.IsModifier(c) || BanglaClusters.IsVowelSign(c) || c is BanglaClusters.Hasanta or '\u09BC' or '\u200C' or '\u200D')
            {
                return 0.4;
            }
        }

        return FullEdit;
    }

    /// <summary>One cluster read as two (a conjunct broken at its hasanta, ক্ক → কক) or the reverse; NaN when not such a split.</summary>
    public static double Split(string whole, string first, string second)
    {
        if (whole.IndexOf(BanglaClusters.Hasanta) < 0 && first.IndexOf(BanglaClusters.Hasanta) < 0)
        {
            return double.NaN;
        }

        var joined = first + second;
        var d = CharDistance(whole.Replace("\u09CD", string.Empty, StringComparison.Ordinal), joined.Replace("\u09CD", string.Empty, StringComparison.Ordinal));
        return d <= MaxSplitDistance ? SplitBase + d : double.NaN;
    }

    /// <summary>A split's parts may differ from the whole (hasantas left out) by at most this <see cref="CharDistance"/>.</summary>
    public const double MaxSplitDistance = 0.6;

    /// <summary>
    /// Whether <see cref="Split"/>(whole, first, second) can be a split for some <c>second</c>: an alignment of the whole
    /// with first + second aligns first with a prefix of the whole, so the cheapest distance of first to any prefix of the
    /// whole (hasantas left out) is a lower bound; above <see cref="MaxSplitDistance"/> every such split is NaN.
    /// </summary>
    public static bool SplitPossible(string whole, string first)
    {
        var x = whole.Replace("\u09CD", string.Empty, StringComparison.Ordinal);
        var y = first.Replace("\u09CD", string.Empty, StringComparison.Ordinal);
        Span<double> prev = stackalloc double[y.Length + 1];
        Span<double> cur = stackalloc double[y.Length + 1];
        prev[0] = 0;
        for (var j = 1; j <= y.Length; j++)
        {
            prev[j] = prev[j - 1] + InsertDelete(y[j - 1]);
        }

        var best = prev[y.Length]; // the empty prefix
        for (var i = 1; i <= x.Length; i++)
        {
            cur[0] = prev[0] + InsertDelete(x[i - 1]);
            for (var j = 1; j <= y.Length; j++)
            {
                var sub = prev[j - 1] + Substitute(x[i - 1], y[j - 1]);
                var del = prev[j] + InsertDelete(x[i - 1]);
                var ins = cur[j - 1] + InsertDelete(y[j - 1]);
                cur[j] = Math.Min(sub, Math.Min(del, ins));
            }

            best = Math.Min(best, cur[y.Length]);
            cur.CopyTo(prev);
        }

        return best <= MaxSplitDistance + 1e-9; // the margin keeps rounding differences from the full DP on the safe side
    }

    /// <summary>Weighted Levenshtein over characters with the confusion costs above.</summary>
    public static double CharDistance(string a, string b)
    {
        if (a == b)
        {
            return 0;
        }

        Span<double> prev = stackalloc double[b.Length + 1];
        Span<double> cur = stackalloc double[b.Length + 1];
        prev[0] = 0;
        for (var j = 1; j <= b.Length; j++)
        {
            prev[j] = prev[j - 1] + InsertDelete(b[j - 1]);
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = prev[0] + InsertDelete(a[i - 1]);
            for (var j = 1; j <= b.Length; j++)
            {
                var sub = prev[j - 1] + Substitute(a[i - 1], b[j - 1]);
                var del = prev[j] + InsertDelete(a[i - 1]);
                var ins = cur[j - 1] + InsertDelete(b[j - 1]);
                cur[j] = Math.Min(sub, Math.Min(del, ins));
            }

            cur.CopyTo(prev);
        }

        return prev[b.Length];
    }
}
