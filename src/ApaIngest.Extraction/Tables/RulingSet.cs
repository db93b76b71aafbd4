using ApaIngest.Core.Pages;

namespace ApaIngest.Extraction.Tables;

/// <summary>Horizontal and vertical rulings, normalised (x0 &lt; x1, y0 &lt; y1) and merged where collinear pieces touch.</summary>
public sealed class RulingSet
{
    public const double Tolerance = 2.5;

    private RulingSet(IReadOnlyList<Ruling> horizontals, IReadOnlyList<Ruling> verticals)
    {
        Horizontals = horizontals;
        Verticals = verticals;
    }

    public IReadOnlyList<Ruling> Horizontals { get; }
    public IReadOnlyList<Ruling> Verticals { get; }

    public static RulingSet From(IEnumerable<Ruling> rulings, double minLength = 3)
    {
        var h = new List<Ruling>();
        var v = new List<Ruling>();
        foreach (var r in rulings)
        {
            if (r.Length < minLength)
            {
                continue;
            }

            if (r.IsHorizontal)
            {
                var y = (r.Y0 + r.Y1) / 2;
                h.Add(new Ruling(Math.Min(r.X0, r.X1), y, Math.Max(r.X0, r.X1), y));
            }
            else if (r.IsVertical)
            {
                var x = (r.X0 + r.X1) / 2;
                v.Add(new Ruling(x, Math.Min(r.Y0, r.Y1), x, Math.Max(r.Y0, r.Y1)));
            }
        }

        return new RulingSet(MergeHorizontal(h), MergeVertical(v));
    }

    private static List<Ruling> MergeHorizontal(List<Ruling> rulings)
    {
        var merged = new List<Ruling>();
        foreach (var group in GroupBy(rulings, r => r.Y0))
        {
            var y = group.Average(r => r.Y0);
            Ruling? current = null;
            foreach (var r in group.OrderBy(r => r.X0))
            {
                if (current is { } c && r.X0 <= c.X1 + Tolerance)
                {
                    current = c with { X1 = Math.Max(c.X1, r.X1) };
                }
                else
                {
                    if (current is { } done)
                    {
                        merged.Add(done);
                    }

                    current = new Ruling(r.X0, y, r.X1, y);
                }
            }

            if (current is { } last)
            {
                merged.Add(last);
            }
        }

        return merged;
    }

    private static List<Ruling> MergeVertical(List<Ruling> rulings)
    {
        var merged = new List<Ruling>();
        foreach (var group in GroupBy(rulings, r => r.X0))
        {
            var x = group.Average(r => r.X0);
            Ruling? current = null;
            foreach (var r in group.OrderBy(r => r.Y0))
            {
                if (current is { } c && r.Y0 <= c.Y1 + Tolerance)
                {
                    current = c with { Y1 = Math.Max(c.Y1, r.Y1) };
                }
                else
                {
                    if (current is { } done)
                    {
                        merged.Add(done);
                    }

                    current = new Ruling(x, r.Y0, x, r.Y1);
                }
            }

            if (current is { } last)
            {
                merged.Add(last);
            }
        }

        return merged;
    }

    /// <summary>Groups values that chain within the tolerance (sorted single-link clustering).</summary>
    internal static List<List<Ruling>> GroupBy(List<Ruling> rulings, Func<Ruling, double> key)
    {
        var groups = new List<List<Ruling>>();
        double last = double.NegativeInfinity;
        foreach (var r in rulings.OrderBy(key))
        {
            if (groups.Count == 0 || key(r) - last > Tolerance)
            {
                groups.Add([]);
            }

            groups[^1].Add(r);
            last = key(r);
        }

        return groups;
    }

    /// <summary>Positions that chain within the tolerance collapse to their mean.</summary>
    public static List<double> Cluster(IEnumerable<double> values, double tolerance = Tolerance)
    {
        var result = new List<double>();
        var group = new List<double>();
        foreach (var v in values.OrderBy(v => v))
        {
            if (group.Count > 0 && v - group[^1] > tolerance)
            {
                result.Add(group.Average());
                group.Clear();
            }

            group.Add(v);
        }

        if (group.Count > 0)
        {
            result.Add(group.Average());
        }

        return result;
    }
}
