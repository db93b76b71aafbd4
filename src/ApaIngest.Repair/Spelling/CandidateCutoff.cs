namespace ApaIngest.Repair.Spelling;

/// <summary>
/// The cost above which a candidate can no longer enter the <c>k</c> best distinct words of one search: the largest cost
/// among <c>k</c> distinct words already accepted (each word's best cost is at most the cost kept here for it, so the true
/// k-th best cost is never above <see cref="Limit"/>). A candidate costing more than <see cref="Limit"/> would sort after
/// all of them, so skipping it leaves the top <c>k</c> unchanged.
/// </summary>
public sealed class CandidateCutoff(int k, double ceiling)
{
    private readonly List<(string Word, double Cost)> top = new(Math.Max(k, 0));
    private readonly double ceiling = ceiling;

    /// <summary><c>ceiling</c> until <c>k</c> distinct words are in, then the largest of their costs (never above the ceiling).</summary>
    public double Limit { get; private set; } = ceiling;

    public void Offer(string word, double cost)
    {
        for (var i = 0; i < top.Count; i++)
        {
            if (string.Equals(top[i].Word, word, StringComparison.Ordinal))
            {
                if (cost < top[i].Cost)
                {
                    top[i] = (word, cost);
                    Update();
                }

                return;
            }
        }

        if (top.Count < k)
        {
            top.Add((word, cost));
            Update();
            return;
        }

        if (k > 0 && cost < Limit)
        {
            var worst = 0;
            for (var i = 1; i < top.Count; i++)
            {
                worst = top[i].Cost > top[worst].Cost ? i : worst;
            }

            top[worst] = (word, cost);
            Update();
        }
    }

    private void Update()
    {
        if (top.Count < k)
        {
            return;
        }

        var max = 0.0;
        foreach (var (_, cost) in top)
        {
            max = Math.Max(max, cost);
        }

        Limit = Math.Min(ceiling, max);
    }
}
