namespace ApaIngest.Repair.Lexicon;

/// <summary>Finds the repository root: $APA_REPO_ROOT (set by scripts/apa), else the nearest ancestor of the app holding ApaIngest.sln.</summary>
public static class RepoPaths
{
    public static string? FindRoot()
    {
        var env = Environment.GetEnvironmentVariable("APA_REPO_ROOT");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "ApaIngest.sln")))
        {
            return env;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ApaIngest.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }

    public static string RequireRoot() =>
        FindRoot() ?? throw new DirectoryNotFoundException("repository root (ApaIngest.sln) not found; set APA_REPO_ROOT");

    public const string DomainLexicon = "lexicon/apa-domain.tsv";
    public const string DomainBigrams = "lexicon/apa-bigrams.tsv";
    public const string PhraseList = "lexicon/apa-phrases.txt";
    public const string GeneralWordList = "data/lexicon/ben.wordlist";
    public const string HunspellDictionary = "/usr/share/hunspell/bn_BD.dic";
    public const string RepairModel = "models/repair/model.zip";
    public const string LearnedConfusions = "models/repair/confusions.tsv";
    public const string LearnedLetterConfusions = "models/repair/letter-confusions.tsv";
}
