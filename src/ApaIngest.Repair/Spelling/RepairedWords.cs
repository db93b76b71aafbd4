using ApaIngest.Core.Pages;

namespace ApaIngest.Repair.Spelling;

/// <summary>A page's words after repair; <paramref name="FirstSource"/>[j]: index of the first input word that result word j came from (joined words cover several).</summary>
public sealed record RepairedWords(IReadOnlyList<Word> Words, IReadOnlyList<int> FirstSource, bool Changed)
{
    /// <summary>The result word that input word <paramref name="source"/> ended up in.</summary>
    public int ResultOf(int source)
    {
        // the last result word whose first source is at or before source (FirstSource is increasing)
        int lo = 0, hi = FirstSource.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (FirstSource[mid] <= source)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }
}
