using System.Runtime.InteropServices;

namespace ApaIngest.Ocr.Interop;

/// <summary>The few Leptonica (allheaders.h, 1.82) functions the pre-processing and grid detection use.</summary>
internal static partial class LeptonicaNative
{
    private const string Lib = NativeLibraries.Leptonica;

    internal const int L_CLONE = 2;
    internal const int L_SET_WHITE = 1;
    internal const int IFF_PNG = 3;

    [LibraryImport(Lib)]
    internal static partial IntPtr pixReadMem(ref byte data, nuint size);

    [LibraryImport(Lib)]
    internal static partial void pixDestroy(ref IntPtr pix);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixClone(PixHandle pix);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixCreate(int width, int height, int depth);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixCopy(IntPtr pixd, PixHandle pixs);

    [LibraryImport(Lib)]
    internal static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetDepth(PixHandle pix);

    [LibraryImport(Lib)]
    internal static partial int pixGetWpl(PixHandle pix);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixGetData(PixHandle pix);

    [LibraryImport(Lib)]
    internal static partial int pixSetResolution(PixHandle pix, int xres, int yres);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixConvertTo8(PixHandle pix, int colormapFlag);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixScale(PixHandle pix, float scaleX, float scaleY);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixRotateOrth(PixHandle pix, int quads);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixFindSkewAndDeskew(PixHandle pix, int reductionSearch, out float angle, out float confidence);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixBackgroundNormSimple(PixHandle pix, IntPtr pixMask, IntPtr pixGrey);

    [LibraryImport(Lib)]
    internal static partial int pixSauvolaBinarizeTiled(PixHandle pix, int windowHalfSize, float factor, int tilesX, int tilesY, IntPtr thresholdPix, out IntPtr binary);

    [LibraryImport(Lib)]
    internal static partial int pixOtsuAdaptiveThreshold(PixHandle pix, int sizeX, int sizeY, int smoothX, int smoothY, float scoreFraction, IntPtr thresholdPix, out IntPtr binary);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixOpenBrick(IntPtr pixd, PixHandle pixs, int horizontal, int vertical);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixCloseBrick(IntPtr pixd, PixHandle pixs, int horizontal, int vertical);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixDilateBrick(IntPtr pixd, PixHandle pixs, int horizontal, int vertical);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixOr(IntPtr pixd, PixHandle pixs1, PixHandle pixs2);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixSubtract(IntPtr pixd, PixHandle pixs1, PixHandle pixs2);

    [LibraryImport(Lib)]
    internal static partial int pixSetMasked(PixHandle pixd, PixHandle mask, uint value);

    [LibraryImport(Lib)]
    internal static partial int pixClearInRect(PixHandle pix, IntPtr box);

    [LibraryImport(Lib)]
    internal static partial int pixCountPixelsInRect(PixHandle pix, IntPtr box, out int count, IntPtr table8);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixConnComp(PixHandle pix, IntPtr pixa, int connectivity);

    [LibraryImport(Lib)]
    internal static partial int boxaGetCount(IntPtr boxa);

    [LibraryImport(Lib)]
    internal static partial int boxaGetBoxGeometry(IntPtr boxa, int index, out int x, out int y, out int width, out int height);

    [LibraryImport(Lib)]
    internal static partial void boxaDestroy(ref IntPtr boxa);

    [LibraryImport(Lib)]
    internal static partial IntPtr boxCreate(int x, int y, int width, int height);

    [LibraryImport(Lib)]
    internal static partial void boxDestroy(ref IntPtr box);

    [LibraryImport(Lib)]
    internal static partial int pixWriteMemPng(out IntPtr data, out nuint size, PixHandle pix, float gamma);

    [LibraryImport(Lib)]
    internal static partial void lept_free(IntPtr pointer);

    [LibraryImport(Lib)]
    internal static partial int setMsgSeverity(int severity);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixInvert(IntPtr pixd, PixHandle pixs);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixClipRectangle(PixHandle pixs, IntPtr box, IntPtr boxClip);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixThresholdToBinary(PixHandle pixs, int threshold);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixSeedfillBinary(IntPtr pixd, PixHandle seed, PixHandle mask, int connectivity);

    [LibraryImport(Lib)]
    internal static partial IntPtr pixAnd(IntPtr pixd, PixHandle pixs1, PixHandle pixs2);
}
