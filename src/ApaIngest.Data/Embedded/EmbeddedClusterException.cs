namespace ApaIngest.Data.Embedded;

/// <summary>The embedded PostgreSQL cluster could not be created, started or stopped.</summary>
public sealed class EmbeddedClusterException(string message, Exception? inner = null) : Exception(message, inner);
