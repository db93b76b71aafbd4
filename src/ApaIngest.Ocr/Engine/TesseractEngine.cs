using System.Runtime.InteropServices;
using ApaIngest.Ocr.Imaging;
using ApaIngest.Ocr.Interop;

namespace ApaIngest.Ocr.Engine;

/// <summary>
/// One initialised Tesseract (LSTM only). Not thread-safe: one engine per worker, see <see cref="TesseractEnginePool"/>.
/// </summary>
public sealed class TesseractEngine : IDisposable
{
    private readonly TessBaseApiHandle api;
    private string whitelist = string.Empty;

    public TesseractEngine(string languages = "ben+eng", string? tessdataPath = null)
    {
        NativeLibraries.EnsureInitialized();
        Languages = languages;
        DataPath = TessdataLocator.Locate(languages, tessdataPath);
        api = TesseractNative.TessBaseAPICreate();
        if (api.IsInvalid)
        {
            throw new OcrException("TessBaseAPICreate returned null.");
        }

        if (TesseractNative.TessBaseAPIInit2(api, DataPath, languages, OcrEngineMode.LstmOnly) != 0)
        {
            api.Dispose();
            throw new OcrException($"Tesseract could not load '{languages}' from {DataPath}.");
        }

        _ = TesseractNative.TessBaseAPISetVariable(api, "debug_file", "/dev/null");

        // Tesseract's noise-row rejection drops whole Bangla text lines (seen on the first line of a paragraph under
        // PSM 3 and 6; tests/ApaIngest.Ocr.Tests/TestData/skewed-page): the blob statistics it uses are tuned for Latin.
        SetVariable("textord_noise_rejrows", "0");
    }

    public string Languages { get; }
    public string DataPath { get; }

    public static string Version
    {
        get
        {
            NativeLibraries.EnsureInitialized();
            return Marshal.PtrToStringUTF8(TesseractNative.TessVersion()) ?? string.Empty;
        }
    }

    /// <summary>Sets a Tesseract parameter (e.g. "preserve_interword_spaces").</summary>
    public void SetVariable(string name, string value)
    {
        if (TesseractNative.TessBaseAPISetVariable(api, name, value) == 0)
        {
            throw new OcrException($"Unknown Tesseract variable '{name}'.");
        }
    }

    /// <summary>
    /// Recognises the image (or the rectangle of it) and returns its words with boxes in the image's pixels.
    /// <paramref name="allowedCharacters"/> restricts the LSTM's output (tessedit_char_whitelist) for this call only.
    /// </summary>
    public IReadOnlyList<OcrWord> Recognize(Pix image, int dpi, PageSegMode mode, PixelRect? rectangle = null, string? allowedCharacters = null)
    {
        SetWhitelist(allowedCharacters ?? string.Empty);
        TesseractNative.TessBaseAPISetPageSegMode(api, mode);
        TesseractNative.TessBaseAPISetImage2(api, image.Handle);
        TesseractNative.TessBaseAPISetSourceResolution(api, dpi);
        if (rectangle is { } r)
        {
            TesseractNative.TessBaseAPISetRectangle(api, r.X, r.Y, r.Width, r.Height);
        }

        try
        {
            if (TesseractNative.TessBaseAPIRecognize(api, IntPtr.Zero) != 0)
            {
                throw new OcrException("Tesseract recognition failed.");
            }

            return ReadWords();
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(api);
        }
    }

    /// <summary>The plain text of the image, as the tesseract command prints it.</summary>
    public string RecognizeText(Pix image, int dpi, PageSegMode mode = PageSegMode.Auto)
    {
        SetWhitelist(string.Empty);
        TesseractNative.TessBaseAPISetPageSegMode(api, mode);
        TesseractNative.TessBaseAPISetImage2(api, image.Handle);
        TesseractNative.TessBaseAPISetSourceResolution(api, dpi);
        try
        {
            return TesseractNative.TakeText(TesseractNative.TessBaseAPIGetUTF8Text(api)) ?? string.Empty;
        }
        finally
        {
            TesseractNative.TessBaseAPIClear(api);
        }
    }

    private void SetWhitelist(string characters)
    {
        if (characters != whitelist)
        {
            SetVariable("tessedit_char_whitelist", characters);
            whitelist = characters;
        }
    }

    private List<OcrWord> ReadWords()
    {
        var words = new List<OcrWord>();
        using var iterator = TesseractNative.TessBaseAPIGetIterator(api);
        if (iterator.IsInvalid)
        {
            return words;
        }

        var pageIterator = TesseractNative.TessResultIteratorGetPageIteratorConst(iterator);
        do
        {
            var text = TesseractNative.TakeText(TesseractNative.TessResultIteratorGetUTF8Text(iterator, PageIteratorLevel.Word));
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (TesseractNative.TessPageIteratorBoundingBox(pageIterator, PageIteratorLevel.Word, out var left, out var top, out var right, out var bottom) == 0)
            {
                continue;
            }

            var confidence = Math.Clamp(TesseractNative.TessResultIteratorConfidence(iterator, PageIteratorLevel.Word) / 100.0, 0, 1);
            words.Add(new OcrWord(text.Trim(), PixelRect.FromEdges(left, top, right, bottom), confidence));
        }
        while (TesseractNative.TessResultIteratorNext(iterator, PageIteratorLevel.Word) != 0);

        return words;
    }

    public void Dispose() => api.Dispose();
}
