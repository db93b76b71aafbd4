using System.Collections.Concurrent;

namespace ApaIngest.Ocr.Engine;

/// <summary>
/// Engines created on demand up to a bound and reused: a Tesseract init costs ~0.3 s and ~100 MB, a page several
/// seconds, so one engine per worker is kept for the life of the pool.
/// </summary>
public sealed class TesseractEnginePool : IDisposable
{
    private readonly ConcurrentBag<TesseractEngine> idle = [];
    private readonly ConcurrentBag<TesseractEngine> all = [];
    private readonly SemaphoreSlim slots;
    private readonly string languages;
    private readonly string? tessdataPath;
    private bool disposed;

    public TesseractEnginePool(string languages, string? tessdataPath, int maxEngines)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEngines, 1);
        this.languages = languages;
        this.tessdataPath = tessdataPath;
        slots = new SemaphoreSlim(maxEngines, maxEngines);
    }

    public int CreatedCount => all.Count;

    public async Task<Lease> RentAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        await slots.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!idle.TryTake(out var engine))
            {
                engine = new TesseractEngine(languages, tessdataPath);
                all.Add(engine);
            }

            return new Lease(this, engine);
        }
        catch
        {
            slots.Release();
            throw;
        }
    }

    private void Return(TesseractEngine engine)
    {
        idle.Add(engine);
        slots.Release();
    }

    public void Dispose()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        foreach (var engine in all)
        {
            engine.Dispose();
        }

        slots.Dispose();
    }

    /// <summary>An engine on loan; disposing gives it back.</summary>
    public sealed class Lease : IDisposable
    {
        private readonly TesseractEnginePool pool;
        private int returned;

        internal Lease(TesseractEnginePool pool, TesseractEngine engine)
        {
            this.pool = pool;
            Engine = engine;
        }

        public TesseractEngine Engine { get; }

        public void Dispose()
        {
            if (Interlocked.Exchange(ref returned, 1) == 0)
            {
                pool.Return(Engine);
            }
        }
    }
}
