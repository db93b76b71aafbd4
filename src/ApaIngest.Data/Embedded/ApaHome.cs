namespace ApaIngest.Data.Embedded;

/// <summary>Where the tool keeps its own state: $APA_HOME, default ~/.local/share/apa.</summary>
public static class ApaHome
{
    public static string Resolve()
    {
        if (Environment.GetEnvironmentVariable("APA_HOME") is { Length: > 0 } home)
        {
            return Path.GetFullPath(home);
        }

        var user = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(user, ".local", "share", "apa");
    }
}
