using System.Runtime.InteropServices;
using ApaIngest.Ocr.Engine;

namespace ApaIngest.Ocr.Interop;

/// <summary>Tesseract's C API (tesseract/capi.h, 5.x). BOOL is a C int.</summary>
internal static partial class TesseractNative
{
    private const string Lib = NativeLibraries.Tesseract;

    [LibraryImport(Lib)]
    internal static partial IntPtr TessVersion();

    [LibraryImport(Lib)]
    internal static partial TessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIDelete(IntPtr handle);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPIInit2(TessBaseApiHandle handle, string? dataPath, string language, OcrEngineMode mode);

    [LibraryImport(Lib, StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, PageSegMode mode);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPISetRectangle(TessBaseApiHandle handle, int left, int top, int width, int height);

    [LibraryImport(Lib)]
    internal static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, IntPtr monitor);

    [LibraryImport(Lib)]
    internal static partial TessResultIteratorHandle TessBaseAPIGetIterator(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    internal static partial IntPtr TessBaseAPIGetUTF8Text(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    [LibraryImport(Lib)]
    internal static partial void TessBaseAPIEnd(IntPtr handle);

    [LibraryImport(Lib)]
    internal static partial void TessDeleteText(IntPtr text);

    [LibraryImport(Lib)]
    internal static partial void TessResultIteratorDelete(IntPtr handle);

    [LibraryImport(Lib)]
    internal static partial int TessResultIteratorNext(TessResultIteratorHandle handle, PageIteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial IntPtr TessResultIteratorGetUTF8Text(TessResultIteratorHandle handle, PageIteratorLevel level);

    [LibraryImport(Lib)]
    internal static partial float TessResultIteratorConfidence(TessResultIteratorHandle handle, PageIteratorLevel level);

    /// <summary>The page iterator is owned by the result iterator: never delete it.</summary>
    [LibraryImport(Lib)]
    internal static partial IntPtr TessResultIteratorGetPageIteratorConst(TessResultIteratorHandle handle);

    [LibraryImport(Lib)]
    internal static partial int TessPageIteratorBoundingBox(IntPtr pageIterator, PageIteratorLevel level, out int left, out int top, out int right, out int bottom);

    /// <summary>Copies a native UTF-8 string that Tesseract allocated and frees it with TessDeleteText.</summary>
    internal static string? TakeText(IntPtr text)
    {
        if (text == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            TessDeleteText(text);
        }
    }
}

/// <summary>tesseract::OcrEngineMode.</summary>
internal enum OcrEngineMode
{
    TesseractOnly = 0,
    LstmOnly = 1,
    TesseractLstmCombined = 2,
    Default = 3,
}

/// <summary>tesseract::PageIteratorLevel.</summary>
internal enum PageIteratorLevel
{
    Block = 0,
    Paragraph = 1,
    TextLine = 2,
    Word = 3,
    Symbol = 4,
}
