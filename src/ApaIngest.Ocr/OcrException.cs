namespace ApaIngest.Ocr;

/// <summary>The OCR engine or the image library failed (missing tessdata, undecodable image, native error).</summary>
public sealed class OcrException(string message, Exception? inner = null) : Exception(message, inner);
