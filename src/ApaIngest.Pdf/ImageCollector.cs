using ApaIngest.Core.Pages;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace ApaIngest.Pdf;

/// <summary>Embedded images with their placement and bytes: DCT streams as they are (jpeg), JPX as jp2, others as PNG.</summary>
internal static class ImageCollector
{
    public static List<PageImage> Collect(Page page, PageFrame frame, PdfReadOptions options)
    {
        var images = new List<PageImage>();
        foreach (var image in page.GetImages())
        {
            var filter = FilterName(image);
            var placement = frame.ToBox(image.BoundingBox);
            var result = new PageImage(placement, image.WidthInSamples, image.HeightInSamples, filter);
            if (options.IncludeImageBytes)
            {
                result = WithBytes(result, image, filter);
            }

            images.Add(result);
        }

        return images;
    }

    private static PageImage WithBytes(PageImage result, IPdfImage image, string filter)
    {
        try
        {
            if (filter == "DCTDecode" && !image.IsImageMask)
            {
                return result with { Format = "jpeg", Data = image.RawMemory.ToArray() };
            }

            if (filter == "JPXDecode")
            {
                return result with { Format = "jp2", Data = image.RawMemory.ToArray() };
            }

            if (image.TryGetPng(out var png) && png is { Length: > 0 })
            {
                return result with { Format = "png", Data = png };
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or NotSupportedException or ArgumentException
                                       or IndexOutOfRangeException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            // An image PdfPig cannot decode stays "unsupported": OCR rasterises the page instead.
        }

        return result;
    }

    /// <summary>The last filter of the chain is the image codec (a chain like [FlateDecode DCTDecode] is rare but legal).</summary>
    private static string FilterName(IPdfImage image)
    {
        if (image.ImageDictionary is null)
        {
            return "none";
        }

        if (image.ImageDictionary.TryGet(NameToken.Filter, out var token) || image.ImageDictionary.TryGet(NameToken.F, out token))
        {
            return token switch
            {
                NameToken name => name.Data,
                ArrayToken array when array.Data.Count > 0 && array.Data[^1] is NameToken last => last.Data,
                _ => "none",
            };
        }

        return "none";
    }
}
