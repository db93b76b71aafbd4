using ApaIngest.Ocr.Imaging;

namespace ApaIngest.Ocr.Engine;

/// <summary>A recognised word in image pixels with Tesseract's confidence mapped to 0..1.</summary>
public sealed record OcrWord(string Text, PixelRect Box, double Confidence);
