namespace ApaIngest.Cli;

/// <summary>The contract's exit codes.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputRejected = 1;
    public const int Usage = 2;
}
