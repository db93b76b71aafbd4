using Microsoft.Win32.SafeHandles;

namespace ApaIngest.Ocr.Interop;

/// <summary>Owns a tesseract::TessBaseAPI: End then Delete on release.</summary>
internal sealed class TessBaseApiHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessBaseApiHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessBaseAPIEnd(handle);
        TesseractNative.TessBaseAPIDelete(handle);
        return true;
    }
}

/// <summary>Owns a tesseract::ResultIterator; release it before the API is cleared.</summary>
internal sealed class TessResultIteratorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessResultIteratorHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        TesseractNative.TessResultIteratorDelete(handle);
        return true;
    }
}

/// <summary>Owns one reference to a Leptonica PIX (pixDestroy takes PIX** and drops the reference count).</summary>
internal sealed class PixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PixHandle()
        : base(ownsHandle: true)
    {
    }

    internal PixHandle(IntPtr pix)
        : base(ownsHandle: true)
    {
        SetHandle(pix);
    }

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        LeptonicaNative.pixDestroy(ref pix);
        return true;
    }
}
