using ApaIngest.Core.Pages;
using ApaIngest.Extraction.Layout;

namespace ApaIngest.Extraction.Tables;

/// <summary>
/// Tables drawn without rulings: runs of at least three lines that each break into three or more word groups separated by
/// wide gaps (the stream idea of Tabula/Camelot). Words inside lattice regions are left out.
/// </summary>
public static class StreamTableDetector
{
    public const int MinSegments = 3;

    public static IReadOnlyList<TableRegion> Detect(PageContent page, IReadOnlyList<Box> excluded)
    {
        var words = page.Words.Where(w => !excluded.Any(b => b.Contains(w.Box.CenterX, w.Box.CenterY))).ToList();
        var lines = LineBuilder.Build(page.PageNumber, words);
        var regions = new List<TableRegion>();
        var run = new List<TextLine>();
        var tabular = 0;
        var loose = 0;
        void Flush()
        {
            if (tabular >= 3)
            {
                var box = run.Select(l => l.Box).Aggregate((a, b) => a.Union(b));
                regions.Add(new TableRegion(page.PageNumber, box, [], TableMethod.Stream));
            }

            run.Clear();
            tabular = 0;
            loose = 0;
        }

        foreach (var line in lines)
        {
            var segments = Segments(line).Count;
            if (segments >= MinSegments)
            {
                run.Add(line);
                tabular++;
                loose = 0;
            }
            else if (run.Count > 0 && loose < 2)
            {
                // A wrapped cell continues on a line of its own.
                run.Add(line);
                loose++;
            }
            else
            {
                Flush();
            }
        }

        while (run.Count > 0 && Segments(run[^1]).Count < MinSegments)
        {
            run.RemoveAt(run.Count - 1);
        }

        Flush();
        return regions;
    }

    /// <summary>Word groups of a line split where the gap is wider than about two spaces.</summary>
    public static List<List<Word>> Segments(TextLine line)
    {
        var segments = new List<List<Word>>();
        Word? previous = null;
        foreach (var w in line.Words)
        {
            var gap = previous is null ? double.MaxValue : w.Box.X0 - previous.Box.X1;
            if (previous is null || gap > Math.Max(6, 1.1 * line.Box.Height))
            {
                segments.Add([]);
            }

            segments[^1].Add(w);
            previous = w;
        }

        return segments;
    }
}
