namespace ApaIngest.Data.Embedded;

/// <summary>
/// An exclusive advisory lock file (flock under .NET's FileShare.None on Unix) so that concurrent apa processes and
/// parallel tests never initdb or start the same cluster twice.
/// </summary>
internal sealed class ClusterLock : IDisposable
{
    private readonly FileStream stream;

    private ClusterLock(FileStream stream) => this.stream = stream;

    public static async Task<ClusterLock> AcquireAsync(string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                return new ClusterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100, cancellationToken).ConfigureAwait(false);
            }
            catch (IOException e)
            {
                throw new EmbeddedClusterException($"timed out waiting for the lock {path} (another apa process holds it)", e);
            }
        }
    }

    public void Dispose() => stream.Dispose();
}
