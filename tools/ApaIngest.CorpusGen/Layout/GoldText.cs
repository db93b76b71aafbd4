using System.Text;

namespace ApaIngest.CorpusGen.Layout;

/// <summary>
/// The document's true text in reading order (issue 4 measures `apa text` against it): pages separated by U+000C,
/// one line per paragraph, one line per table row with its non-empty cells separated by a space.
/// </summary>
public static class GoldText
{
    public static string Of(IReadOnlyList<Page> pages)
    {
        var sb = new StringBuilder();
        for (var p = 0; p < pages.Count; p++)
        {
            if (p > 0)
            {
                sb.Append('\f');
            }

            foreach (var block in pages[p].Blocks)
            {
                foreach (var line in Lines(block))
                {
                    sb.Append(line).Append('\n');
                }
            }
        }

        return sb.ToString();
    }

    private static IEnumerable<string> Lines(Block block) => block switch
    {
        TextBlock t => t.Text.Length > 0 ? [t.Text] : [],
        LinesBlock l => l.Lines,
        TableBlock t => t.Head.Concat(t.Body).Select(Row).Where(r => r.Length > 0),
        SignaturesBlock s => s.Left.Concat(s.Right),
        _ => [],
    };

    private static string Row(IReadOnlyList<Cell> row) =>
        string.Join(" ", row.Select(c => c.Text.Replace('\n', ' ')).Where(t => t.Length > 0));
}
