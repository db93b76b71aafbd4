namespace ApaIngest.Data.Ingest;

/// <summary>Expands the ingest's PATH arguments: directories (recursively), document files, and list files of paths (one per line, # comments; "-" is stdin).</summary>
public static class InputWalker
{
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> Missing) Walk(
        IEnumerable<string> inputs, IDocumentSource source, TextReader? stdin = null)
    {
        var files = new List<string>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var visitingLists = new HashSet<string>(StringComparer.Ordinal);

        void Add(string input, string? baseDir)
        {
            if (input == "-")
            {
                foreach (var line in ReadList(stdin ?? Console.In))
                {
                    Add(line, Directory.GetCurrentDirectory());
                }

                return;
            }

            var path = Path.GetFullPath(input, baseDir ?? Directory.GetCurrentDirectory());
            if (Directory.Exists(path))
            {
                var found = Directory.EnumerateFiles(path, source.SearchPattern,
                        new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true })
                    .Order(StringComparer.Ordinal);
                foreach (var file in found)
                {
                    if (seen.Add(file))
                    {
                        files.Add(file);
                    }
                }
            }
            else if (!File.Exists(path))
            {
                missing.Add(path);
            }
            else if (source.IsDocument(path))
            {
                if (seen.Add(path))
                {
                    files.Add(path);
                }
            }
            else if (visitingLists.Add(path))
            {
                using var reader = new StreamReader(path);
                foreach (var line in ReadList(reader))
                {
                    Add(line, Path.GetDirectoryName(path));
                }
            }
        }

        foreach (var input in inputs)
        {
            Add(input, null);
        }

        return (files, missing);
    }

    private static List<string> ReadList(TextReader reader)
    {
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && !trimmed.StartsWith('#'))
            {
                lines.Add(trimmed);
            }
        }

        return lines;
    }
}
