using ApaIngest.Repair.Lexicon;
using ApaIngest.Validation;
using ApaIngest.Validation.Misreadings;

namespace ApaIngest.Cli;

/// <summary>
/// The validator's options for this process: repair as the environment says (APA_CONSTRAINT_REPAIR), and the learned
/// cell confusion table from the repository's models/digits/ when it is there (APA_MISREAD_REPAIR=0 leaves it out, for
/// measuring what it adds).
/// </summary>
internal static class ValidatorSetup
{
    public static ValidationOptions Options(bool? repair = null)
    {
        var options = ValidationOptions.FromEnvironment();
        if (repair is { } r)
        {
            options = options with { Repair = r };
        }

        if (Environment.GetEnvironmentVariable("APA_MISREAD_REPAIR") is "0" or "off" or "false" or "no")
        {
            return options;
        }

        var path = RepoPaths.FindRoot() is { } root ? Path.Combine(root, CellConfusions.RelativePath) : null;
        return path is not null && File.Exists(path) ? options with { Confusions = CellConfusions.Read(path) } : options;
    }
}
