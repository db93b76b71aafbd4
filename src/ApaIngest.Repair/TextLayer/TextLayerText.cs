using System.Text;
using ApaIngest.Core.Text;

namespace ApaIngest.Repair.TextLayer;

/// <summary>Text-layer repair of a plain line (no page context): only words whose vowel signs cannot be in logical order
/// are changed (reordered, then NFC); every other word comes out byte for byte as it went in.</summary>
public static class TextLayerText
{
    public static string Repair(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (!line.Any(BanglaText.IsBangla))
        {
            return line;
        }

        var sb = new StringBuilder(line.Length);
        var start = 0;
        for (var i = 0; i <= line.Length; i++)
        {
            if (i < line.Length && !char.IsWhiteSpace(line[i]))
            {
                continue;
            }

            var word = line[start..i];
            sb.Append(VisualOrder.HasVisualOrderSign(word) ? BanglaText.Normalize(VisualOrder.ToLogical(word)) : word);
            if (i < line.Length)
            {
                sb.Append(line[i]);
            }

            start = i + 1;
        }

        return sb.ToString();
    }
}
