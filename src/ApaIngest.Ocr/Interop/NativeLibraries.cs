using System.Reflection;
using System.Runtime.InteropServices;

namespace ApaIngest.Ocr.Interop;

/// <summary>
/// Maps the logical library names of the bindings to Debian's sonames (libtesseract.so.5, liblept.so.5) and makes sure
/// OpenMP inside Tesseract runs one thread per engine before the library is first loaded.
/// </summary>
internal static partial class NativeLibraries
{
    internal const string Tesseract = "tesseract";
    internal const string Leptonica = "leptonica";
    internal const string LibC = "libc";

    private static readonly string[] TesseractNames = ["libtesseract.so.5", "libtesseract.so", "libtesseract.5.dylib", "tesseract53", "tesseract"];
    private static readonly string[] LeptonicaNames = ["liblept.so.5", "libleptonica.so.6", "libleptonica.so", "liblept.so", "libleptonica.6.dylib", "leptonica-1.82.0"];
    private static readonly string[] LibCNames = ["libc.so.6", "libc"];

    private static readonly Lazy<bool> Registration = new(Register, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Call before the first native call of this assembly. Idempotent and thread-safe.</summary>
    internal static void EnsureInitialized() => _ = Registration.Value;

    private static bool Register()
    {
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraries).Assembly, Resolve);
        LimitOpenMpThreads();
        return true;
    }

    /// <summary>
    /// Tesseract's LSTM uses OpenMP; with one engine per worker, extra OpenMP threads only oversubscribe the cores
    /// (tesseract-ocr docs: "set OMP_THREAD_LIMIT=1" when running several instances). libgomp reads the variable when it
    /// loads, and .NET's Environment.SetEnvironmentVariable does not reach the C environment on Unix, so setenv is
    /// called too. A value the user already set wins.
    /// </summary>
    private static void LimitOpenMpThreads()
    {
        const string name = "OMP_THREAD_LIMIT";
        var current = Environment.GetEnvironmentVariable(name);
        var value = string.IsNullOrEmpty(current) ? "1" : current;
        Environment.SetEnvironmentVariable(name, value);
        if (!OperatingSystem.IsWindows())
        {
            _ = SetEnv(name, value, 0);
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        var candidates = libraryName switch
        {
            Tesseract => TesseractNames,
            Leptonica => LeptonicaNames,
            LibC => LibCNames,
            _ => null,
        };
        if (candidates is null)
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in candidates)
        {
            if (NativeLibrary.TryLoad(candidate, assembly, searchPath, out var handle))
            {
                return handle;
            }
        }

        throw new DllNotFoundException(
            $"Native library '{libraryName}' not found (tried {string.Join(", ", candidates)}); install tesseract-ocr and liblept5 (Debian: apt-get install tesseract-ocr tesseract-ocr-ben).");
    }

    [LibraryImport(LibC, EntryPoint = "setenv", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int SetEnv(string name, string value, int overwrite);
}
