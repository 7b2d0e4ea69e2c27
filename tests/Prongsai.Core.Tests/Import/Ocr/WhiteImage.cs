using Prongsai.Import.Ocr;

namespace Prongsai.Tests.Import.Ocr;

static class WhiteImage
{
    /// <summary>A white page image with the listed pixels black.</summary>
    public static GrayImage With(int width, int height, IEnumerable<(int X, int Y)> ink)
    {
        var pixels = Enumerable.Repeat((byte)255, width * height).ToArray();
        foreach (var (x, y) in ink)
        {
            pixels[y * width + x] = 0;
        }

        return new GrayImage(width, height, pixels);
    }
}
